using DtksTraining.Tests.Sandbox;
using DtksTraining.Web.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DtksTraining.Tests.Browser;

// Issue #20 §1 in a real browser: an operator proposes, a facilitator plays verifikator, Kepala Dinas and pendamping PKH,
// the system sets the desil, and the operator reads where the proposal went and why.
[Trait("Category", "Browser")]
public class AlurDtsenBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Operator_verifikator_kepala_dinas_ground_check_and_desil_end_to_end()
    {
        var op = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(op, "operator.waykepayang");
        await op.GotoAsync("/Sandbox");
        var orang = await browser.App.WithDbAsync(db => SandboxUji.OrangBiasaAsync(db, "operator.waykepayang"));

        await op.GotoAsync($"/Sandbox/Keluarga/{orang.NoKk}");
        await op.Locator($"#art-{orang.Id} summary").ClickAsync();
        await op.Locator($"#alasan-{orang.Id}").SelectOptionAsync(new SelectOptionValue { Value = nameof(AlasanNonaktif.Menolak) });
        await op.Locator($"#art-{orang.Id}").GetByRole(AriaRole.Button, new() { Name = "Usulkan nonaktif" }).ClickAsync();
        await op.GotoAsync("/Sandbox/Usulan");
        await op.Locator("tbody tr", new() { HasText = orang.Nik }).Locator("a").ClickAsync();
        await op.Locator("#berkas").SetInputFilesAsync(new FilePayload
        {
            Name = "berita-acara-musdes.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% berita acara musdes\n%%EOF\n"u8.ToArray(),
        });
        await op.GetByRole(AriaRole.Button, new() { Name = "Unggah berita acara" }).ClickAsync();
        await op.GetByRole(AriaRole.Button, new() { Name = "Ajukan ke kabupaten" }).ClickAsync();
        await Assertions.Expect(op.Locator(".posisi")).ToContainTextAsync("menunggu verifikator");
        var detailOperator = op.Url;
        var id = int.Parse(new Uri(detailOperator).AbsolutePath.Split('/')[^1]);

        var staf = await browser.NewPageAsync(1280, 900);
        await BrowserFixture.LoginAsync(staf, "fasilitator");
        await staf.GotoAsync("/Staf/VerifikasiUsulan");
        await staf.Locator($"a[href='/Staf/VerifikasiUsulan/Detail/{id}']").ClickAsync();
        await staf.GetByRole(AriaRole.Button, new() { Name = "Setujui (verifikasi Dinsos)" }).ClickAsync();
        await Assertions.Expect(staf.Locator(".badge.status")).ToHaveTextAsync("Diverifikasi Dinsos");
        await staf.GetByRole(AriaRole.Button, new() { Name = "Sahkan" }).ClickAsync();
        await Assertions.Expect(staf.Locator(".badge.status")).ToHaveTextAsync("Disahkan Kepala Dinas");

        // The operator sees the proposal is now waiting for the pendamping PKH.
        await op.GotoAsync(detailOperator);
        await Assertions.Expect(op.Locator(".posisi")).ToContainTextAsync("pendamping PKH");

        await staf.GetByRole(AriaRole.Button, new() { Name = "Tidak sesuai" }).ClickAsync();
        await Assertions.Expect(staf.Locator(".errors")).ToContainTextAsync("Alasan wajib diisi");
        await staf.GetByLabel("Catatan pemeriksaan (wajib bila tidak sesuai)").FillAsync("Keluarga ditemui; keadaan rumah sesuai data.");
        await staf.GetByRole(AriaRole.Button, new() { Name = "Sesuai", Exact = true }).ClickAsync();
        await Assertions.Expect(staf.Locator(".badge.status")).ToHaveTextAsync("Pemeriksaan lapangan: sesuai");
        await staf.GetByRole(AriaRole.Button, new() { Name = "Tetapkan desil" }).ClickAsync();
        await Assertions.Expect(staf.Locator(".badge.status")).ToHaveTextAsync("Desil ditetapkan BPS");

        await op.GotoAsync(detailOperator);
        var desil = int.Parse(await op.Locator(".desil").InnerTextAsync());
        Assert.InRange(desil, 1, 10);
        var riwayat = await op.Locator(".riwayat").InnerTextAsync();
        Assert.Contains("pendamping PKH", riwayat);
        Assert.Contains("Keluarga ditemui; keadaan rumah sesuai data.", riwayat);
        Assert.Contains($"Desil {desil} (skor", riwayat);
        await op.Locator(".aturan-desil summary").ClickAsync();
        await Assertions.Expect(op.Locator(".aturan-desil")).ToContainTextAsync("Lantai tanah/bambu +3");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(op));
        Assert.False(await op.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"),
            "Halaman usulan melebar lebih dari 360 px.");
    }
}
