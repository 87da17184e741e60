using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Jadwal;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Cakupan;

[Trait("Category", "Data")]
public class CakupanTests : IAsyncLifetime
{
    private static readonly DateOnly Hari = new(2026, 10, 20);
    private readonly JadwalAppFactory _app = new();
    private int _putaran;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_app).InitializeAsync();
        _app.CreateClient();
        var sesi = await _app.BuatSesiAsync(Hari, 40, ("18.09.05", 10));
        _putaran = await _app.WithDbAsync(db => db.Sesi.Where(s => s.Id == sesi).Select(s => s.PutaranId).SingleAsync());
        _app.Clock.SetUtcNow(Wib.Pada(Hari.AddDays(-7), new TimeOnly(9, 0)).ToUniversalTime());
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Untrained_desa_are_invited_once_and_people_without_email_are_listed()
    {
        await _app.WithDbAsync(db => db.Users.Where(u => u.UserName == "kades.banjaran")
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Email, "kades.banjaran@desa.example")));
        var admin = await _app.LoginAsync("admin");
        var page = await admin.GetDocumentAsync($"/Staf/Cakupan?putaran={_putaran}&kecamatan=18.09.05");
        var banjaran = page.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Banjaran"));
        Assert.Contains("belum", banjaran.ClassName);

        for (var kali = 0; kali < 2; kali++)
        {
            page = await admin.GetDocumentAsync($"/Staf/Cakupan?putaran={_putaran}&kecamatan=18.09.05");
            var hasil = await (await admin.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='handler=Undang']")).ReadDocumentAsync();
            var status = hasil.QuerySelector("[role=status]")!.TextContent;
            Assert.Contains($"Undangan dimasukkan ke antrean surel: {(kali == 0 ? 1 : 0)}", status);
            Assert.Contains("Lia Novita (Banjaran, ", status);
        }
        var surat = await _app.WithDbAsync(db => db.OutboxMail.Where(m => m.DedupKey.StartsWith("cakupan:undang-terbuka:"))
            .Select(m => new { m.Kepada, m.Subjek }).ToListAsync());
        var satu = Assert.Single(surat);
        Assert.Equal("kades.banjaran@desa.example", satu.Kepada);
        Assert.Equal("Undangan sesi pelatihan DTKS yang masih terbuka", satu.Subjek);
    }

    [Fact]
    public async Task Quiz_and_sandbox_results_show_per_kecamatan_and_desa_and_in_the_exports()
    {
        var kades = await _app.IdAsync("kades.bagelen");
        var op = await _app.IdAsync("operator.bagelen");
        var now = _app.Clock.GetUtcNow();
        await _app.WithDbAsync(async db =>
        {
            db.QuizAttempt.Add(new QuizAttempt { UserId = kades, QuizId = "ujian-kades", DrawJson = "[]", StartedAt = now, Deadline = now, GradedAt = now, Score = 80, Passed = true });
            db.QuizAttempt.Add(new QuizAttempt { UserId = op, QuizId = "ujian-operator", DrawJson = "[]", StartedAt = now, Deadline = now, GradedAt = now, Score = 40, Passed = false });
            db.PenyelesaianLatihan.Add(new PenyelesaianLatihan { UserId = op, LatihanId = "latihan-1", Lulus = true, SkorTerbaik = 100, JumlahPeriksa = 1, LulusPada = now, DiperiksaPada = now });
            await db.SaveChangesAsync();
            return 0;
        });
        var admin = await _app.LoginAsync("admin");
        var page = await admin.GetDocumentAsync($"/Staf/Cakupan?putaran={_putaran}&kecamatan=18.09.01");
        var gedong = page.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Gedong Tataan"));
        Assert.Contains("1 / 2 (50%)", gedong.TextContent);
        Assert.Contains("1 / 1 (100%)", gedong.TextContent);
        var bagelen = page.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Bagelen"));
        // No attendance yet; the Kepala Desa passed a quiz (15) and the operator did the sandbox (30).
        Assert.Equal("45", bagelen.QuerySelectorAll("td")[6].TextContent.Trim());
        Assert.Equal("Kades: belum, Operator: belum", bagelen.QuerySelectorAll("td")[5].TextContent.Trim());
        Assert.NotNull(page.QuerySelector("details summary"));

        var csv = await admin.GetStringAsync($"/Staf/Cakupan?handler=Csv&putaran={_putaran}");
        Assert.Contains("Kades lulus kuis;Operator lulus kuis;Sandbox selesai;Kesiapan", csv);
        Assert.Contains("18.09.01;Gedong Tataan;18.09.01.2007;Bagelen;0;0;0;0;0;1;0;1;45", csv);
    }
}
