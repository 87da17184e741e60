using System.Diagnostics;
using System.Globalization;
using System.Net;
using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DtksTraining.Bench;

// Work a signed-in module or quiz page costs the server, counted instead of timed, so a busy machine gives the same figures:
// database commands, Set-Cookie headers and bytes allocated per request (the app in this process on TestServer, its job
// server off so no poller allocates meanwhile), and the assemblies the Release app has mapped after start-up and after one
// module page (its own process, /proc/<pid>/maps).
public static class PerRequestBenchmark
{
    private const int Ulang = 400;
    private const int Pemanasan = 200;
    private const string Modul = "/Belajar/Modul/dasar-hukum/1";
    private const string Kuis = "ujian-kades";
    private const string Kades = "kades.bagelen";
    private const string SandiDemo = "Latihan#2024";

    public static async Task<string> RunAsync(string[] args)
    {
        var perakitan = await AssemblyAsync();
        var halaman = await HalamanAsync();
        var line = string.Join(" ", halaman.Append(perakitan));
        Console.WriteLine(line);
        return line;
    }

    // The Release app as deployed: which assemblies start-up maps on a fresh data folder (migrations, seed, demo) and on a
    // restart over that folder, and which the first signed-in module page adds; the empty app beside it for scale.
    private static async Task<string> AssemblyAsync()
    {
        int dasar;
        await using (var baseline = AppProcess.StartBaseline())
        {
            await baseline.WaitHealthyAsync(TimeSpan.FromSeconds(60));
            dasar = baseline.MappedAssemblies().Count;
            Console.WriteLine($"baseline setelah start-up: {dasar} assembly, RSS {baseline.RssMb():F0} MB ({baseline.RssPartsMb()})");
        }
        await using var baru = AppProcess.Start();
        var (awal, sesudah) = await MulaiDanModulAsync(baru, "folder data baru");
        await baru.StopAsync();
        await using var ulang = AppProcess.Restart(baru.DataPath);
        var (_, sesudahUlang) = await MulaiDanModulAsync(ulang, "mulai ulang");
        Console.WriteLine($"assembly pihak ketiga (mulai ulang, halaman modul): {string.Join(", ", sesudahUlang.Where(a => !a.StartsWith("System.", StringComparison.Ordinal) && !a.StartsWith("Microsoft.", StringComparison.Ordinal)).Order())}");
        return string.Create(CultureInfo.InvariantCulture,
            $"assemblies_startup={awal.Count} assemblies_loaded={sesudah.Count} assemblies_restart={sesudahUlang.Count} restart_rss_mb={ulang.RssMb():F0} baseline_assemblies={dasar}");
    }

    private static async Task<(IReadOnlySet<string> Awal, IReadOnlySet<string> Sesudah)> MulaiDanModulAsync(AppProcess app, string nama)
    {
        await app.WaitHealthyAsync(TimeSpan.FromSeconds(120));
        var awal = app.MappedAssemblies();
        Console.WriteLine($"{nama}: {awal.Count} assembly setelah start-up, RSS {app.RssMb():F0} MB ({app.RssPartsMb()})");
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        { BaseAddress = app.BaseAddress };
        await AkunBench.MasukAsync(http, Kades, sandi: SandiDemo);
        using var modul = await http.GetAsync(Modul);
        if (modul.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {Modul} memberi {(int)modul.StatusCode}.");
        var sesudah = app.MappedAssemblies();
        Console.WriteLine($"{nama}: halaman modul pertama menambah {string.Join(", ", sesudah.Except(awal).Order())}; RSS {app.RssMb():F0} MB");
        return (awal, sesudah);
    }

    private static async Task<IEnumerable<string>> HalamanAsync()
    {
        // The factory finds the app's content root in MvcTestingAppManifest.json of the current folder.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        using var perintah = new DbCommandCounter();
        await using var factory = new BenchHost();
        var jam = factory.Clock;
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await AkunBench.MasukAsync(http, Kades, sandi: SandiDemo);
        var halamanKuis = await http.GetStringAsync($"/Belajar/Kuis/{Kuis}");
        using var mulai = await http.PostAsync($"/Belajar/Kuis/{Kuis}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AkunBench.Token().Match(halamanKuis).Groups[1].Value,
        }));
        var percobaan = mulai.Headers.Location?.OriginalString;
        if (mulai.StatusCode != HttpStatusCode.Redirect || percobaan is null || !percobaan.StartsWith("/Belajar/Percobaan/", StringComparison.Ordinal))
            throw new InvalidOperationException($"Kuis tidak dimulai: {(int)mulai.StatusCode} {percobaan}");

