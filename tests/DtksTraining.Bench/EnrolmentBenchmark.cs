using System.Diagnostics;
using System.Globalization;
using System.Net;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Wilayah;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Bench;

// 500 signed-in village heads press "Daftar" on one 60-seat session at the same moment, over real HTTP.
public static partial class EnrolmentBenchmark
{
    private const int Peserta = 500;
    private const int Kapasitas = 60;

    public static async Task<string> RunAsync(string[] args)
    {
        await using var app = AppProcess.Start("--RateLimit:LoginPerMinute", "100000", "--Jobs:Workers", "1");
        await app.WaitHealthyAsync(TimeSpan.FromSeconds(120));
        var (sesiId, pengguna) = await SiapkanAsync(app.DataPath);
        var (sesiPemanasanId, _) = await SiapkanAsync(app.DataPath, kapasitas: 5, peserta: 0);
        Console.WriteLine($"{Peserta} akun dan satu sesi {Kapasitas} kursi dibuat (sesi {sesiId})");

        var clients = new (HttpClient Http, string Token, string Id)[Peserta];
        var login = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Peserta), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
            await AkunBench.MasukAsync(http, pengguna[i].UserName, ct);
            var jadwal = await http.GetStringAsync("/Peserta/Jadwal", ct);
            clients[i] = (http, AkunBench.Token().Match(jadwal).Groups[1].Value, pengguna[i].Id);
        });
        Console.WriteLine($"login {Peserta} akun: {login.Elapsed.TotalSeconds:F1} s");

        // A running app has served enrolments before: 20 of the heads first enrol in another round's 5-seat session,
        // so the burst measures seat-taking, not the first compilation of its code paths.
        foreach (var c in clients.Take(20))
            await Daftar(c.Http, c.Token, c.Id, sesiPemanasanId);

        var errors = 0;
        var mulai = new TaskCompletionSource();
        var jam = new Stopwatch();
        var tugas = clients.Select(async c =>
        {
            await mulai.Task;
            try
            {
                var r = await Daftar(c.Http, c.Token, c.Id, sesiId);
                if (r.StatusCode != HttpStatusCode.Redirect) Interlocked.Increment(ref errors);
            }
            catch (HttpRequestException) { Interlocked.Increment(ref errors); }
            catch (TaskCanceledException) { Interlocked.Increment(ref errors); }
        }).ToList();
        var cpuAwal = app.CpuTime();
        jam.Start();
        mulai.SetResult();
        await Task.WhenAll(tugas);
        jam.Stop();
        var cpuServer = app.CpuTime() - cpuAwal;
        foreach (var c in clients) c.Http.Dispose();

        var (confirmed, waitlisted, counter) = await HitungAsync(app.DataPath, sesiId);
        Console.WriteLine($"confirmed {confirmed}, wait-listed {waitlisted}, errors {errors}, session counter {counter}, elapsed {jam.Elapsed.TotalSeconds:F2} s, CPU server {cpuServer.TotalMilliseconds / Peserta:F2} ms/permintaan");
        var line = string.Create(CultureInfo.InvariantCulture,
            $"confirmed={confirmed} waitlisted={waitlisted} errors={errors} elapsed_s={jam.Elapsed.TotalSeconds:F2}");
        Console.WriteLine(line);
        return line;
    }

    private static async Task<(int SesiId, List<(string Id, string UserName)> Pengguna)> SiapkanAsync(
        string dataPath, int kapasitas = Kapasitas, int peserta = Peserta)
    {
        await using var db = AkunBench.Db(dataPath);
        var roleId = await db.Roles.Where(r => r.Name == Peran.KepalaDesa).Select(r => r.Id).SingleAsync();
        var desa = await db.Desa.Where(d => d.KecamatanKode == "18.09.01").OrderBy(d => d.Kode).Select(d => d.Kode).FirstAsync();
        var hash = AkunBench.HashSandi();
        var users = Enumerable.Range(1, peserta).Select(i => AkunBench.Pengguna($"bench.kades{i}", $"Kepala Desa Bench {i}", desa, hash)).ToList();
        db.Users.AddRange(users);
        db.UserRoles.AddRange(users.Select(u => new IdentityUserRole<string> { UserId = u.Id, RoleId = roleId }));

        var tanggal = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var putaran = new PutaranPelatihan
        {
            Nama = "Tolok ukur pendaftaran " + Guid.NewGuid().ToString("N")[..6],
            TanggalMulai = tanggal, TanggalSelesai = tanggal, Status = StatusPutaran.Berjalan, DibuatPada = DateTimeOffset.UtcNow,
        };
        var sesi = new Sesi
        {
            Putaran = putaran, VenueKode = "BGL", Kapasitas = kapasitas, Status = StatusSesi.Dibuka,
            Kecamatan = [new SesiKecamatan { KecamatanKode = "18.09.01", Kursi = 0, DilepasPada = putaran.KuotaDilepasPada(tanggal) }],
        };
        sesi.AturWaktu(tanggal, new TimeOnly(8, 0), new TimeOnly(15, 0));
        db.Sesi.Add(sesi);
        await db.SaveChangesAsync();
        return (sesi.Id, users.Select(u => (u.Id, u.UserName!)).ToList());
    }

    private static Task<HttpResponseMessage> Daftar(HttpClient http, string token, string pesertaId, int sesiId) =>
        http.PostAsync("/Peserta/Jadwal?handler=Daftar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SesiId"] = sesiId.ToString(CultureInfo.InvariantCulture), ["PesertaId"] = pesertaId, ["__RequestVerificationToken"] = token,
        }));

    private static async Task<(int, int, int)> HitungAsync(string dataPath, int sesiId)
    {
        await using var db = AkunBench.Db(dataPath);
        var status = await db.Enrolmen.Where(e => e.SesiId == sesiId).Select(e => e.Status).ToListAsync();
        var counter = await db.Sesi.Where(s => s.Id == sesiId).Select(s => s.Terkonfirmasi).SingleAsync();
        return (status.Count(s => s == StatusEnrolmen.Terkonfirmasi), status.Count(s => s == StatusEnrolmen.DaftarTunggu), counter);
    }
}
