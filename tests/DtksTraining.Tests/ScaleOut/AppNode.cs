using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using DtksTraining.Tests.Infrastructure;

namespace DtksTraining.Tests.ScaleOut;

// One web node as an operator runs it: `dotnet DtksTraining.Web.dll` in its own process, with its own data folder and port.
public sealed class AppNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    public string Name { get; }
    public string DataPath { get; }
    public Uri BaseAddress { get; }
    public bool HasExited => _process.HasExited;

    private AppNode(string name, Process process, string dataPath, Uri baseAddress)
    {
        Name = name;
        _process = process;
        DataPath = dataPath;
        BaseAddress = baseAddress;
    }

    public static AppNode Start(string name, IReadOnlyDictionary<string, string> settings)
    {
        var folder = AppContext.BaseDirectory;
        var dll = Path.Combine(folder, "DtksTraining.Web.dll");
        var dataPath = Path.Combine(Path.GetTempPath(), "dtks-tests", $"node-{name}-{Guid.NewGuid():N}");
        var baseAddress = new Uri($"http://127.0.0.1:{SmtpSink.FreePort()}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { dll, "--urls", baseAddress.ToString().TrimEnd('/'), "--DataPath", dataPath })
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add("--" + key);
            start.ArgumentList.Add(value);
        }
        // Production cannot find wwwroot from the test output folder; Development reads the static web assets manifest.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Node {name} tidak dapat dijalankan.");
        var node = new AppNode(name, process, dataPath, baseAddress);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) node._output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) node._output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

    public async Task<TimeSpan> WaitHealthyAsync(Stopwatch since, TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (since.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"Node {Name} berhenti dengan kode {_process.ExitCode}:\n{Output()}");
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK) return since.Elapsed;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Node {Name}: /health tidak menjawab 200 dalam {timeout.TotalSeconds:0} detik.\n{Output()}");
    }

    public string Output() => string.Join("\n", _output);

    // Console log entries at error level or above: a "fail:" or "crit:" line and the indented lines under it.
    public IReadOnlyList<string> Errors()
    {
        var entries = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in _output)
        {
            if (line.StartsWith(' ')) { current?.Add(line.Trim()); continue; }
            current = line.StartsWith("fail:") || line.StartsWith("crit:") ? [line] : null;
            if (current is not null) entries.Add(current);
        }
        return entries.Select(entry => string.Join("\n", entry)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
