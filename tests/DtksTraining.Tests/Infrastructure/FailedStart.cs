using System.Diagnostics;

namespace DtksTraining.Tests.Infrastructure;

// Starts the built app as its own process (Program's real entry point) and waits for it to stop; killed if it does not.
public static class FailedStart
{
    public sealed record Result(int ExitCode, string Stderr, string Stdout);

    public static async Task<Result> RunAsync(IEnumerable<string> args, string workingDirectory, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "DtksTraining.Web.dll"), .. args])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = workingDirectory,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        return new Result(process.ExitCode, await stderr, await stdout);
    }
}
