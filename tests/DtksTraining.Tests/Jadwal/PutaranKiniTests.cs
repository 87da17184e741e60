using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Calon = DtksTraining.Web.Jadwal.PutaranKini.Calon;

namespace DtksTraining.Tests.Jadwal;

public class PutaranKiniTests
{
    private static readonly DateOnly HariIni = new(2026, 12, 4);
    private static Calon C(int id, string mulai, string selesai, bool kegiatan) => new(id, DateOnly.Parse(mulai), DateOnly.Parse(selesai), kegiatan);

    public static TheoryData<Calon[], int?> Kasus => new()
    {
        // The historical round and a newer empty one: open on the one with sessions, not the newest.
        { [C(1, "2024-10-01", "2024-10-31", true), C(2, "2027-01-05", "2027-01-30", false)], 1 },
        // A round running today wins over a later one that already has sessions.
        { [C(1, "2026-11-20", "2026-12-20", true), C(2, "2027-01-05", "2027-01-30", true)], 1 },
        // Today inside an empty round and inside one with sessions: the one with sessions.
        { [C(1, "2026-11-20", "2026-12-20", true), C(2, "2026-12-01", "2026-12-31", false)], 1 },
        // Between rounds: the latest with sessions or enrolments.
        { [C(1, "2024-10-01", "2024-10-31", true), C(2, "2025-10-01", "2025-10-31", true), C(3, "2027-03-01", "2027-03-31", false)], 2 },
        // Nothing has sessions yet: the newest, as before.
        { [C(1, "2026-01-01", "2026-01-31", false), C(2, "2027-01-01", "2027-01-31", false)], 2 },
        { [], null },
    };

    [Theory, MemberData(nameof(Kasus))]
    public void Opens_on_the_round_of_today_else_the_latest_with_activity(Calon[] putaran, int? harapan) =>
        Assert.Equal(harapan, PutaranKini.Pilih(putaran, HariIni));
}

[Trait("Category", "Data")]
public class PutaranKiniPageTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Coverage_and_the_certificate_list_open_on_the_current_round_not_the_newest_empty_one()
    {
        var (kini, kosong) = await _app.WithDbAsync(async db =>
        {
            var hari = Wib.Hari(DateTimeOffset.UtcNow);
            var berjalan = new PutaranPelatihan
            {
                Nama = "Putaran berjalan uji", TanggalMulai = hari, TanggalSelesai = hari.AddDays(20), Status = StatusPutaran.Berjalan,
                DibuatPada = DateTimeOffset.UtcNow,
            };
            berjalan.Sesi.Add(new Sesi
            {
                VenueKode = "BGL", Kapasitas = 10, Status = StatusSesi.Dibuka, Tanggal = hari.AddDays(3),
                MulaiUtc = DateTimeOffset.UtcNow.AddDays(3), SelesaiUtc = DateTimeOffset.UtcNow.AddDays(3).AddHours(5),
            });
            var baru = new PutaranPelatihan
            {
                Nama = "Putaran kosong uji", TanggalMulai = hari.AddDays(60), TanggalSelesai = hari.AddDays(80), Status = StatusPutaran.Draf,
                DibuatPada = DateTimeOffset.UtcNow,
            };
            db.PutaranPelatihan.AddRange(berjalan, baru);
            await db.SaveChangesAsync();
            return (berjalan.Id, baru.Id);
        });

        var admin = await _app.LoginAsync("admin");
        var cakupan = await admin.GetDocumentAsync("/Staf/Cakupan");
        Assert.Equal(kini.ToString(), cakupan.QuerySelector("#putaran option[selected]")!.GetAttribute("value"));
        var sertifikat = await admin.GetDocumentAsync("/Admin/Sertifikat");
        Assert.Equal(kini.ToString(), sertifikat.QuerySelector("#putaranId option[selected]")!.GetAttribute("value"));
        Assert.NotEqual(kini, kosong);
    }
}
