using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Text;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Wilayah;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Bench;

// wrk against the Release app on a fresh data folder: an anonymous page, then a module page and a quiz question page
// spread over 50 signed-in village heads (each with their own cookie and their own quiz attempt).
public static partial class HttpBenchmark
{
    private const int Sesi = 50;
    private const int Koneksi = 16;
    private const int Detik = 15;
    private const int DetikPemanasan = 3;
    internal const string Modul = "/Belajar/Modul/dasar-hukum/1";
    private const string Kuis = "ujian-kades";

    public static async Task<string> RunAsync(string[] args)
    {
        // The baseline first, alone on the machine: the ratios below divide by what this machine gives an empty app.
        var dasar = await BaselineBenchmark.UkurAsync();
        await using var app = AppProcess.Start("--RateLimit:LoginPerMinute", "100000");
        await app.WaitHealthyAsync(TimeSpan.FromSeconds(120));
        var pengguna = await BuatPenggunaAsync(app.DataPath);
        var sesi = await MasukAsync(app.BaseAddress, pengguna);
        Console.WriteLine($"{sesi.Count} sesi masuk, masing-masing dengan percobaan kuisnya sendiri");

        var skrip = Path.Combine(app.DataPath, "sesi.lua");
        var anonim = await WrkAsync(app, "anonim", [("", "/")], skrip);
        var modul = await WrkAsync(app, "modul", sesi.Select(s => (s.Cookie, Modul)).ToList(), skrip);
        var kuis = await WrkAsync(app, "kuis", sesi.Select(s => (s.Cookie, s.Percobaan)).ToList(), skrip);

        // wrk does not count 3xx as errors: a lost session would show up as a redirect to the login page.
        await PastikanMasihMasukAsync(app.BaseAddress, sesi);
        var rss = app.PeakRssMb();
        Console.WriteLine($"puncak RSS server {rss:F0} MB; sekarang {app.RssPartsMb()}");
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
        // CPU per request on its own line: the last line keeps exactly the keys the issue names.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU server per permintaan: anonim {anonim.CpuUs:F0} µs, modul {modul.CpuUs:F0} µs, kuis {kuis.CpuUs:F0} µs"));
        var line = string.Create(CultureInfo.InvariantCulture,
            $"anon_rps={anonim.Rps:F0} module_rps={modul.Rps:F0} quiz_rps={kuis.Rps:F0} module_p99_ms={modul.P99Ms:F1} rss_mb={rss:F0} " +
            $"rss_ratio={rss / dasar.RssMb:F2} module_ratio={modul.Rps / dasar.Rps:F2} module_cpu_us={modul.CpuUs:F0}");
        Console.WriteLine(line);
        return line;
    }

    internal sealed record SesiMasuk(string Cookie, string Percobaan);

    internal sealed record HasilWrk(double Rps, double P50Ms, double P99Ms, double CpuUs);

    // Village heads spread over the regency's desa.
    internal static async Task<List<string>> BuatPenggunaAsync(string dataPath)
    {
        await using var db = AkunBench.Db(dataPath);
        var roleId = await db.Roles.Where(r => r.Name == Peran.KepalaDesa).Select(r => r.Id).SingleAsync();
        var desa = await db.Desa.OrderBy(d => d.Kode).Select(d => d.Kode).Take(Sesi).ToListAsync();
        var hash = AkunBench.HashSandi();
        var users = Enumerable.Range(0, Sesi).Select(i => AkunBench.Pengguna($"bench.http{i}", $"Kepala Desa Uji Beban {i}", desa[i % desa.Count], hash)).ToList();
        db.Users.AddRange(users);
        db.UserRoles.AddRange(users.Select(u => new IdentityUserRole<string> { UserId = u.Id, RoleId = roleId }));
        await db.SaveChangesAsync();
        return users.Select(u => u.UserName!).ToList();
    }

