using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Jadwal;

// The 500-request burst saturates two cores; running it alone keeps other tests' timeouts honest.
[CollectionDefinition(nameof(PendaftaranSesiTests), DisableParallelization = true)]
public sealed class BebanBerat;

[Trait("Category", "Data")]
[Collection(nameof(PendaftaranSesiTests))]
public class PendaftaranSesiTests : IAsyncLifetime
{
    private const string DesaBagelen = "18.09.01.2007";
    private const string DesaBawang = "18.09.06.2001";
    private static readonly DateOnly Tanggal = new(2026, 10, 20);
    private readonly JadwalAppFactory _app = new();
    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Five_hundred_concurrent_enrolments_fill_sixty_seats_exactly()
    {
        _app.CreateClient();
        var sesiId = await _app.BuatSesiAsync(Tanggal, 60);
        var peserta = await _app.BuatPesertaAsync(500, DesaBagelen);
        var admin = await _app.IdAsync("admin");

        var hasil = await Task.WhenAll(peserta.Select(p => Task.Run(() => _app.DenganAsync(d => d.DaftarkanAsync(sesiId, p, admin)))));

        Assert.All(hasil, h => Assert.Null(h.Galat));
        Assert.Equal(60, hasil.Count(h => h.Status == StatusEnrolmen.Terkonfirmasi));
        Assert.Equal(440, hasil.Count(h => h.Status == StatusEnrolmen.DaftarTunggu));
        var (counter, confirmed, pins) = await _app.WithDbAsync(async db => (
            await db.Sesi.Where(s => s.Id == sesiId).Select(s => s.Terkonfirmasi).SingleAsync(),
            await db.Enrolmen.CountAsync(e => e.SesiId == sesiId && e.Status == StatusEnrolmen.Terkonfirmasi),
            await db.Enrolmen.Where(e => e.SesiId == sesiId).Select(e => e.Pin).Distinct().CountAsync()));
        Assert.Equal(60, counter);
        Assert.Equal(60, confirmed);
        Assert.Equal(500, pins);
    }

    [Fact]
    public async Task One_active_seat_per_participant_per_round()
    {
        _app.CreateClient();
        var sesiId = await _app.BuatSesiAsync(Tanggal, 1);
        var (a, b) = await _app.BuatPesertaAsync(2, DesaBagelen) switch { var l => (l[0], l[1]) };

        var pertama = await _app.DenganAsync(d => d.DaftarkanAsync(sesiId, a, a));
        var lagi = await _app.DenganAsync(d => d.DaftarkanAsync(sesiId, a, a));
        var tunggu = await _app.DenganAsync(d => d.DaftarkanAsync(sesiId, b, b));
        var tungguLagi = await _app.DenganAsync(d => d.DaftarkanAsync(sesiId, b, b));

        Assert.Equal(StatusEnrolmen.Terkonfirmasi, pertama.Status);
        Assert.Contains("sudah punya kursi", lagi.Galat);
        Assert.Equal(StatusEnrolmen.DaftarTunggu, tunggu.Status);
        Assert.Contains("daftar tunggu", tungguLagi.Galat);
    }

    [Theory]
    [InlineData(false, 20)]
    [InlineData(true, 60)]
    public async Task Seats_held_for_other_kecamatan_count_as_taken_until_release(bool sudahDilepas, int terkonfirmasi)
    {
        _app.CreateClient();
        var sesiId = await _app.BuatSesiAsync(Tanggal, 60, ("18.09.05", 20), ("18.09.07", 20));
        if (sudahDilepas) _app.Clock.SetUtcNow(Wib.Pada(Tanggal.AddDays(-3), new TimeOnly(0, 0)).ToUniversalTime());
        var peserta = await _app.BuatPesertaAsync(70, DesaBagelen);

        foreach (var p in peserta) await _app.DenganAsync(d => d.DaftarkanAsync(sesiId, p, p));

        var status = await _app.StatusAsync(sesiId);
        Assert.Equal(terkonfirmasi, status.Count(s => s == StatusEnrolmen.Terkonfirmasi));
        Assert.Equal(70 - terkonfirmasi, status.Count(s => s == StatusEnrolmen.DaftarTunggu));
    }

