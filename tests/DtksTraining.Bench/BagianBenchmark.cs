using System.Globalization;

namespace DtksTraining.Bench;

// Where the memory above an empty app goes: the baseline app with the app's building blocks added one at a time, then the
// app itself with and without its Hangfire server, all under the same wrk load on "/" (the app also on a module page).
public static class BagianBenchmark
{
    private static readonly string[] Urutan = ["lokalisasi", "ef", "identity", "hangfire", "konten"];

    public static async Task<string> RunAsync(string[] args)
    {
        var konten = Path.Combine(AppProcess.RepositoryRoot(), "content", "modules");
        var baris = new List<(string Nama, double RssMb, double Rps)>();
        for (var n = 0; n <= Urutan.Length; n++)
        {
            var bagian = string.Join(",", Urutan.Take(n));
            var (rss, rps) = await UkurBaselineAsync(bagian, konten);
            baris.Add((n == 0 ? "templat kosong" : "+ " + Urutan[n - 1], rss, rps));
        }
        var aplikasi = await UkurAplikasiAsync();
        var tanpaJobs = await UkurAplikasiAsync("--Jobs:Server", "false");

        Console.WriteLine();
        Console.WriteLine("| langkah | puncak RSS (MB) | selisih (MB) | req/s pada / |");
        Console.WriteLine("|---|---|---|---|");
        for (var i = 0; i < baris.Count; i++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {baris[i].Nama} | {baris[i].RssMb:F0} | {(i == 0 ? "" : Selisih(baris[i].RssMb, baris[i - 1].RssMb))} | {baris[i].Rps:F0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| aplikasi (/ lalu modul) | {aplikasi.RssMb:F0} | {Selisih(aplikasi.RssMb, baris[^1].RssMb)} di atas semua bagian | {aplikasi.Rps:F0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| aplikasi, --Jobs:Server false | {tanpaJobs.RssMb:F0} | {Selisih(tanpaJobs.RssMb, aplikasi.RssMb)} | {tanpaJobs.Rps:F0} |"));

        var dasar = baris[0].RssMb;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"baseline_rss_mb={dasar:F0} {string.Join(" ", Urutan.Select((b, i) => $"{b}_mb={Bulat(baris[i + 1].RssMb - baris[i].RssMb):F0}"))} " +
            $"app_rss_mb={aplikasi.RssMb:F0} app_nojobs_rss_mb={tanpaJobs.RssMb:F0} rss_ratio={aplikasi.RssMb / dasar:F2}");
        Console.WriteLine(line);
        return line;
    }

    private static string Selisih(double sesudah, double sebelum) =>
        Bulat(sesudah - sebelum).ToString("+0;-0;0", CultureInfo.InvariantCulture);

    // Adding 0.0 turns the -0 that rounding -0.3 gives into 0, so a difference never prints as "-0".
    private static double Bulat(double mb) => Math.Round(mb) + 0.0;

    private static async Task<(double RssMb, double Rps)> UkurBaselineAsync(string bagian, string konten)
    {
        await using var app = AppProcess.StartBaseline("--Bagian", bagian, "--KontenPath", konten);
        await app.WaitHealthyAsync(TimeSpan.FromSeconds(60));
        var skrip = Path.Combine(app.DataPath, "beban.lua");
        var wrk = await HttpBenchmark.WrkAsync(app, $"baseline [{bagian}]", [("", "/")], skrip);
        var rss = app.PeakRssMb();
        Console.WriteLine($"baseline [{bagian}]: puncak RSS {rss:F0} MB; sekarang {app.RssPartsMb()}");
        return (rss, wrk.Rps);
    }

    // The app under the anonymous load, then the module page over signed-in village heads: the http bench's first two steps.
    private static async Task<(double RssMb, double Rps)> UkurAplikasiAsync(params string[] extraArgs)
    {
        await using var app = AppProcess.Start(["--RateLimit:LoginPerMinute", "100000", .. extraArgs]);
        await app.WaitHealthyAsync(TimeSpan.FromSeconds(120));
        var sesi = await HttpBenchmark.MasukAsync(app.BaseAddress, await HttpBenchmark.BuatPenggunaAsync(app.DataPath));
        var skrip = Path.Combine(app.DataPath, "beban.lua");
        var nama = extraArgs.Length == 0 ? "aplikasi" : "aplikasi " + string.Join(" ", extraArgs);
        var anonim = await HttpBenchmark.WrkAsync(app, nama + " /", [("", "/")], skrip);
        await HttpBenchmark.WrkAsync(app, nama + " modul", sesi.Select(s => (s.Cookie, HttpBenchmark.Modul)).ToList(), skrip);
        var rss = app.PeakRssMb();
        Console.WriteLine($"{nama}: puncak RSS {rss:F0} MB; sekarang {app.RssPartsMb()}");
        return (rss, anonim.Rps);
    }
}