    internal static async Task<List<SesiMasuk>> MasukAsync(Uri alamat, List<string> pengguna)
    {
        var hasil = new SesiMasuk[pengguna.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, pengguna.Count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var cookies = new CookieContainer();
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = alamat };
            await AkunBench.MasukAsync(http, pengguna[i], ct);

            var halamanKuis = await http.GetStringAsync($"/Belajar/Kuis/{Kuis}", ct);
            var mulai = await http.PostAsync($"/Belajar/Kuis/{Kuis}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = AkunBench.Token().Match(halamanKuis).Groups[1].Value,
            }), ct);
            var percobaan = mulai.Headers.Location?.OriginalString;
            if (mulai.StatusCode != HttpStatusCode.Redirect || percobaan is null || !percobaan.StartsWith("/Belajar/Percobaan/", StringComparison.Ordinal))
                throw new InvalidOperationException($"Kuis {pengguna[i]} tidak dimulai: {(int)mulai.StatusCode} {percobaan}");
            hasil[i] = new SesiMasuk(cookies.GetCookieHeader(alamat), percobaan);
        });
        await PastikanMasihMasukAsync(alamat, hasil);
        return hasil.ToList();
    }

    private static async Task PastikanMasihMasukAsync(Uri alamat, IEnumerable<SesiMasuk> sesi)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = alamat };
        foreach (var s in sesi)
            foreach (var jalur in new[] { Modul, s.Percobaan })
            {
                using var permintaan = new HttpRequestMessage(HttpMethod.Get, jalur);
                permintaan.Headers.Add("Cookie", s.Cookie);
                var r = await http.SendAsync(permintaan);
                if (r.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {jalur} dengan sesi masuk memberi {(int)r.StatusCode}.");
            }
    }

    // One wrk thread per connection: each thread's request and response then alternate, so a cookie the server renews
    // (security-stamp check, sliding expiration) is kept for the session it was sent for, as a browser would.
    // A short unmeasured run first: a running server has already compiled its hot paths to optimized code.
    internal static async Task<HasilWrk> WrkAsync(AppProcess app, string nama, IReadOnlyList<(string Cookie, string Jalur)> permintaan, string skrip)
    {
        await WrkSekaliAsync(app, nama + " (pemanasan)", permintaan, skrip, DetikPemanasan);
        return await WrkSekaliAsync(app, nama, permintaan, skrip, Detik);
    }

    private static async Task<HasilWrk> WrkSekaliAsync(AppProcess app, string nama, IReadOnlyList<(string Cookie, string Jalur)> permintaan, string skrip, int detik)
    {
        var lua = new StringBuilder("local daftar = {\n");
        foreach (var (cookie, jalur) in permintaan) lua.Append("  {").Append(Lua(cookie)).Append(", ").Append(Lua(jalur)).Append("},\n");
        lua.Append("""
            }
            local i = 0
            local terkirim = nil
            function setup(thread) thread:set("awal", math.random(#daftar)) end
            function init(args) i = awal or 0 end
            function request()
              i = i + 1
              terkirim = daftar[(i % #daftar) + 1]
              local kepala = { ["Accept-Encoding"] = "br, gzip" }
              if terkirim[1] ~= "" then kepala["Cookie"] = terkirim[1] end
              return wrk.format("GET", terkirim[2], kepala)
            end
            function response(status, headers, body)
              local baru = headers["Set-Cookie"]
              if terkirim == nil or terkirim[1] == "" or baru == nil then return end
              local nilai = string.match(baru, "^dtks%.auth=([^;]*)")
              if nilai ~= nil then terkirim[1] = string.gsub(terkirim[1], "dtks%.auth=[^;]*", function() return "dtks.auth=" .. nilai end) end
            end
            """);
        await File.WriteAllTextAsync(skrip, lua.ToString());

        var mulai = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { $"-t{Koneksi}", $"-c{Koneksi}", $"-d{detik}s", "--latency", "-s", skrip, app.BaseAddress.ToString().TrimEnd('/') })
            mulai.ArgumentList.Add(a);
        var cpuAwal = app.CpuTime();
        using var proses = MulaiWrk(mulai);
        var keluaran = await proses.StandardOutput.ReadToEndAsync();
        await proses.WaitForExitAsync();
        var cpu = app.CpuTime() - cpuAwal;
        if (proses.ExitCode != 0) throw new InvalidOperationException($"wrk gagal: {await proses.StandardError.ReadToEndAsync()}");
        if (Regex.Match(keluaran, @"Non-2xx or 3xx responses: (\d+)") is { Success: true } salah)
            throw new InvalidOperationException($"{nama}: {salah.Groups[1].Value} jawaban bukan 2xx/3xx.\n{keluaran}");

        var jumlah = long.Parse(Regex.Match(keluaran, @"(\d+) requests in").Groups[1].Value, CultureInfo.InvariantCulture);
        var hasil = new HasilWrk(
            double.Parse(Regex.Match(keluaran, @"Requests/sec:\s+([\d.]+)").Groups[1].Value, CultureInfo.InvariantCulture),
            Persentil(keluaran, 50), Persentil(keluaran, 99), cpu.TotalMicroseconds / jumlah);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{nama}: {hasil.Rps:F0} req/s, p50 {hasil.P50Ms:F2} ms, p99 {hasil.P99Ms:F2} ms, CPU server {hasil.CpuUs:F0} µs/permintaan ({permintaan.Count} sesi, {Koneksi} koneksi, {detik} s, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})"));
        return hasil;
    }

    private static string Lua(string teks) => "\"" + teks.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static double Persentil(string keluaran, int p)
    {
        var m = Regex.Match(keluaran, $@"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!m.Success) throw new InvalidOperationException($"Persentil {p}% tidak ada di keluaran wrk:\n{keluaran}");
        var angka = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => angka / 1000, "ms" => angka, _ => angka * 1000 };
    }

    private static Process MulaiWrk(ProcessStartInfo mulai)
    {
        try
        {
            return Process.Start(mulai) ?? throw new InvalidOperationException("wrk tidak dapat dijalankan (paket Debian wrk).");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("wrk tidak terpasang: apt-get install wrk (.ci/run memasangnya).", e);
        }
    }
}
