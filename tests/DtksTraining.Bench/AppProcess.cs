using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Net;

namespace DtksTraining.Bench;

// The web app as a user runs it: its own Release build, its own process, a fresh data folder.
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    public string DataPath { get; }
    public Uri BaseAddress { get; }
    public int Pid => _process.Id;

    private AppProcess(Process process, string dataPath, Uri baseAddress)
    {
        _process = process;
        DataPath = dataPath;
        BaseAddress = baseAddress;
    }

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "DtksTraining.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("DtksTraining.sln tidak ditemukan.");
    }

    public static AppProcess Start(params string[] extraArgs) =>
        StartRelease(Path.Combine(RepositoryRoot(), "src", "DtksTraining.Web"), "DtksTraining.Web.dll", extraArgs);

    // The app started again on a data folder an earlier run left (migrated and seeded): the usual restart of a server.
    public static AppProcess Restart(string dataPath, params string[] extraArgs) =>
        StartRelease(Path.Combine(RepositoryRoot(), "src", "DtksTraining.Web"), "DtksTraining.Web.dll", extraArgs, dataPath);

    // The empty Razor Pages app the http bench measures beside ours, started the same way.
    public static AppProcess StartBaseline(params string[] extraArgs) =>
        StartRelease(Path.Combine(RepositoryRoot(), "tests", "DtksTraining.Bench.Baseline"), "DtksTraining.Bench.Baseline.dll", extraArgs);

    private static AppProcess StartRelease(string projectFolder, string dllName, string[] extraArgs, string? dataPath = null)
    {
        var dll = Path.Combine(projectFolder, "bin", "Release", "net10.0", dllName);
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} belum dibangun: jalankan dengan -c Release.");
        dataPath ??= Path.Combine(Path.GetTempPath(), "dtks-bench-" + Guid.NewGuid().ToString("N"));
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { dll, "--DataPath", dataPath, "--urls", $"http://127.0.0.1:{port}" }.Concat(extraArgs))
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[app] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process, dataPath, new Uri($"http://127.0.0.1:{port}"));
    }

    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"Aplikasi berhenti dengan kode {_process.ExitCode}.");
            try
            {
                var response = await http.GetAsync(new Uri(BaseAddress, "/health"));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(20);
        }
        throw new TimeoutException("/health tidak menjawab 200.");
    }

    // VmHWM is the peak resident set size of the process so far.
    public double PeakRssMb()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:"));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    public double RssMb()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:"));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    // The runtime maps every assembly it loads: the distinct .dll files in the memory map are the loaded assemblies.
    public IReadOnlySet<string> MappedAssemblies() =>
        File.ReadLines($"/proc/{_process.Id}/maps")
            .Select(l => l.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 6 && p[5].EndsWith(".dll", StringComparison.Ordinal))
            .Select(p => Path.GetFileNameWithoutExtension(p[5]))
            .ToHashSet();

    // Where the resident memory is: file-backed (assemblies, native libraries), shmem (JIT code and loader heaps, which
    // .NET maps twice for W^X), anon (GC heap, malloc, stacks).
    public string RssPartsMb()
    {
        var status = File.ReadLines($"/proc/{_process.Id}/status")
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2 && p[0] is "RssFile" or "RssShmem" or "RssAnon")
            .ToDictionary(p => p[0], p => double.Parse(p[1].Trim().Split(' ')[0]) / 1024.0);
        return string.Create(CultureInfo.InvariantCulture,
            $"file {status["RssFile"]:F0} MB, JIT/loader {status["RssShmem"]:F0} MB, anon {status["RssAnon"]:F0} MB");
    }

    // utime + stime of the server (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms): work done, whatever else the machine runs.
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromMilliseconds((long.Parse(fields[11]) + long.Parse(fields[12])) * 10);
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    // Ends the process and keeps its data folder for Restart.
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { }
    }
}
