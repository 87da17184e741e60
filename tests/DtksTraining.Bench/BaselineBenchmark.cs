using System.Globalization;

namespace DtksTraining.Bench;

// An empty Razor Pages app (tests/DtksTraining.Bench.Baseline) with our runtime options, under the http bench's wrk load:
// absolute figures move with the machine, the ratio of ours to this one does not.
public static class BaselineBenchmark
{
    public sealed record Hasil(double Rps, double RssMb, double CpuUs);

    public static async Task<string> RunAsync(string[] args)
    {
        var hasil = await UkurAsync();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"baseline_rps={hasil.Rps:F0} baseline_rss_mb={hasil.RssMb:F0} baseline_cpu_us={hasil.CpuUs:F0}");
        Console.WriteLine(line);
        return line;
    }

    public static async Task<Hasil> UkurAsync()
    {
        await using var app = AppProcess.StartBaseline();
        await app.WaitHealthyAsync(TimeSpan.FromSeconds(60));
        var skrip = Path.Combine(Path.GetTempPath(), $"dtks-baseline-{Guid.NewGuid():N}.lua");
        try
        {
            var wrk = await HttpBenchmark.WrkAsync(app, "baseline", [("", "/")], skrip);
            var rss = app.PeakRssMb();
            Console.WriteLine($"baseline: puncak RSS {rss:F0} MB; sekarang {app.RssPartsMb()}");
            return new Hasil(wrk.Rps, rss, wrk.CpuUs);
        }
        finally
        {
            File.Delete(skrip);
        }
    }
}
