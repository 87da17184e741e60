using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Jadwal;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Jadwal;

[Trait("Category", "Data")]
public class JadwalPageTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static readonly DateOnly Mulai = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);

    private async Task<int> BuatPutaranAsync(HttpClient admin, string nama)
    {
        var form = await admin.GetDocumentAsync("/Admin/Jadwal/Putaran");
        var simpan = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Nama"] = nama,
            ["Input.TanggalMulai"] = Iso(Mulai),
            ["Input.TanggalSelesai"] = Iso(Mulai.AddDays(13)),
            ["Input.Status"] = nameof(StatusPutaran.Berjalan),
        });
        Assert.True(simpan.StatusCode == HttpStatusCode.OK, $"{(int)simpan.StatusCode} {simpan.RequestMessage!.RequestUri}: {await simpan.Content.ReadAsStringAsync()}");
        Assert.Contains("/Admin/Jadwal/Sesi/", simpan.RequestMessage!.RequestUri!.AbsolutePath);
        return await _app.WithDbAsync(db => db.PutaranPelatihan.Where(p => p.Nama == nama).Select(p => p.Id).SingleAsync());
    }

    [Fact]
    public async Task Admin_plans_a_round_and_a_village_head_enrols_views_and_cancels()
    {
        var admin = await _app.LoginAsync("admin");
        var putaranId = await BuatPutaranAsync(admin, "Pelatihan Uji Halaman");

        var perencana = await admin.GetDocumentAsync($"/Admin/Jadwal/Perencana/{putaranId}");
        Assert.Contains("Usulan:", perencana.Body!.TextContent);
        var konfirmasi = perencana.QuerySelector("details.konfirmasi:has(#form-terima)")!;
        Assert.False(konfirmasi.HasAttribute("open"));
        var jumlahUsulan = perencana.QuerySelectorAll("section.usulan").Length;
        Assert.Contains($"Membuat {jumlahUsulan} sesi dengan", konfirmasi.QuerySelector(".warn")!.TextContent);
        Assert.Equal($"Ya, buat {jumlahUsulan} sesi", konfirmasi.QuerySelector("button")!.TextContent);
        var terima = await admin.SubmitAsync(perencana, new Dictionary<string, string>(), "#form-terima");
        var daftarSesi = await terima.ReadDocumentAsync();
        Assert.Contains("sesi dibuat dari usulan perencana", daftarSesi.Body!.TextContent);
        var sesiBagelen = await _app.WithDbAsync(db => db.Sesi
            .Where(s => s.PutaranId == putaranId && s.Kecamatan.Any(k => k.KecamatanKode == "18.09.01"))
            .Select(s => s.Id).FirstAsync());
        Assert.True(await _app.WithDbAsync(db => db.Sesi.CountAsync(s => s.PutaranId == putaranId)) >= 6);

        var buka = await admin.SubmitAsync(daftarSesi, new Dictionary<string, string>(), $"form#buka-{sesiBagelen}");
        Assert.Contains("Dibuka untuk pendaftaran", (await buka.ReadDocumentAsync()).Body!.TextContent);

        var kades = await _app.LoginAsync("kades.bagelen");
        var jadwal = await kades.GetDocumentAsync("/Peserta/Jadwal");
        var operatorId = await _app.WithDbAsync(db => db.Users.Where(u => u.UserName == "operator.bagelen").Select(u => u.Id).SingleAsync());
        var diri = await kades.SubmitAsync(jadwal, new Dictionary<string, string>(), $"form#daftar-{sesiBagelen}");
        var setelahDiri = await diri.ReadDocumentAsync();
        Assert.Contains("Sutrisno mendapat kursi", setelahDiri.Body!.TextContent);
        var op = await kades.SubmitAsync(setelahDiri, new Dictionary<string, string> { ["PesertaId"] = operatorId }, $"form#daftar-{sesiBagelen}");
        var halaman = await op.ReadDocumentAsync();
        Assert.Contains("Nur Aini mendapat kursi", halaman.Body!.TextContent);
        Assert.Equal(2, halaman.QuerySelectorAll("code.big").Length);
        Assert.Contains("WIB", halaman.Body.TextContent);

        // Both people of the desa now hold a seat in this round: the session offers nobody and no button.
        var sesiPenuhOrang = halaman.QuerySelector($"form#daftar-{sesiBagelen}")!;
        Assert.Contains("Semua orang dari desa Anda sudah terdaftar di putaran ini.", sesiPenuhOrang.TextContent);
        Assert.Null(sesiPenuhOrang.QuerySelector("select, button"));

        var enrolmen = await _app.WithDbAsync(db => db.Enrolmen.Where(e => e.SesiId == sesiBagelen).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync());
        var ics = await kades.GetAsync($"/Peserta/Jadwal?handler=Kalender&id={enrolmen[0]}");
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType!.MediaType);
        var isiIcs = await ics.Content.ReadAsStringAsync();
        Assert.Contains("METHOD:REQUEST", isiIcs);
        Assert.Contains(KalenderUndangan.Uid(enrolmen[0]), isiIcs);

        var operatorClient = await _app.LoginAsync("operator.bagelen");
        Assert.Equal(HttpStatusCode.NotFound, (await operatorClient.GetAsync($"/Peserta/Jadwal?handler=Kalender&id={enrolmen[0]}")).StatusCode);

        var tanpaAlasan = await kades.SubmitAsync(halaman, new Dictionary<string, string>(), $"form#batal-{enrolmen[1]}");
        var galat = await tanpaAlasan.ReadDocumentAsync();
        Assert.Equal("Alasan pembatalan wajib diisi.", galat.QuerySelector($"form#batal-{enrolmen[1]} .field-error")!.TextContent.Trim());
        var batal = await kades.SubmitAsync(galat, new Dictionary<string, string> { ["Alasan"] = "Operator sakit" }, $"form#batal-{enrolmen[1]}");
        Assert.Contains("Pendaftaran dibatalkan.", (await batal.ReadDocumentAsync()).Body!.TextContent);
        Assert.Equal(StatusEnrolmen.Dibatalkan, await _app.WithDbAsync(db => db.Enrolmen.Where(e => e.Id == enrolmen[1]).Select(e => e.Status).SingleAsync()));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Sesi.Where(s => s.Id == sesiBagelen).Select(s => s.Terkonfirmasi).SingleAsync()));
    }

    [Fact]
    public async Task A_session_that_clashes_shows_bahasa_errors_next_to_the_fields_and_keeps_the_input()
    {
        var admin = await _app.LoginAsync("admin");
        var putaranId = await BuatPutaranAsync(admin, "Pelatihan Uji Bentrok");
        async Task<IHtmlDocument> Kirim(string tanggal, string mulai, string selesai)
        {
            var form = await admin.GetDocumentAsync($"/Admin/Jadwal/EditSesi/{putaranId}");
            var r = await admin.SubmitAsync(form, new Dictionary<string, string>
            {
                ["Input.Tanggal"] = tanggal, ["Input.JamMulai"] = mulai, ["Input.JamSelesai"] = selesai,
                ["Input.VenueKode"] = "KDG", ["Input.Kapasitas"] = "40",
            });
            return await r.ReadDocumentAsync();
        }

        var pertama = await Kirim(Iso(Mulai.AddDays(1)), "08:00", "15:00");
        Assert.Contains("Sesi disimpan.", pertama.Body!.TextContent);

        var bentrok = await Kirim(Iso(Mulai.AddDays(1)), "15:00", "09:00");
        Assert.Contains("Satu venue hanya untuk satu sesi per hari", bentrok.QuerySelector("[data-valmsg-for='Input.VenueKode']")!.TextContent);
        Assert.Equal("Jam selesai harus setelah jam mulai.", bentrok.QuerySelector("[data-valmsg-for='Input.JamSelesai']")!.TextContent.Trim());
        Assert.Equal("40", ((IHtmlInputElement)bentrok.QuerySelector("#Input_Kapasitas")!).Value);
        Assert.Equal("KDG", ((IHtmlSelectElement)bentrok.QuerySelector("#Input_VenueKode")!).Value);

        var luar = await Kirim(Iso(Mulai.AddDays(30)), "08:00", "15:00");
        Assert.Contains("Tanggal sesi harus di dalam masa putaran", luar.QuerySelector("[data-valmsg-for='Input.Tanggal']")!.TextContent);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Sesi.CountAsync(s => s.PutaranId == putaranId)));
    }

    [Fact]
    public async Task A_village_head_can_enrol_only_themself_and_active_operators_of_their_own_desa()
    {
        var admin = await _app.LoginAsync("admin");
        var putaranId = await BuatPutaranAsync(admin, "Pelatihan Uji Peserta Desa");
        var daftarSesi = await (await admin.SubmitAsync(
            await admin.GetDocumentAsync($"/Admin/Jadwal/Perencana/{putaranId}"), new Dictionary<string, string>())).ReadDocumentAsync();
        var sesiBagelen = await _app.WithDbAsync(db => db.Sesi
            .Where(s => s.PutaranId == putaranId && s.Kecamatan.Any(k => k.KecamatanKode == "18.09.01")).Select(s => s.Id).FirstAsync());
        await admin.SubmitAsync(daftarSesi, new Dictionary<string, string>(), $"form#buka-{sesiBagelen}");
        Task<string> Id(string userName) => _app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

        var kades = await _app.LoginAsync("kades.bagelen");
        // The page offers only the head and the desa's operators; a tampered form adds anyone else as an option.
        async Task<HttpResponseMessage> Daftar(string pesertaId, int sesiId)
        {
            var jadwal = await kades.GetDocumentAsync("/Peserta/Jadwal");
            var form = (IHtmlFormElement)jadwal.QuerySelector($"form#daftar-{sesiBagelen}")!;
            var pilihan = (IHtmlSelectElement)form.QuerySelector("select[name=PesertaId]")!;
            var opsi = (IHtmlOptionElement)jadwal.CreateElement("option");
            opsi.Value = pesertaId;
            pilihan.AppendChild(opsi);
            return await kades.SubmitAsync(form, new Dictionary<string, string>
            {
                ["PesertaId"] = pesertaId, ["SesiId"] = sesiId.ToString(CultureInfo.InvariantCulture),
            });
        }

        await _app.WithDbAsync(db => db.Users.Where(u => u.UserName == "operator.bagelen").ExecuteUpdateAsync(u => u.SetProperty(x => x.Aktif, false)));
        foreach (var bukanPesertaDesa in new[] { await Id("operator.kagunganratu"), await Id("admin"), await Id("operator.bagelen"), "tidak-ada" })
        {
            var ditolak = await Daftar(bukanPesertaDesa, sesiBagelen);
            Assert.Equal(HttpStatusCode.OK, ditolak.StatusCode);
            var halaman = await ditolak.ReadDocumentAsync();
            Assert.Contains("Pilih sesi yang dibuka dan peserta dari desa Anda.", halaman.Body!.TextContent);
            Assert.NotNull(halaman.QuerySelector($"form#daftar-{sesiBagelen}"));
        }
        Assert.Equal(0, await _app.WithDbAsync(db => db.Enrolmen.CountAsync(e => e.SesiId == sesiBagelen)));

        var sesiLain = await _app.WithDbAsync(db => db.Sesi
            .Where(s => s.PutaranId == putaranId && !s.Kecamatan.Any(k => k.KecamatanKode == "18.09.01")).Select(s => s.Id).FirstAsync());
        var salahSesi = await Daftar(await Id("kades.bagelen"), sesiLain);
        var teksSalahSesi = (await salahSesi.ReadDocumentAsync()).QuerySelector("main")!.TextContent;
        Assert.True(teksSalahSesi.Contains("Pilih sesi yang dibuka dan peserta dari desa Anda."), teksSalahSesi);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Enrolmen.CountAsync(e => e.PutaranId == putaranId)));

        var diri = await Daftar(await Id("kades.bagelen"), sesiBagelen);
        Assert.Contains("Sutrisno mendapat kursi", (await diri.ReadDocumentAsync()).Body!.TextContent);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Enrolmen.CountAsync(e => e.SesiId == sesiBagelen)));
    }
}
