using System.Diagnostics;
using System.Globalization;
using System.Net;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Sertifikat;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Bench;

// The Dinsos coverage dashboard over the whole regency: every desa has a Kepala Desa and an operator (≈ 300 people),
// 20 sessions, attendance, quiz attempts and sandbox completions. Measures GET /Staf/Cakupan (all kecamatan plus one
// kecamatan drilled down) after warm-up, over loopback HTTP to the Release app: an upper bound of the server time.
public static partial class DashboardBenchmark
{
    private const int Sesi = 20;
    private const int Ulang = 100;

    public static async Task<string> RunAsync(string[] args)
    {
        await using var app = AppProcess.Start("--Jobs:Workers", "1");
        await app.WaitHealthyAsync(TimeSpan.FromSeconds(120));
        var (putaran, jumlah) = await SiapkanAsync(app.DataPath);
        Console.WriteLine($"{jumlah.Peserta} peserta, {jumlah.Desa} desa, {Sesi} sesi, {jumlah.Kehadiran} kehadiran, {jumlah.Kuis} percobaan kuis, {jumlah.Latihan} latihan lulus");

        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        { BaseAddress = app.BaseAddress };
        await AkunBench.MasukAsync(http, "bench.admin");

        var url = $"/Staf/Cakupan?putaran={putaran}&kecamatan=18.09.01";
        var contoh = await http.GetStringAsync(url);
        if (!contoh.Contains("Gedong Tataan", StringComparison.Ordinal)) throw new InvalidOperationException("Dasbor tidak memuat data.");
        for (var i = 0; i < 20; i++) await http.GetStringAsync(url);
        var waktu = new List<double>();
        for (var i = 0; i < Ulang; i++)
        {
            var jam = Stopwatch.StartNew();
            using var jawab = await http.GetAsync(url);
            await jawab.Content.ReadAsByteArrayAsync();
            jam.Stop();
            if (jawab.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"Dasbor menjawab {(int)jawab.StatusCode}");
            waktu.Add(jam.Elapsed.TotalMilliseconds);
        }
        waktu.Sort();
        var median = waktu[waktu.Count / 2];
        var p95 = waktu[(int)(waktu.Count * 0.95)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Ulang} kali setelah 20 pemanasan: median {median:F2} ms, p95 {p95:F2} ms, min {waktu[0]:F2} ms, halaman {contoh.Length / 1024.0:F1} KB"));
        var line = string.Create(CultureInfo.InvariantCulture, $"dashboard_ms={median:F2}");
        Console.WriteLine(line);
        return line;
    }

    private static async Task<(int Putaran, (int Peserta, int Desa, int Kehadiran, int Kuis, int Latihan) Jumlah)> SiapkanAsync(string dataPath)
    {
        await using var db = AkunBench.Db(dataPath);
        var peran = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        var desa = await db.Desa.OrderBy(d => d.Kode).Select(d => new { d.Kode, d.KecamatanKode }).ToListAsync();
        var hash = AkunBench.HashSandi();
        var now = DateTimeOffset.UtcNow;
        AppUser Orang(string nama, string? desaKode) => AkunBench.Pengguna(nama, nama, desaKode, hash);
        var admin = Orang("bench.admin", null);
        db.Users.Add(admin);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = admin.Id, RoleId = peran[Peran.Admin] });
        var fasilitator = Orang("bench.fasilitator", null);
        db.Users.Add(fasilitator);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = fasilitator.Id, RoleId = peran[Peran.Fasilitator] });

        var peserta = new List<(AppUser User, string Peran, string Kecamatan)>();
        foreach (var d in desa)
        {
            peserta.Add((Orang($"bench.kades.{d.Kode}", d.Kode), Peran.KepalaDesa, d.KecamatanKode));
            peserta.Add((Orang($"bench.operator.{d.Kode}", d.Kode), Peran.Operator, d.KecamatanKode));
        }
        foreach (var p in peserta)
        {
            db.Users.Add(p.User);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = p.User.Id, RoleId = peran[p.Peran] });
        }

        var tanggal = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30);
        var putaran = new PutaranPelatihan
        {
            Nama = "Tolok ukur dasbor", TanggalMulai = tanggal, TanggalSelesai = tanggal.AddDays(Sesi + 10),
            Status = StatusPutaran.Berjalan, DibuatPada = now, LatihanWajib = ["latihan-1", "latihan-2", "latihan-3"],
        };
        var kecamatan = desa.Select(d => d.KecamatanKode).Distinct().Order().ToList();
        var sesi = Enumerable.Range(0, Sesi).Select(i =>
        {
            var s = new Sesi
            {
                Putaran = putaran, VenueKode = "BGL", Kapasitas = 20, Status = StatusSesi.Ditutup,
                Kecamatan = [new SesiKecamatan { KecamatanKode = kecamatan[i % kecamatan.Count], Kursi = 0, DilepasPada = now }],
            };
            s.AturWaktu(tanggal.AddDays(i), new TimeOnly(8, 0), new TimeOnly(15, 0));
            return s;
        }).ToList();
        db.Sesi.AddRange(sesi);
        await db.SaveChangesAsync();

        var acak = new Random(42);
        int kehadiran = 0, kuis = 0, latihan = 0;
        for (var i = 0; i < peserta.Count; i++)
        {
            var (user, namaPeran, kec) = peserta[i];
            var s = sesi[i % Sesi];
            var nasib = acak.Next(10);
            if (nasib == 0) continue; // never enrolled
            var hadir = nasib >= 3;
            var enrolmen = new Enrolmen
            {
                Sesi = s, PutaranId = s.PutaranId, PesertaId = user.Id, KecamatanKode = kec,
                Status = hadir ? StatusEnrolmen.Hadir : StatusEnrolmen.TidakHadir, DidaftarkanOleh = user.Id, DidaftarPada = now,
                DikonfirmasiPada = now, Pin = i.ToString("D6", CultureInfo.InvariantCulture), TokenQr = Guid.NewGuid().ToString("N"),
            };
            db.Enrolmen.Add(enrolmen);
            if (!hadir) continue;
            db.Kehadiran.Add(new KehadiranPeserta
            {
                Sesi = s, PesertaId = user.Id, Status = StatusKehadiran.Hadir, Cara = CaraCatat.Pin, DicatatPada = now, DicatatOleh = fasilitator.Id,
            });
            kehadiran++;
            for (var k = 0; k < 1 + acak.Next(2); k++)
            {
                var lulus = acak.Next(10) < 7;
                db.QuizAttempt.Add(new QuizAttempt
                {
                    UserId = user.Id, QuizId = namaPeran == Peran.KepalaDesa ? "ujian-kades" : "ujian-operator", DrawJson = "[]",
                    StartedAt = now, Deadline = now, GradedAt = now, Score = lulus ? 80 : 50, Passed = lulus,
                });
                kuis++;
            }
            if (namaPeran != Peran.Operator) continue;
            for (var l = 1; l <= acak.Next(4); l++)
            {
                db.PenyelesaianLatihan.Add(new PenyelesaianLatihan
                {
                    UserId = user.Id, LatihanId = $"latihan-{l}", SkorTerbaik = 100, JumlahPeriksa = 1, Lulus = true, LulusPada = now, DiperiksaPada = now,
                });
                latihan++;
            }
        }
        await db.SaveChangesAsync();
        return (putaran.Id, (peserta.Count, desa.Count, kehadiran, kuis, latihan));
    }
}