    [Fact]
    public async Task Cancelling_promotes_the_first_eligible_wait_listed_and_tells_both()
    {
        _app.CreateClient();
        var sesiId = await _app.BuatSesiAsync(Tanggal, 2, ("18.09.01", 1));
        var bagelen = await _app.BuatPesertaAsync(2, DesaBagelen, "bagelen@desa.example");
        var bawang = await _app.BuatPesertaAsync(2, DesaBawang, "bawang@desa.example");

        var a = await _app.DenganAsync(d => d.DaftarkanAsync(sesiId, bawang[0], bawang[0]));
        var b = await _app.DenganAsync(d => d.DaftarkanAsync(sesiId, bagelen[0], bagelen[0]));
        var c = await _app.DenganAsync(d => d.DaftarkanAsync(sesiId, bawang[1], bawang[1]));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var e = await _app.DenganAsync(d => d.DaftarkanAsync(sesiId, bagelen[1], bagelen[1]));
        Assert.Equal([StatusEnrolmen.Terkonfirmasi, StatusEnrolmen.Terkonfirmasi, StatusEnrolmen.DaftarTunggu, StatusEnrolmen.DaftarTunggu],
            [a.Status!.Value, b.Status!.Value, c.Status!.Value, e.Status!.Value]);

        // Bagelen's held seat is cancelled: only the Bagelen participant may take it before release, though Bawang came first.
        Assert.Null(await _app.DenganAsync(d => d.BatalkanAsync(b.EnrolmenId!.Value, "Sakit", olehAdmin: false)));

        Assert.Equal([StatusEnrolmen.Terkonfirmasi, StatusEnrolmen.Dibatalkan, StatusEnrolmen.DaftarTunggu, StatusEnrolmen.Terkonfirmasi],
            await _app.StatusAsync(sesiId));
        var kunci = await _app.WithDbAsync(db => db.OutboxMail.Select(m => m.DedupKey).ToListAsync());
        Assert.Contains(KabarJadwal.KunciDedup(b.EnrolmenId!.Value, JenisKabar.Dibatalkan), kunci);
        Assert.Contains(KabarJadwal.KunciDedup(e.EnrolmenId!.Value, JenisKabar.Naik), kunci);
        Assert.Contains(KabarJadwal.KunciDedup(c.EnrolmenId!.Value, JenisKabar.DaftarTunggu), kunci);
        Assert.Equal(2, await _app.WithDbAsync(db => db.Sesi.Where(s => s.Id == sesiId).Select(s => s.Terkonfirmasi).SingleAsync()));
    }

    [Theory]
    [InlineData(0, false, null)]
    [InlineData(1, false, "Batas pembatalan sudah lewat")]
    [InlineData(1, true, null)]
    public async Task Cancelling_closes_at_the_cut_off_except_for_admins(int menitSetelahBatas, bool olehAdmin, string? galat)
    {
        _app.CreateClient();
        var sesiId = await _app.BuatSesiAsync(Tanggal, 5);
        var p = (await _app.BuatPesertaAsync(1, DesaBagelen))[0];
        var daftar = await _app.DenganAsync(d => d.DaftarkanAsync(sesiId, p, p));
        var batas = AturanPembatalan.Bawaan.BatasUtc(Wib.Pada(Tanggal, new TimeOnly(8, 0)));
        _app.Clock.SetUtcNow(batas.AddMinutes(menitSetelahBatas - 1));

        var hasil = await _app.DenganAsync(d => d.BatalkanAsync(daftar.EnrolmenId!.Value, "Ada tugas desa", olehAdmin));

        if (galat is null) Assert.Null(hasil);
        else Assert.Contains(galat, hasil);
    }
}
