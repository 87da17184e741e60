using System.Net;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Jadwal;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Beranda;

// The demo with its round around "today" (a Wednesday, 10.00 WIB), as a newcomer finds it on first start.
public sealed class DemoBerjalanAppFactory : JadwalAppFactory
{
    public static readonly DateTimeOffset Sekarang = new(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);

    public DemoBerjalanAppFactory()
    {
        Clock.SetUtcNow(Sekarang);
        Settings["Demo:PutaranBerjalan"] = "true";
        Settings["Jobs:Server"] = "false";
    }
}

[Trait("Category", "Data")]
public class BerandaTests(DemoBerjalanAppFactory app) : IClassFixture<DemoBerjalanAppFactory>
{
    private static readonly DateOnly HariIni = new(2026, 12, 2);

    private static Task<(int Putaran, int Sesi, int Enrolmen, int Kehadiran, int Kuis, int Latihan, int Sertifikat)> HitungAsync(AppFactory f) =>
        f.WithDbAsync(async db => (await db.PutaranPelatihan.CountAsync(), await db.Sesi.CountAsync(), await db.Enrolmen.CountAsync(),
            await db.Kehadiran.CountAsync(), await db.QuizAttempt.CountAsync(), await db.PenyelesaianLatihan.CountAsync(),
            await db.Sertifikat.CountAsync()));

    [Fact]
    public async Task The_live_demo_round_has_past_sessions_with_attendance_today_and_open_sessions_at_five_venues()
    {
        app.CreateClient();
        var sesi = await app.WithDbAsync(db => db.Sesi.AsNoTracking()
            .Where(s => s.Putaran!.Nama != DemoJadwalSeeder.NamaPutaran)
            .Select(s => new
            {
                s.Id, s.Tanggal, s.Status, s.VenueKode, s.Kapasitas, s.Terkonfirmasi,
                Kursi = s.Enrolmen.Count(e => e.Status == StatusEnrolmen.Terkonfirmasi || e.Status == StatusEnrolmen.Hadir || e.Status == StatusEnrolmen.TidakHadir),
                Tunggu = s.Enrolmen.Count(e => e.Status == StatusEnrolmen.DaftarTunggu),
                Dicatat = db.Kehadiran.Count(k => k.SesiId == s.Id),
            }).ToListAsync());

        var lalu = sesi.Where(s => s.Tanggal < HariIni).ToList();
        Assert.Equal(2, lalu.Count);
        Assert.All(lalu, s => Assert.True(s.Tanggal >= HariIni.AddDays(-14), $"{s.Tanggal} lebih dari dua minggu lalu"));
        Assert.All(lalu, s => Assert.Equal(s.Kursi, s.Dicatat));
        Assert.Single(sesi, s => s.Tanggal == HariIni);
        var mendatang = sesi.Where(s => s.Tanggal > HariIni).ToList();
        Assert.All(mendatang, s => Assert.Equal(StatusSesi.Dibuka, s.Status));
        Assert.Equal(["BGL", "KDG", "NUJ", "PDC", "SKR"], mendatang.Select(s => s.VenueKode).Distinct().Order());
        Assert.All(sesi, s => Assert.Equal(s.Kursi, s.Terkonfirmasi));
        Assert.Contains(mendatang, s => s.Kursi > 0 && s.Kursi < s.Kapasitas);
        Assert.Contains(mendatang, s => s.Tunggu > 0 && s.Kursi == s.Kapasitas);

        var jumlah = await HitungAsync(app);
        Assert.True(jumlah.Kuis >= 5 && jumlah.Latihan >= 1, jumlah.ToString());
        Assert.True(await app.WithDbAsync(db => db.Set<DtksTraining.Web.Belajar.QuizAnswer>().AnyAsync()));

        // Certificates come from the issuing code: each has its PDF and credential and is verifiable in public.
        var sertifikat = await app.WithDbAsync(db => db.Sertifikat.AsNoTracking()
            .Select(s => new { s.Nomor, s.Pdf.Length, s.VcJwt, s.Status }).ToListAsync());
        Assert.Equal(3, sertifikat.Count);
        foreach (var s in sertifikat)
        {
            Assert.True(s.Length > 1000 && s.VcJwt.Length > 0 && s.Status == StatusSertifikat.Berlaku);
            var verifikasi = await app.CreateClient().GetAsync("/verifikasi/" + NomorSertifikat.Parse(s.Nomor).UntukUrl);
            Assert.Equal(HttpStatusCode.OK, verifikasi.StatusCode);
        }
    }

