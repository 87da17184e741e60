using System.Security.Cryptography;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Data;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Jadwal;

// A round running around today's date, so every home page, coverage and certificate list shows movement on a fresh demo:
// two sessions held in the past two weeks (attendance, quizzes, sandbox work, certificates), one today, five open ahead.
public sealed class DemoPutaranBerjalanSeeder(
    AppDbContext db, TimeProvider clock, PustakaKonten konten, PenerbitSertifikat penerbit, StartupOptions options) : IDemoDataSeeder
{
    public const string AwalanNama = "Pelatihan Pemutakhiran DTKS";
    public const string LatihanWajib = "data-ganda-nik-dua-kk";

    private enum Nasib { Hadir, TidakHadir, Terkonfirmasi, DaftarTunggu }

    // Who sits where: (session key, username, fate). Bagelen's head and operator are left free to enrol on their own.
    private static readonly (string Sesi, string UserName, Nasib Nasib)[] Kursi =
    [
        ("lalu-1", "kades.kagunganratu", Nasib.Hadir), ("lalu-1", "operator.kagunganratu", Nasib.Hadir),
        ("lalu-1", "kades.bumiagung", Nasib.Hadir), ("lalu-1", "operator.bumiagung", Nasib.TidakHadir),
        ("lalu-2", "kades.banjaran", Nasib.Hadir), ("lalu-2", "operator.banjaran", Nasib.Hadir),
        ("lalu-2", "kades.batumenyan", Nasib.Hadir), ("lalu-2", "operator.batumenyan", Nasib.Hadir),
        ("hari-ini", "kades.padangmanis", Nasib.Terkonfirmasi), ("hari-ini", "operator.padangmanis", Nasib.Terkonfirmasi),
        ("hari-ini", "kades.penengahan", Nasib.Terkonfirmasi),
        ("BGL", "operator.waykepayang", Nasib.Terkonfirmasi),
        ("NUJ", "kades.waykepayang", Nasib.Terkonfirmasi),
        ("KDG", "operator.penengahan", Nasib.Terkonfirmasi),
        ("PDC", "kades.bunut", Nasib.Terkonfirmasi), ("PDC", "operator.bunut", Nasib.Terkonfirmasi),
        ("SKR", "kades.bawang", Nasib.Terkonfirmasi), ("SKR", "operator.bawang", Nasib.Terkonfirmasi),
        ("SKR", "kades.sukajayapunduh", Nasib.Terkonfirmasi), ("SKR", "operator.sukajayapunduh", Nasib.DaftarTunggu),
    ];

    // Quiz results of those who attended: percent of questions answered right, one entry per attempt.
    private static readonly Dictionary<string, int[]> Ujian = new()
    {
        ["kades.kagunganratu"] = [85], ["operator.kagunganratu"] = [80], ["kades.bumiagung"] = [55, 75],
        ["kades.banjaran"] = [60], ["operator.banjaran"] = [76],
    };

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!options.DemoPutaranBerjalan) return;
        // Once only: any round besides the historical one means this ran before, or real rounds exist.
        if (await db.PutaranPelatihan.AnyAsync(p => p.Nama != DemoJadwalSeeder.NamaPutaran, ct)) return;

        var now = clock.GetUtcNow();
        var hariIni = DateOnly.FromDateTime(Wib.Dari(now).DateTime);
        var tanggal = new Dictionary<string, DateOnly>
        {
            ["lalu-1"] = HariKerja(hariIni, -9), ["lalu-2"] = HariKerja(hariIni, -4), ["hari-ini"] = hariIni,
            ["BGL"] = HariKerja(hariIni, 3), ["SKR"] = HariKerja(hariIni, 4), ["NUJ"] = HariKerja(hariIni, 6),
            ["KDG"] = HariKerja(hariIni, 8), ["PDC"] = HariKerja(hariIni, 10),
        };
        var rancangan = new (string Kunci, string Venue, int Kapasitas, string[] Kecamatan)[]
        {
            ("lalu-1", "NUJ", 40, ["18.09.02", "18.09.03"]),
            ("lalu-2", "PDC", 40, ["18.09.05", "18.09.10"]),
            ("hari-ini", "KDG", 30, ["18.09.04", "18.09.09"]),
            ("BGL", "BGL", 40, ["18.09.01", "18.09.07"]),
            ("SKR", "SKR", 3, ["18.09.06", "18.09.08"]),
            ("NUJ", "NUJ", 40, ["18.09.02", "18.09.03", "18.09.07"]),
            ("KDG", "KDG", 30, ["18.09.04", "18.09.09"]),
            ("PDC", "PDC", 40, ["18.09.10", "18.09.11"]),
        };

        var putaran = new PutaranPelatihan
        {
            Nama = $"{AwalanNama} {hariIni.Year}",
            TanggalMulai = tanggal.Values.Min(),
            TanggalSelesai = tanggal.Values.Max(),
            Status = StatusPutaran.Berjalan,
            LatihanWajib = [LatihanWajib],
            DibuatPada = now,
        };
        var fasilitator = await PerencanaanPutaran.FasilitatorAsync(db, ct);
        var sesi = rancangan.ToDictionary(r => r.Kunci, r =>
        {
            var t = tanggal[r.Kunci];
            var s = new Sesi
            {
                Putaran = putaran, VenueKode = r.Venue, Kapasitas = r.Kapasitas,
                Status = t < hariIni ? StatusSesi.Ditutup : StatusSesi.Dibuka,
                Kecamatan = r.Kecamatan.Select(k => new SesiKecamatan
                {
                    KecamatanKode = k, Kursi = Math.Max(1, r.Kapasitas / r.Kecamatan.Length), DilepasPada = putaran.KuotaDilepasPada(t),
                }).ToList(),
                Fasilitator = fasilitator.Take(2).Select(f => new SesiFasilitator { FasilitatorId = f }).ToList(),
            };
            s.AturWaktu(t, putaran.JamMulai, putaran.JamSelesai);
            return s;
        });
        db.PutaranPelatihan.Add(putaran);
        db.Sesi.AddRange(sesi.Values);
        await db.SaveChangesAsync(ct);

        var nama = Kursi.Select(k => k.UserName).ToList();
        var orang = await db.Users.Where(u => nama.Contains(u.UserName!) && u.Desa != null)
            .Select(u => new { u.Id, UserName = u.UserName!, u.Desa!.KecamatanKode }).ToDictionaryAsync(u => u.UserName, ct);
        var pin = (await db.Enrolmen.Select(e => e.Pin).ToListAsync(ct)).ToHashSet();
        var dicatatOleh = fasilitator.FirstOrDefault() ?? orang.Values.First().Id;
        var hadir = new List<(string Id, string UserName, Sesi Sesi)>();
        var dicatat = new List<(Enrolmen Enrolmen, bool Hadir)>();
        foreach (var (kunci, userName, nasib) in Kursi)
        {
            if (!orang.TryGetValue(userName, out var p)) continue;
            var s = sesi[kunci];
            var didaftar = Wib.Pada(s.Tanggal.AddDays(-10), new TimeOnly(9, 0)).ToUniversalTime();
            var e = new Enrolmen
            {
                SesiId = s.Id, PutaranId = putaran.Id, PesertaId = p.Id, KecamatanKode = p.KecamatanKode,
                Status = nasib switch
                {
                    Nasib.Hadir => StatusEnrolmen.Hadir,
                    Nasib.TidakHadir => StatusEnrolmen.TidakHadir,
                    Nasib.DaftarTunggu => StatusEnrolmen.DaftarTunggu,
                    _ => StatusEnrolmen.Terkonfirmasi,
                },
                DidaftarkanOleh = p.Id, DidaftarPada = didaftar,
                DikonfirmasiPada = nasib == Nasib.DaftarTunggu ? null : didaftar,
                Pin = PinCheckIn.Buat(pin), TokenQr = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            };
            pin.Add(e.Pin);
            if (Enrolmen.MemegangKursi(e.Status)) s.Terkonfirmasi++;
            db.Enrolmen.Add(e);
            if (nasib is Nasib.Hadir or Nasib.TidakHadir) dicatat.Add((e, nasib == Nasib.Hadir));
            if (nasib == Nasib.Hadir) hadir.Add((p.Id, userName, s));
        }
        await db.SaveChangesAsync(ct);
        db.Kehadiran.AddRange(dicatat.Select(d => new KehadiranPeserta
        {
            SesiId = d.Enrolmen.SesiId, PesertaId = d.Enrolmen.PesertaId, EnrolmenId = d.Enrolmen.Id,
            Status = d.Hadir ? StatusKehadiran.Hadir : StatusKehadiran.TidakHadir,
            Cara = CaraCatat.Pin, DicatatPada = sesi.Values.Single(s => s.Id == d.Enrolmen.SesiId).MulaiUtc.AddMinutes(10), DicatatOleh = dicatatOleh,
        }));

        foreach (var (id, userName, s) in hadir)
        {
            var operatorDesa = userName.StartsWith("operator.", StringComparison.Ordinal);
            var peran = operatorDesa ? Peran.Operator : Peran.KepalaDesa;
            var selesaiSesi = s.SelesaiUtc;
            // Modules read around the session: all of them for those who went on to the exam, half for the rest.
            var modul = konten.Modul.Where(m => m.UntukPeran(peran)).OrderBy(m => m.Urutan).ToList();
            var dibaca = Ujian.ContainsKey(userName) ? modul.Count : modul.Count / 2;
            foreach (var m in modul.Take(dibaca))
            {
                var kemajuan = new ModuleProgress { UserId = id, ModuleId = m.Id };
                foreach (var b in m.Bagian) kemajuan.MarkRead(b.Indeks, selesaiSesi);
                db.ModuleProgress.Add(kemajuan);
            }
            var kuis = konten.CariKuis(operatorDesa ? FaktaSertifikat.QuizOperator : FaktaSertifikat.QuizKepalaDesa)!;
            var mulai = selesaiSesi.AddDays(1);
            foreach (var persen in Ujian.GetValueOrDefault(userName, []))
            {
                db.QuizAttempt.Add(Percobaan(kuis, id, persen, mulai));
                mulai = mulai.AddDays(1);
            }
            if (operatorDesa && userName == "operator.kagunganratu")
                db.PenyelesaianLatihan.Add(new PenyelesaianLatihan
                {
                    UserId = id, LatihanId = LatihanWajib, SkorTerbaik = 100, JumlahPeriksa = 2, Lulus = true,
                    LulusPada = mulai, DiperiksaPada = mulai,
                });
            else if (operatorDesa && Ujian.ContainsKey(userName))
                db.PenyelesaianLatihan.Add(new PenyelesaianLatihan
                {
                    UserId = id, LatihanId = LatihanWajib, SkorTerbaik = 50, JumlahPeriksa = 1, Lulus = false, DiperiksaPada = mulai,
                });
        }
        await db.SaveChangesAsync(ct);

        // Through the issuing code itself, so each demo certificate has its number, PDF, hash and signed credential.
        foreach (var (id, _, _) in hadir)
            await penerbit.TerbitkanAsync(id, putaran.Id, ct);
    }

    // A graded attempt answered right on the first share of its drawn questions, as the quiz page would have saved it.
    private QuizAttempt Percobaan(Kuis kuis, string userId, int persen, DateTimeOffset mulai)
    {
        var seed = HashCode.Combine(userId, mulai.Ticks) & int.MaxValue;
        var undian = MesinKuis.Undi(kuis, konten.BankSoal(kuis), seed);
        var soal = undian.Select(u => konten.CariSoal(u.SoalId)).OfType<Soal>().ToList();
        var benar = (int)Math.Ceiling(soal.Count * persen / 100.0);
        var jawaban = soal.Take(benar).ToDictionary(s => s.Id, MesinKuis.KunciSebagaiJawaban);
        var hasil = MesinKuis.Nilai(soal, jawaban, kuis.NilaiLulus);
        var percobaan = new QuizAttempt
        {
            UserId = userId, QuizId = kuis.Id, Seed = seed, DrawJson = MesinKuis.KeJson(undian),
            StartedAt = mulai, Deadline = MesinKuis.BatasWaktu(kuis, mulai), GradedAt = mulai.AddMinutes(kuis.BatasWaktuMenit / 2),
            Score = hasil.Persen, Passed = hasil.Lulus,
        };
        percobaan.Answers.AddRange(jawaban.Select(j => new QuizAnswer
        {
            QuestionId = j.Key, AnswerJson = MesinKuis.JawabanKeJson(j.Value), SavedAt = mulai.AddMinutes(1),
        }));
        return percobaan;
    }

    // The working day `hari` working days away (before today when negative).
    private static DateOnly HariKerja(DateOnly dari, int hari)
    {
        var langkah = Math.Sign(hari);
        var t = dari;
        for (var sisa = Math.Abs(hari); sisa > 0;)
        {
            t = t.AddDays(langkah);
            if (t.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) sisa--;
        }
        return t;
    }
}
