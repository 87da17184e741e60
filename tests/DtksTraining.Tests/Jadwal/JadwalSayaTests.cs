using System.Net;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Jadwal;

// "Jadwal saya" as a village head reads it: what is coming, what happened (with the attendance result), what was cancelled.
[Trait("Category", "Data")]
public class JadwalSayaTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private Task<string> IdAsync(string userName) =>
        _app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    // One round per session: a participant holds one place per round.
    private Task<(int SesiId, int EnrolmenId)> SesiAsync(string pesertaId, DateTimeOffset mulai, StatusEnrolmen status,
        StatusKehadiran? tanda = null, StatusSesi statusSesi = StatusSesi.Dibuka) =>
        _app.WithDbAsync(async db =>
        {
            var hari = Wib.Hari(mulai);
            var sesi = new Sesi
            {
                Putaran = new PutaranPelatihan
                {
                    Nama = "Putaran uji " + Guid.NewGuid().ToString("N")[..6], TanggalMulai = hari, TanggalSelesai = hari,
                    Status = StatusPutaran.Berjalan, DibuatPada = mulai.AddDays(-30),
                },
                VenueKode = "BGL", Kapasitas = 10, Status = statusSesi, Tanggal = hari, MulaiUtc = mulai, SelesaiUtc = mulai.AddHours(5),
                Terkonfirmasi = status == StatusEnrolmen.Terkonfirmasi ? 1 : 0,
            };
            sesi.Kecamatan.Add(new SesiKecamatan { KecamatanKode = "18.09.01", Kursi = 10, DilepasPada = mulai.AddDays(-3) });
            db.Sesi.Add(sesi);
            await db.SaveChangesAsync();
            var enrolmen = new Enrolmen
            {
                SesiId = sesi.Id, PutaranId = sesi.PutaranId, PesertaId = pesertaId, KecamatanKode = "18.09.01", Status = status,
                DidaftarkanOleh = pesertaId, DidaftarPada = mulai.AddDays(-20), Pin = Random.Shared.Next(100_000, 999_999).ToString(),
                TokenQr = Guid.NewGuid().ToString("N"), DibatalkanPada = status == StatusEnrolmen.Dibatalkan ? mulai.AddDays(-10) : null,
            };
            db.Enrolmen.Add(enrolmen);
            await db.SaveChangesAsync();
            if (tanda is { } t)
            {
                db.Kehadiran.Add(new KehadiranPeserta
                {
                    SesiId = sesi.Id, PesertaId = pesertaId, EnrolmenId = enrolmen.Id, Status = t, Cara = CaraCatat.Daftar,
                    DicatatOleh = "fasilitator", DicatatPada = mulai.AddHours(1),
                });
                await db.SaveChangesAsync();
            }
            return (sesi.Id, enrolmen.Id);
        });

    [Fact]
    public async Task Upcoming_past_and_cancelled_stand_apart_and_a_past_session_shows_its_attendance()
    {
        var kades = await IdAsync("kades.bagelen");
        var op = await IdAsync("operator.bagelen");
        var now = DateTimeOffset.UtcNow;
        var (_, mendatang) = await SesiAsync(kades, now.AddDays(10), StatusEnrolmen.Terkonfirmasi);
        var (_, hadir) = await SesiAsync(kades, now.AddDays(-20), StatusEnrolmen.Hadir, StatusKehadiran.Terlambat);
        var (_, tanpaTanda) = await SesiAsync(op, now.AddDays(-21), StatusEnrolmen.Terkonfirmasi);
        var (_, dibatalkan) = await SesiAsync(op, now.AddDays(12), StatusEnrolmen.Dibatalkan);

        var client = await _app.LoginAsync("kades.bagelen");
        var page = await client.GetDocumentAsync("/Peserta/Jadwal");
        string Bagian(int enrolmenId)
        {
            var e = page.QuerySelector($"#enrolmen-{enrolmenId}")!;
            while (e.LocalName != "h2") e = e.PreviousElementSibling!;
            return e.TextContent;
        }

        Assert.Equal("Sesi mendatang", Bagian(mendatang));
        Assert.Equal("Sesi yang sudah lewat", Bagian(hadir));
        Assert.Equal("Sesi yang sudah lewat", Bagian(tanpaTanda));
        Assert.Equal("Pendaftaran yang dibatalkan", Bagian(dibatalkan));
        Assert.Equal("Terlambat", page.QuerySelector($"#enrolmen-{hadir} .badge")!.TextContent.Trim());
        // A seat that nobody marked ended without attendance: it no longer reads "Terkonfirmasi".
        Assert.Equal("Tidak hadir (tidak tercatat)", page.QuerySelector($"#enrolmen-{tanpaTanda} .badge")!.TextContent.Trim());
        Assert.DoesNotContain("Terkonfirmasi", page.QuerySelector($"#enrolmen-{tanpaTanda}")!.TextContent);
        Assert.Null(page.QuerySelector($"#enrolmen-{dibatalkan} form"));

        // Cancelling is behind a closed disclosure, never the first button on the card.
        var kartu = page.QuerySelector($"#enrolmen-{mendatang}")!;
        var details = kartu.QuerySelector("details.konfirmasi")!;
        Assert.False(details.HasAttribute("open"));
        Assert.NotNull(details.QuerySelector($"form#batal-{mendatang} button.danger"));
        Assert.Null(kartu.QuerySelector(":scope > form"));
    }

    [Fact]
    public async Task The_enrol_list_offers_only_people_without_a_place_in_that_round()
    {
        var kades = await IdAsync("kades.bagelen");
        var op = await IdAsync("operator.bagelen");
        var (sesiId, _) = await SesiAsync(kades, DateTimeOffset.UtcNow.AddDays(15), StatusEnrolmen.Terkonfirmasi);

        var client = await _app.LoginAsync("kades.bagelen");
        var page = await client.GetDocumentAsync("/Peserta/Jadwal");
        var pilihan = page.QuerySelectorAll($"#peserta-{sesiId} option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal([op], pilihan);

        var daftar = await client.SubmitAsync(page, new Dictionary<string, string>(), $"form#daftar-{sesiId}");
        var setelah = await daftar.ReadDocumentAsync();
        Assert.Contains("Nur Aini mendapat kursi", setelah.Body!.TextContent);
        Assert.Contains("Semua orang dari desa Anda sudah terdaftar di putaran ini.", setelah.QuerySelector($"form#daftar-{sesiId}")!.TextContent);
    }

    [Fact]
    public async Task A_participant_shares_their_own_enrolment_on_whatsapp()
    {
        var kades = await IdAsync("kades.bagelen");
        var mulai = DateTimeOffset.UtcNow.AddDays(9);
        var (_, enrolmenId) = await SesiAsync(kades, mulai, StatusEnrolmen.Terkonfirmasi);
        var pin = await _app.WithDbAsync(db => db.Enrolmen.Where(e => e.Id == enrolmenId).Select(e => e.Pin).SingleAsync());

        var client = await _app.LoginAsync("kades.bagelen");
        var page = await client.GetDocumentAsync("/Peserta/Jadwal");
        var href = page.QuerySelector($"#enrolmen-{enrolmenId} a[data-whatsapp]")!.GetAttribute("href")!;
        Assert.StartsWith("https://wa.me/?text=", href);
        var teks = Uri.UnescapeDataString(href["https://wa.me/?text=".Length..]);
        Assert.Contains($"PIN check-in: {pin}", teks);
        Assert.Contains($"Waktu: {Wib.Dari(mulai).ToString("dddd, d MMMM yyyy", new System.Globalization.CultureInfo("id-ID"))}", teks);
        Assert.Contains("Simpan ke kalender: https://calendar.google.com/", teks);
    }

    [Fact]
    public async Task Cancelling_without_a_reason_keeps_the_disclosure_open_with_the_message_next_to_the_field()
    {
        var kades = await IdAsync("kades.bagelen");
        var (_, enrolmenId) = await SesiAsync(kades, DateTimeOffset.UtcNow.AddDays(20), StatusEnrolmen.Terkonfirmasi);
        var client = await _app.LoginAsync("kades.bagelen");
        var page = await client.GetDocumentAsync("/Peserta/Jadwal");

        var tanpaAlasan = await client.SubmitAsync(page, new Dictionary<string, string>(), $"form#batal-{enrolmenId}");
        Assert.Equal(HttpStatusCode.OK, tanpaAlasan.StatusCode);
        var galat = await tanpaAlasan.ReadDocumentAsync();
        Assert.True(galat.QuerySelector($"#enrolmen-{enrolmenId} details")!.HasAttribute("open"));
        Assert.Equal("Alasan pembatalan wajib diisi.", galat.QuerySelector($"form#batal-{enrolmenId} .field-error")!.TextContent.Trim());
        Assert.Equal(StatusEnrolmen.Terkonfirmasi, await _app.WithDbAsync(db => db.Enrolmen.Where(e => e.Id == enrolmenId).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task Staff_share_each_participant_and_the_session_on_whatsapp_and_cancel_one_only_through_a_confirm_naming_them()
    {
        var kades = await IdAsync("kades.bagelen");
        var (sesiId, enrolmenId) = await SesiAsync(kades, DateTimeOffset.UtcNow.AddDays(7), StatusEnrolmen.Terkonfirmasi);
        var tanpaNomor = await _app.WithDbAsync(async db =>
        {
            var op = await db.Users.SingleAsync(u => u.UserName == "operator.bagelen");
            op.PhoneNumber = null;
            var sesi = await db.Sesi.SingleAsync(s => s.Id == sesiId);
            var e = new Enrolmen
            {
                SesiId = sesiId, PutaranId = sesi.PutaranId, PesertaId = op.Id, KecamatanKode = "18.09.01", Status = StatusEnrolmen.DaftarTunggu,
                DidaftarkanOleh = op.Id, DidaftarPada = DateTimeOffset.UtcNow, Pin = "111222", TokenQr = Guid.NewGuid().ToString("N"),
            };
            db.Enrolmen.Add(e);
            await db.SaveChangesAsync();
            return e.Id;
        });
        var pin = await _app.WithDbAsync(db => db.Enrolmen.Where(e => e.Id == enrolmenId).Select(e => e.Pin).SingleAsync());

        var admin = await _app.LoginAsync("admin");
        var page = await admin.GetDocumentAsync($"/Admin/Jadwal/PesertaSesi/{sesiId}");

        var pribadi = page.QuerySelector($"#enrolmen-{enrolmenId} a[data-whatsapp]")!.GetAttribute("href")!;
        Assert.StartsWith("https://wa.me/6281379002001?text=", pribadi);
        var teks = Uri.UnescapeDataString(pribadi[(pribadi.IndexOf("?text=") + 6)..]);
        Assert.Contains("Yth. Sutrisno,", teks);
        Assert.Contains($"PIN check-in: {pin}", teks);
        Assert.Contains("Tempat: ", teks);
        Assert.Contains("Simpan ke kalender: https://calendar.google.com/", teks);

        // Cancelling one participant is behind a closed confirm that names them and says what follows.
        var batal = page.QuerySelector($"#enrolmen-{enrolmenId} details.konfirmasi")!;
        Assert.False(batal.HasAttribute("open"));
        Assert.Contains("Pendaftaran Sutrisno dibatalkan dan ia dikabari lewat surel", batal.QuerySelector(".warn")!.TextContent);
        Assert.Equal("Ya, batalkan pendaftaran Sutrisno", batal.QuerySelector($"form#batal-{enrolmenId} button.danger")!.TextContent);
        var tanpaAlasan = await (await admin.SubmitAsync(page, new Dictionary<string, string>(), $"form#batal-{enrolmenId}")).ReadDocumentAsync();
        Assert.True(tanpaAlasan.QuerySelector($"#enrolmen-{enrolmenId} details.konfirmasi")!.HasAttribute("open"));
        Assert.Equal("Alasan pembatalan wajib diisi.", tanpaAlasan.QuerySelector($"form#batal-{enrolmenId} .field-error")!.TextContent.Trim());

        Assert.Null(page.QuerySelector($"#enrolmen-{tanpaNomor} a[data-whatsapp]"));
        Assert.Contains("Nomor ponsel belum tercatat", page.QuerySelector($"#enrolmen-{tanpaNomor}")!.TextContent);

        var sesiTautan = page.QuerySelector("#whatsapp-sesi")!.GetAttribute("href")!;
        Assert.StartsWith("https://wa.me/?text=", sesiTautan);
        var teksSesi = Uri.UnescapeDataString(sesiTautan["https://wa.me/?text=".Length..]);
        Assert.DoesNotContain("PIN", teksSesi);
        Assert.Contains("Pelatihan DTKS: Putaran uji", teksSesi);
    }
}