        var hasil = new List<string>();
        foreach (var (kunci, jalur) in new[] { ("module", Modul), ("quiz", percobaan) })
        {
            for (var i = 0; i < Pemanasan; i++) await GetAsync(http, jalur);
            var ukur = await UkurAsync(http, jalur, perintah, Ulang);
            Console.WriteLine($"{kunci}: perintah basis data per permintaan:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", ukur.Contoh));
            // A browser keeps its cookie: once the one-minute stamp check is due, the first request checks and renews, the rest do not.
            jam.Advance(TimeSpan.FromSeconds(61));
            var dicek = await UkurAsync(http, jalur, perintah, 1);
            Console.WriteLine($"{kunci} saat cek stempel keamanan: {dicek.Perintah} perintah, cookie {string.Join(", ", dicek.Cookie)}{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", dicek.Contoh));
            hasil.Add(string.Create(CultureInfo.InvariantCulture,
                $"{kunci}_db_commands={ukur.Perintah / (double)Ulang:0.##} {kunci}_set_cookies={ukur.Cookie.Count / (double)Ulang:0.##} {kunci}_alloc_kb={ukur.Alokasi / 1024.0 / Ulang:F1} " +
                $"{kunci}_stamp_check_db_commands={dicek.Perintah}"));
        }
        return hasil;
    }

    private sealed record Ukuran(long Perintah, List<string> Cookie, long Alokasi, IReadOnlyList<string> Contoh);

    private static async Task<Ukuran> UkurAsync(HttpClient http, string jalur, DbCommandCounter perintah, int ulang)
    {
        var cookie = new List<string>();
        perintah.Mulai();
        var alokasiAwal = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < ulang; i++) cookie.AddRange(await GetAsync(http, jalur));
        var alokasi = GC.GetTotalAllocatedBytes(precise: true) - alokasiAwal;
        var (jumlah, contoh) = perintah.Selesai();
        return new Ukuran(jumlah, cookie, alokasi, contoh);
    }

    // The cookie names the server set (the client's cookie handler keeps their values, as a browser would).
    private static async Task<IEnumerable<string>> GetAsync(HttpClient http, string jalur)
    {
        using var jawab = await http.GetAsync(jalur);
        await jawab.Content.ReadAsByteArrayAsync();
        if (jawab.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {jalur} memberi {(int)jawab.StatusCode}.");
        return jawab.Headers.TryGetValues("Set-Cookie", out var nilai) ? nilai.Select(c => c.Split('=', 2)[0]).ToList() : [];
    }

    // The app as it is configured in production, on a fresh data folder, with a clock the bench moves and no job server
    // (any type of the app names its assembly; the bench has a Program of its own).
    private sealed class BenchHost : WebApplicationFactory<DatabaseSettings>
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
        private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "dtks-bench-" + Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("DataPath", _dataPath);
            builder.UseSetting("Jobs:Server", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { }
        }
    }

    // EF Core's diagnostic events: every command any context of this process executes, with its text.
    private sealed class DbCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly IDisposable _semua;
        private readonly List<IDisposable> _langganan = [];
        private readonly Lock _kunci = new();
        private List<string> _teks = [];

        public DbCommandCounter() => _semua = DiagnosticListener.AllListeners.Subscribe(this);

        public void Mulai()
        {
            lock (_kunci) _teks = [];
        }

        public (long Jumlah, IReadOnlyList<string> Contoh) Selesai()
        {
            lock (_kunci)
                return (_teks.Count, _teks.GroupBy(t => t).Select(g => $"{g.Count()} × {Ringkas(g.Key)}").ToList());
        }

        private static string Ringkas(string sql) => string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is var s && s.Length > 140 ? s[..140] + "…" : s;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.EntityFrameworkCore")
                lock (_kunci) _langganan.Add(listener.Subscribe(this, name => name == Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted.Name));
        }

        public void OnNext(KeyValuePair<string, object?> peristiwa)
        {
            if (peristiwa.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData data)
                lock (_kunci) _teks.Add(data.Command.CommandText);
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }

        public void Dispose()
        {
            _semua.Dispose();
            lock (_kunci) foreach (var l in _langganan) l.Dispose();
        }
    }
}
