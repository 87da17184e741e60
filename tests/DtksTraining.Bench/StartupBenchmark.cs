using System.Diagnostics;
using System.Globalization;

namespace DtksTraining.Bench;

// Time from process start to the first 200 from /health on a fresh data folder, and peak RSS. Extra arguments go to the
// app, e.g. "--Demo:PutaranBerjalan false" to time the start without the live demo round.
public static class StartupBenchmark
{
    public static async Task<string> RunAsync(string[] args)
    {
        const int runs = 3;
        var times = new List<double>();
        var rss = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await using var app = AppProcess.Start(args);
            await app.WaitHealthyAsync(TimeSpan.FromSeconds(120));
            times.Add(clock.Elapsed.TotalSeconds);
            await Task.Delay(500);
            rss.Add(app.PeakRssMb());
            Console.WriteLine($"run {i + 1}: {times[^1]:F2} s to /health 200, peak RSS {rss[^1]:F0} MB");
        }
        var median = times.Order().ElementAt(runs / 2);
        var line = string.Create(CultureInfo.InvariantCulture, $"startup_s={median:F2} rss_mb={rss.Max():F0}");
        Console.WriteLine(line);
        return line;
    }
}
