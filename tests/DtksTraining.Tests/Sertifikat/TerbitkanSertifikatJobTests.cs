using DtksTraining.Tests.Jadwal;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DtksTraining.Tests.Sertifikat;

[Trait("Category", "Data")]
public class TerbitkanSertifikatJobTests : IAsyncLifetime
{
    private readonly JadwalAppFactory _app = new();

    public Task InitializeAsync()
    {
        _app.AturPenandatangan();
        return ((IAsyncLifetime)_app).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private static string TanpaSpasi(string teks) => string.Concat(teks.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public async Task Eligible_participant_gets_exactly_one_signed_certificate_however_often_the_job_runs()
    {
        _app.CreateClient();
        var (userId, putaranId, sesiId) = await _app.KepalaDesaLayakAsync();

        await _app.TerbitkanAsync(userId, putaranId);
        await _app.TerbitkanAsync(userId, putaranId);

        var s = Assert.Single(await _app.SertifikatAsync(userId));
        Assert.Equal("DTKS-PSW/2026/000001", s.Nomor);
        Assert.True(s.Terkini);
        Assert.Equal(StatusSertifikat.Berlaku, s.Status);
        Assert.Equal(Peran.KepalaDesa, s.Peran);
        Assert.Equal("Bagelen", s.Desa);
        Assert.Equal("Gedong Tataan", s.Kecamatan);
        Assert.Equal(85m, s.Nilai);
        Assert.Equal(new DateOnly(2026, 10, 20), s.TanggalSesi);
        Assert.Equal(DocumentHash.Sha256Hex(s.Pdf), s.Sha256);

        using (var pdf = PdfDocument.Open(s.Pdf))
        {
            var teks = TanpaSpasi(pdf.GetPage(1).Text);
            Assert.Contains(TanpaSpasi(s.Nama), teks);
            Assert.Contains(TanpaSpasi("Nomor: DTKS-PSW/2026/000001"), teks);
            Assert.Contains(TanpaSpasi(SertifikatUji.Penandatangan), teks);
            Assert.Contains(TanpaSpasi("NIP " + SertifikatUji.Nip), teks);
            Assert.Contains("https://pelatihan-dtks.pesawarankab.go.id/verifikasi/DTKS-PSW-2026-000001", teks);
        }

        var jwks = await _app.WithDbAsync(db => db.JwksPenerbitAsync(_app.Clock));
        var vc = VcJwt.Verifikasi(s.VcJwt, jwks, _app.Clock.GetUtcNow());
        Assert.True(vc.Sah, string.Join("; ", vc.Alasan));
        Assert.Equal("https://pelatihan-dtks.pesawarankab.go.id/verifikasi/DTKS-PSW-2026-000001", vc.Ringkasan!.Id);
        Assert.Equal("https://pelatihan-dtks.pesawarankab.go.id/verifikasi/penerbit.json", vc.Ringkasan.PenerbitId);
        Assert.Equal("https://pelatihan-dtks.pesawarankab.go.id/verifikasi/pencabutan.json", vc.Ringkasan.UrlDaftarPencabutan);
        Assert.Equal(s.Nama, vc.Ringkasan.NamaPenerima);
        Assert.Equal($"https://pelatihan-dtks.pesawarankab.go.id/verifikasi/pencapaian/{putaranId}/KepalaDesa",
            (string?)vc.Kredensial!["credentialSubject"]!["achievement"]!["id"]);
        Assert.Equal(KredensialOpenBadge.HashIdentitas(userId, s.Garam),
            (string?)vc.Kredensial["credentialSubject"]!["identifier"]![1]!["identityHash"]);

        // Attendance marked again (a second device) enqueues another run; still one certificate.
        await _app.TerbitkanAsync(userId, putaranId);
        Assert.Single(await _app.SertifikatAsync(userId));
        Assert.Equal(2, await _app.WithDbAsync(db => db.UrutanSertifikat.Where(u => u.Tahun == 2026).Select(u => u.Berikutnya).SingleAsync()));
        _ = sesiId;
    }

    [Fact]
    public async Task Concurrent_runs_for_the_same_participant_make_one_certificate_and_burn_no_number()
    {
        _app.CreateClient();
        var sesiId = await _app.BuatSesiAsync(new DateOnly(2026, 10, 20), 60);
        var peserta = new List<(string UserId, int PutaranId)>();
        for (var i = 0; i < 3; i++)
        {
            var (u, p, _) = await _app.KepalaDesaLayakAsync(sesiId: sesiId);
            peserta.Add((u, p));
        }

        // Six runs per participant at once, all participants together.
        await Task.WhenAll(peserta.SelectMany(p => Enumerable.Range(0, 6).Select(_ => Task.Run(() => _app.TerbitkanAsync(p.UserId, p.PutaranId)))));

        var semua = await _app.WithDbAsync(db => db.Sertifikat.AsNoTracking().ToListAsync());
        Assert.Equal(3, semua.Count);
        Assert.Equal(peserta.Select(p => p.UserId).Order(), semua.Select(s => s.UserId).Order());
        Assert.Equal([1, 2, 3], semua.Select(s => s.Urutan).Order());
        Assert.Equal(4, await _app.WithDbAsync(db => db.UrutanSertifikat.Where(u => u.Tahun == 2026).Select(u => u.Berikutnya).SingleAsync()));
    }

    [Fact]
    public async Task Participant_who_misses_a_criterion_gets_nothing_and_no_number_is_taken()
    {
        _app.CreateClient();
        var sesiId = await _app.BuatSesiAsync(new DateOnly(2026, 10, 20), 60);
        var putaranId = await _app.PutaranAsync(sesiId);
        var tanpaUjian = await _app.PesertaAsync(Peran.KepalaDesa);
        await _app.HadirAsync(sesiId, tanpaUjian);
        var tidakHadir = await _app.PesertaAsync(Peran.KepalaDesa);
        await _app.HadirAsync(sesiId, tidakHadir, StatusKehadiran.TidakHadir);
        await _app.LulusUjianAsync(tidakHadir, FaktaSertifikat.QuizKepalaDesa);
        var operatorTanpaLatihan = await _app.PesertaAsync(Peran.Operator);
        await _app.WithDbAsync(async db =>
        {
            (await db.PutaranPelatihan.SingleAsync(p => p.Id == putaranId)).LatihanWajib = ["latihan-nik"];
            await db.SaveChangesAsync();
        });
        await _app.HadirAsync(sesiId, operatorTanpaLatihan, StatusKehadiran.Terlambat);
        await _app.LulusUjianAsync(operatorTanpaLatihan, FaktaSertifikat.QuizOperator);

        foreach (var u in new[] { tanpaUjian, tidakHadir, operatorTanpaLatihan })
            await _app.TerbitkanAsync(u, putaranId);

        Assert.Equal(0, await _app.WithDbAsync(db => db.Sertifikat.CountAsync()));
        Assert.Equal(0, await _app.WithDbAsync(db => db.UrutanSertifikat.CountAsync(u => u.Berikutnya > 1)));

        await _app.WithDbAsync(async db =>
        {
            db.Set<PenyelesaianLatihan>().Add(new PenyelesaianLatihan
            {
                UserId = operatorTanpaLatihan, LatihanId = "latihan-nik", SkorTerbaik = 100, JumlahPeriksa = 1, Lulus = true,
                LulusPada = _app.Clock.GetUtcNow(), DiperiksaPada = _app.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        });
        await _app.TerbitkanAsync(operatorTanpaLatihan, putaranId);
        var s = Assert.Single(await _app.SertifikatAsync(operatorTanpaLatihan));
        Assert.Equal(1, s.Urutan);
        Assert.Equal(Peran.Operator, s.Peran);
    }

    [Fact]
    public async Task Recorded_attendance_triggers_the_job_and_the_daily_sweep_catches_what_no_trigger_saw()
    {
        _app.CreateClient();
        var sesiId = await _app.BuatSesiAsync(new DateOnly(2026, 10, 1), 60);
        var putaranId = await _app.PutaranAsync(sesiId);
        var admin = await _app.IdAsync("admin");

        // Quiz passed first; attendance recorded through the app's recorder enqueues the job, which the job server runs.
        var dicatat = await _app.PesertaAsync(Peran.KepalaDesa);
        await _app.LulusUjianAsync(dicatat, FaktaSertifikat.QuizKepalaDesa);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var hasil = await scope.ServiceProvider.GetRequiredService<PencatatKehadiran>()
                .CatatAsync(sesiId, dicatat, StatusKehadiran.Hadir, CaraCatat.Daftar, admin, olehAdmin: true, tanpaDaftar: true);
            Assert.True(hasil.Berhasil, hasil.Galat);
        }
        Assert.Equal(putaranId, (await _app.TungguSertifikatAsync(dicatat)).PutaranId);

        // Rows written behind the app's back: only the sweep finds them.
        var (terlewat, _, _) = await _app.KepalaDesaLayakAsync(sesiId: sesiId);
        var belumLayak = await _app.PesertaAsync(Peran.KepalaDesa);
        await _app.HadirAsync(sesiId, belumLayak);
        await using (var scope = _app.Services.CreateAsyncScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<TerbitkanSertifikatJob>().SapuAsync(CancellationToken.None));
        await _app.TungguSertifikatAsync(terlewat);
        Assert.Empty(await _app.SertifikatAsync(belumLayak));
    }
}
