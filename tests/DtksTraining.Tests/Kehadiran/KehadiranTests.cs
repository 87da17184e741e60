using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Jadwal;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace DtksTraining.Tests.Kehadiran;

[Trait("Category", "Data")]
public class KehadiranTests : IAsyncLifetime
{
    private static readonly DateOnly Hari = new(2026, 10, 20);
    private readonly JadwalAppFactory _app = new();
    private int _sesiId;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_app).InitializeAsync();
        _app.CreateClient();
        _sesiId = await _app.BuatSesiAsync(Hari, 40);
        foreach (var user in new[] { "kades.bagelen", "operator.bagelen" })
        {
            var id = await _app.IdAsync(user);
            var hasil = await _app.DenganAsync(p => p.DaftarkanAsync(_sesiId, id, id));
            Assert.Null(hasil.Galat);
        }
        _app.Clock.SetUtcNow(Wib.Pada(Hari, new TimeOnly(7, 45)).ToUniversalTime());
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private Task<string> PinAsync(string user) => _app.WithDbAsync(async db =>
        await db.Enrolmen.Where(e => e.SesiId == _sesiId && e.Peserta!.UserName == user).Select(e => e.Pin).SingleAsync());

    private Task<List<(string User, StatusKehadiran Status, bool TanpaDaftar)>> MarksAsync() => _app.WithDbAsync(async db =>
        (await db.Kehadiran.Where(k => k.SesiId == _sesiId).Select(k => new { k.Peserta!.UserName, k.Status, k.TanpaDaftar }).ToListAsync())
        .Select(k => (k.UserName!, k.Status, k.TanpaDaftar)).OrderBy(k => k.Item1).ToList());

    [Fact]
    public async Task The_facilitator_checks_both_in_by_pin_and_a_repeated_pin_marks_once()
    {
        var client = await _app.LoginAsync("fasilitator");
        foreach (var user in new[] { "kades.bagelen", "operator.bagelen", "kades.bagelen" })
        {
            var roster = await client.GetDocumentAsync($"/Staf/Kehadiran/Sesi/{_sesiId}");
            var response = await client.SubmitAsync(roster, new Dictionary<string, string> { ["pin"] = await PinAsync(user) }, "form[action*='handler=Pin']");
            Assert.Contains(": Hadir.", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal([("kades.bagelen", StatusKehadiran.Hadir, false), ("operator.bagelen", StatusKehadiran.Hadir, false)], await MarksAsync());
        var statuses = await _app.StatusAsync(_sesiId);
        Assert.All(statuses, s => Assert.Equal(StatusEnrolmen.Hadir, s));
    }

    [Fact]
    public async Task A_wrong_pin_is_answered_in_bahasa_and_kept_in_the_field()
    {
        var client = await _app.LoginAsync("fasilitator");
        var roster = await client.GetDocumentAsync($"/Staf/Kehadiran/Sesi/{_sesiId}");
        var response = await client.SubmitAsync(roster, new Dictionary<string, string> { ["pin"] = "12345" }, "form[action*='handler=Pin']");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("PIN terdiri dari 6 angka", html);
        Assert.Contains("value=\"12345\"", html);
        Assert.Empty(await MarksAsync());
    }

    [Fact]
    public async Task Marking_by_button_walk_ins_and_the_closed_window()
    {
        var client = await _app.LoginAsync("fasilitator");
        var roster = await client.GetDocumentAsync($"/Staf/Kehadiran/Sesi/{_sesiId}");
        var operatorForm = roster.QuerySelectorAll("form[action*='handler=Tandai']")
            .Cast<AngleSharp.Html.Dom.IHtmlFormElement>()
            .Single(f => f.ParentElement!.TextContent.Contains("Nur Aini"));
        await client.SubmitAsync(operatorForm, new Dictionary<string, string>(), "button[value=Izin]");

        roster = await client.GetDocumentAsync($"/Staf/Kehadiran/Sesi/{_sesiId}");
        var walkIn = await client.SubmitAsync(roster, new Dictionary<string, string> { ["namaPengguna"] = "kades.bunut" }, "form[action*='handler=TanpaDaftar']");
        Assert.Contains("Darmawan: Hadir.", await walkIn.Content.ReadAsStringAsync());
        Assert.Equal([("kades.bunut", StatusKehadiran.Hadir, true), ("operator.bagelen", StatusKehadiran.Izin, false)], await MarksAsync());

        _app.Clock.SetUtcNow(Wib.Pada(Hari.AddDays(1), new TimeOnly(9, 0)).ToUniversalTime());
        roster = await client.GetDocumentAsync($"/Staf/Kehadiran/Sesi/{_sesiId}");
        Assert.Contains("sudah ditutup", roster.Body!.TextContent);
        var late = await client.SubmitAsync(roster, new Dictionary<string, string> { ["pin"] = await PinAsync("kades.bagelen") }, "form[action*='handler=Pin']");
        Assert.Contains("Koreksi hanya dapat dilakukan oleh Admin", await late.Content.ReadAsStringAsync());

        var admin = await _app.LoginAsync("admin");
        roster = await admin.GetDocumentAsync($"/Staf/Kehadiran/Sesi/{_sesiId}");
        var corrected = await admin.SubmitAsync(roster, new Dictionary<string, string> { ["pin"] = await PinAsync("kades.bagelen") }, "form[action*='handler=Pin']");
        Assert.Contains("Sutrisno: Terlambat.", await corrected.Content.ReadAsStringAsync());
        var audit = await _app.WithDbAsync(db => db.AuditEntry.Where(a => a.Entitas == nameof(AppDbContext.Kehadiran) && a.Pengguna == "admin").CountAsync());
        Assert.Equal(1, audit);
    }

    [Fact]
    public async Task A_participant_checks_in_with_the_code_on_the_projector()
    {
        var staff = await _app.LoginAsync("fasilitator");
        var projector = await staff.GetDocumentAsync($"/Staf/Kehadiran/Kode/{_sesiId}");
        var code = projector.QuerySelector("code.big")!.TextContent.Trim();

        var operatorClient = await _app.LoginAsync("operator.bagelen");
        var page = await operatorClient.GetDocumentAsync("/Peserta/CheckIn");
        var wrong = await operatorClient.SubmitAsync(page, new Dictionary<string, string> { ["kode"] = code == "000000" ? "111111" : "000000" });
        Assert.Contains("Kode salah atau sudah berganti", await wrong.Content.ReadAsStringAsync());

        _app.Clock.Advance(TimeSpan.FromSeconds(30));
        var right = await operatorClient.SubmitAsync(await wrong.ReadDocumentAsync(), new Dictionary<string, string> { ["kode"] = code });
        Assert.Contains("kehadiran Anda tercatat: Hadir", await right.Content.ReadAsStringAsync());
        Assert.Equal([("operator.bagelen", StatusKehadiran.Hadir, false)], await MarksAsync());

        _app.Clock.Advance(TimeSpan.FromMinutes(3));
        var stale = await operatorClient.SubmitAsync(await operatorClient.GetDocumentAsync("/Peserta/CheckIn"), new Dictionary<string, string> { ["kode"] = code });
        Assert.Contains("Kode salah atau sudah berganti", await stale.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_daftar_hadir_pdf_lists_every_participant_with_numbered_signature_places()
    {
        var client = await _app.LoginAsync("fasilitator");
        var response = await client.GetAsync($"/Staf/Kehadiran/DaftarHadir/{_sesiId}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        foreach (var expected in new[] { "DAFTAR HADIR", "Balai Desa Bagelen", "Selasa, 20 Oktober 2026", "Sutrisno", "Nur Aini", "Bagelen", "Tanda tangan", "1.", "2." })
            Assert.Contains(expected, text);
    }

    [Fact]
    public async Task The_berita_acara_counts_present_late_excused_and_absent()
    {
        var client = await _app.LoginAsync("fasilitator");
        var roster = await client.GetDocumentAsync($"/Staf/Kehadiran/Sesi/{_sesiId}");
        await client.SubmitAsync(roster, new Dictionary<string, string> { ["pin"] = await PinAsync("kades.bagelen") }, "form[action*='handler=Pin']");
        var response = await client.GetAsync($"/Staf/Kehadiran/BeritaAcara/{_sesiId}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = pdf.GetPage(1).Text;
        foreach (var expected in new[] { "BERITA ACARA PELAKSANAAN PELATIHAN", "Selasa, 20 Oktober 2026", "Balai Desa Bagelen",
                     "Peserta terdaftar: 2 orang", "Hadir tepat waktu: 1 orang", "Tidak hadir: 1 orang", "Kepala Dinas Sosial" })
            Assert.Contains(expected.Replace(" ", ""), text.Replace(" ", ""));
    }

    [Fact]
    public async Task Coverage_changes_when_a_village_head_attends_and_exports_match()
    {
        var admin = await _app.LoginAsync("admin");
        var putaran = await _app.WithDbAsync(db => db.Sesi.Where(s => s.Id == _sesiId).Select(s => s.PutaranId).SingleAsync());
        var before = await admin.GetDocumentAsync($"/Staf/Cakupan?putaran={putaran}&kecamatan=18.09.01");
        var gedong = before.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Gedong Tataan"));
        Assert.Contains("0 / 1", gedong.TextContent);

        var staff = await _app.LoginAsync("fasilitator");
        var roster = await staff.GetDocumentAsync($"/Staf/Kehadiran/Sesi/{_sesiId}");
        await staff.SubmitAsync(roster, new Dictionary<string, string> { ["pin"] = await PinAsync("kades.bagelen") }, "form[action*='handler=Pin']");

        var after = await admin.GetDocumentAsync($"/Staf/Cakupan?putaran={putaran}&kecamatan=18.09.01");
        gedong = after.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Gedong Tataan"));
        Assert.Contains("1 / 1", gedong.TextContent);
        Assert.NotNull(after.QuerySelector("svg title"));
        var bagelen = after.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Bagelen"));
        Assert.Contains("hadir", bagelen.TextContent);

        var csv = await admin.GetStringAsync($"/Staf/Cakupan?handler=Csv&putaran={putaran}");
        Assert.Contains("18.09.01;Gedong Tataan;18.09.01.2007;Bagelen;1;1;1;0;0", csv);
        Assert.Equal(149, csv.Trim().Split('\n').Length);

        var xlsx = await admin.GetByteArrayAsync($"/Staf/Cakupan?handler=Xlsx&putaran={putaran}");
        using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var rows = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal(149, rows.Count);
        Assert.Contains(rows, r => r.InnerText.Contains("Bagelen"));
    }
}
