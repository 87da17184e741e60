using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace DtksTraining.Bench;

// Each role's home page (GET /) on the demo as it starts, with its round around today: median of 100 loopback requests
// after 20 warm-up ones per role, to the Release app (an upper bound of the server time).
public static class BerandaBenchmark
{
    private const int Ulang = 100;
    private const string SandiDemo = "Latihan#2024";
    private static readonly (string Kunci, string UserName, string Penanda)[] Peran =
    [
        ("admin", "admin", "putaran-kini"), ("kades", "kades.bagelen", "jalur"),
        ("operator", "operator.banjaran", "jalur"), ("fasilitator", "fasilitator", "sesi-staf"),
    ];

    public static async Task<string> RunAsync(string[] args)
    {
        await using var app = AppProcess.Start("--Jobs:Workers", "1");
        await app.WaitHealthyAsync(TimeSpan.FromSeconds(120));
        var hasil = new List<string>();
        foreach (var (kunci, userName, penanda) in Peran)
        {
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            { BaseAddress = app.BaseAddress };
            await AkunBench.MasukAsync(http, userName, sandi: SandiDemo);
            var contoh = await http.GetStringAsync("/");
            if (!contoh.Contains(penanda, StringComparison.Ordinal)) throw new InvalidOperationException($"Beranda {userName} tanpa '{penanda}'.");
            for (var i = 0; i < 20; i++) await http.GetStringAsync("/");
            var waktu = new List<double>();
            for (var i = 0; i < Ulang; i++)
            {
                var jam = Stopwatch.StartNew();
                using var jawab = await http.GetAsync("/");
                await jawab.Content.ReadAsByteArrayAsync();
                jam.Stop();
                if (jawab.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"Beranda menjawab {(int)jawab.StatusCode}");
                waktu.Add(jam.Elapsed.TotalMilliseconds);
            }
            waktu.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kunci} ({userName}): median {waktu[Ulang / 2]:F2} ms, p95 {waktu[(int)(Ulang * 0.95)]:F2} ms, halaman {contoh.Length / 1024.0:F1} KB"));
            hasil.Add(string.Create(CultureInfo.InvariantCulture, $"beranda_{kunci}_ms={waktu[Ulang / 2]:F2}"));
        }
        var line = string.Join(" ", hasil);
        Console.WriteLine(line);
        return line;
    }
}
