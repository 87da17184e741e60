using DtksTraining.Tests.Sertifikat;
using DtksTraining.Web.Jadwal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DtksTraining.Tests.Browser;

[Trait("Category", "Browser")]
public class VerifikasiBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_stranger_on_a_phone_types_the_number_and_checks_the_pdf_within_budget()
    {
        var sertifikat = await browser.App.WithDbAsync(async db =>
        {
            var putaran = new PutaranPelatihan
            {
                Nama = "Putaran Uji Verifikasi", TanggalMulai = new DateOnly(2026, 9, 1), TanggalSelesai = new DateOnly(2026, 9, 30),
            };
            db.Add(putaran);
            await db.SaveChangesAsync();
            var userId = await db.Users.Where(u => u.UserName == "operator.bagelen").Select(u => u.Id).SingleAsync();
            return (putaran.Id, userId);
        });
        var terbitan = await VerifikasiUji.TerbitkanAsync(browser.App, TimeProvider.System, 7, sertifikat.userId, sertifikat.Id,
            "Raden Ajeng Kartika Dewi Puspitasari Wulandari Ningsih Kusumawardhani Simanjuntak");

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Verifikasi sertifikat" }).First.ClickAsync();
        await page.GetByLabel("Nomor sertifikat").FillAsync("dtks-psw/2026/000007");
        var weight = new PageWeight(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/verifikasi/DTKS-PSW-2026-000007");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var (requests, bytes, detail) = await weight.MeasureAsync();
        Assert.True(requests <= 5, $"{requests} permintaan: {detail}");
        Assert.True(bytes <= 40 * 1024, $"{bytes} byte: {detail}");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"),
            "Halaman verifikasi melebar lebih dari 360 px.");
        Assert.Contains(terbitan.Sha256, await page.Locator(".rincian").InnerTextAsync());

        await page.GetByLabel("Berkas PDF sertifikat (paling besar 5 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "sertifikat.pdf", MimeType = "application/pdf", Buffer = terbitan.Pdf,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa PDF" }).ClickAsync();
        await Assertions.Expect(page.Locator(".hasil-pdf")).ToContainTextAsync("Cocok");
        await Foto.SimpanAsync(page, "verifikasi-360");
    }
}