    [Fact]
    public async Task A_second_start_on_the_same_data_folder_seeds_nothing_twice_even_days_later()
    {
        app.CreateClient();
        var sebelum = await HitungAsync(app);
        await using var kedua = new JadwalAppFactory();
        kedua.Settings["Demo:PutaranBerjalan"] = "true";
        kedua.Settings["Jobs:Server"] = "false";
        kedua.UseDataOf(app);
        kedua.Clock.SetUtcNow(DemoBerjalanAppFactory.Sekarang.AddDays(9));
        kedua.CreateClient();
        Assert.Equal(sebelum, await HitungAsync(kedua));
    }

    [Fact]
    public async Task A_village_head_enrols_in_one_tap_from_home_and_then_sees_the_session_with_pin_and_calendar()
    {
        var kades = await app.LoginAsync("kades.bagelen");
        var beranda = await kades.GetDocumentAsync("/");
        Assert.Contains("Sesi yang dibuka untuk kecamatan Anda", beranda.Body!.TextContent);
        var jawab = await kades.SubmitAsync(beranda, new Dictionary<string, string>(), "form[id^=daftar-]");
        Assert.Equal(HttpStatusCode.OK, jawab.StatusCode);
        Assert.Contains("Sutrisno mendapat kursi", (await jawab.ReadDocumentAsync()).Body!.TextContent);

        beranda = await kades.GetDocumentAsync("/");
        Assert.Contains("Sesi pelatihan Anda", beranda.Body!.TextContent);
        Assert.Matches(@"^\d{6}$", beranda.QuerySelector("code.big")!.TextContent.Trim());
        var ics = beranda.QuerySelector("a[href*='handler=Kalender']")!.GetAttribute("href")!;
        var kalender = await kades.GetAsync(ics);
        Assert.Equal("text/calendar", kalender.Content.Headers.ContentType!.MediaType);
        // The desa's readiness lists the head, now enrolled, and the operator who is not.
        var kesiapan = beranda.QuerySelector("section[aria-labelledby=kesiapan]")!.TextContent;
        Assert.Contains("Sutrisno", kesiapan);
        Assert.Contains("Terdaftar", kesiapan);
        Assert.Contains("Nur Aini", kesiapan);
        Assert.Contains("Belum terdaftar", kesiapan);
    }

    [Fact]
    public async Task An_operator_sees_the_learning_path_with_the_next_undone_step_highlighted_and_every_line_a_link()
    {
        var selesai = await (await app.LoginAsync("operator.kagunganratu")).GetDocumentAsync("/");
        Assert.Equal(5, selesai.QuerySelectorAll("ol.langkah li.selesai").Length);
        Assert.Contains("Terbit: " + NomorSertifikat.Awalan, selesai.QuerySelector("ol.langkah")!.TextContent);

        var beranda = await (await app.LoginAsync("operator.banjaran")).GetDocumentAsync("/");
        var langkah = beranda.QuerySelectorAll("ol.langkah li");
        Assert.Equal(5, langkah.Length);
        Assert.All(langkah, l => Assert.NotNull(l.QuerySelector("a[href]")));
        var berikut = Assert.Single(beranda.QuerySelectorAll("ol.langkah li.berikut"));
        Assert.Equal("/Sandbox/Latihan/Detail/" + DemoPutaranBerjalanSeeder.LatihanWajib, berikut.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/Belajar", beranda.QuerySelector("nav a[href='/Belajar']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_facilitator_sees_todays_session_with_its_attendance_page_and_the_admin_the_round_at_a_glance()
    {
        var hariIni = await app.WithDbAsync(db => db.Sesi.Where(s => s.Tanggal == HariIni).Select(s => s.Id).SingleAsync());
        var fasilitator = await (await app.LoginAsync("fasilitator")).GetDocumentAsync("/");
        Assert.NotNull(fasilitator.QuerySelector($"a[href='/Staf/Kehadiran/Sesi/{hariIni}']"));
        Assert.NotNull(fasilitator.QuerySelector($"a[href='/Staf/Kehadiran/Kode/{hariIni}']"));

        var admin = await (await app.LoginAsync("admin")).GetDocumentAsync("/");
        var ringkasan = admin.QuerySelector("section[aria-labelledby=putaran-kini]")!;
        Assert.Contains("desa lengkap dari 148", ringkasan.TextContent);
        Assert.DoesNotContain("Cakupan: 0 desa", ringkasan.TextContent);
        Assert.Contains("di daftar tunggu", ringkasan.TextContent);
        Assert.True(ringkasan.QuerySelectorAll("a[href]").Length >= 6);
        foreach (var grup in new[] { "Jadwal", "Peserta", "Sertifikat", "Laporan", "Sistem" })
            Assert.NotNull(admin.QuerySelector($"nav [role=group][aria-label='{grup}']"));
    }
}
