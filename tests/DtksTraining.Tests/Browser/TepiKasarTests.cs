using DtksTraining.Web.Belajar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DtksTraining.Tests.Browser;

// The rough edges a newcomer hit: console errors from the CSP, tables cut off on a phone or a laptop, a quiz sent by mistake.
[Trait("Category", "Browser")]
public class TepiKasarTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] HalamanStaf =
    [
        "/", "/Admin/Jadwal", "/Admin/Pengguna", "/Admin/Audit", "/Admin/KotakKeluar", "/Admin/Sertifikat", "/Admin/Impor",
        "/Staf/Kehadiran", "/Staf/Cakupan", "/Staf/Cakupan?kecamatan=18.09.01", "/Staf/AturUlangSandi", "/Staf/VerifikasiUsulan",
        "/Staf/SandboxKabupaten", "/Sandbox", "/Sandbox/Usulan", "/Belajar", "/Belajar/Rekap?kuis=ujian-kades", "/Akun/Saya/GantiSandi",
    ];

    private static readonly string[] HalamanKades = ["/", "/Peserta/Jadwal", "/Peserta/Sertifikat", "/Peserta/CheckIn", "/Belajar", "/Sandbox"];

    [BrowserFact]
    public async Task Pages_log_no_console_error_and_fit_360_and_1366_px_without_cut_off_tables()
    {
        var masalah = new List<string>();
        foreach (var lebar in new[] { 360, 1366 })
        {
            foreach (var (pengguna, daftar) in new[] { ("admin", HalamanStaf), ("kades.bagelen", HalamanKades), ((string?)null, ["/Akun/Masuk", "/verifikasi"]) })
            {
                var page = await browser.NewPageAsync(lebar, lebar == 360 ? 740 : 768);
                var konsol = new List<string>();
                page.Console += (_, m) => { if (m.Type == "error") lock (konsol) konsol.Add($"{page.Url}: {m.Text}"); };
                page.PageError += (_, e) => { lock (konsol) konsol.Add($"{page.Url}: {e}"); };
                if (pengguna is not null) await BrowserFixture.LoginAsync(page, pengguna);
                foreach (var alamat in daftar)
                {
                    var response = await page.GotoAsync(alamat, new() { WaitUntil = WaitUntilState.Load });
                    if (response!.Status != 200) { masalah.Add($"{lebar}px {alamat}: HTTP {response.Status}"); continue; }
                    var halaman = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
                    if (halaman[0] > halaman[1] + 1) masalah.Add($"{lebar}px {alamat}: halaman {halaman[0]} px lebar");
                    var terpotong = await page.EvaluateAsync<string[]>(
                        "[...document.querySelectorAll('.table-wrap')].filter(w => w.scrollWidth > w.clientWidth + 1).map(w => (w.querySelector('table')?.id || 'tabel') + ' ' + w.scrollWidth + '>' + w.clientWidth)");
                    masalah.AddRange(terpotong.Select(t => $"{lebar}px {alamat}: {t}"));
                }
                if (pengguna is null)
                {
                    // The login form answered with errors: the summary used to carry an inline style the CSP refused.
                    await page.GotoAsync("/Akun/Masuk");
                    await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
                    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                    Assert.Contains("Nama pengguna wajib diisi.", await page.Locator("main").InnerTextAsync());
                }
                if (lebar == 360 && pengguna == "admin")
                {
                    await page.GotoAsync("/Staf/Cakupan", new() { WaitUntil = WaitUntilState.NetworkIdle });
                    await Foto.SimpanAsync(page, "cakupan-360");
                    // Stacked rows: the column name stands before each value.
                    var label = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('table.tumpuk td[data-label]'), '::before').content");
                    Assert.Contains("Kecamatan", label);
                }
                masalah.AddRange(konsol);
                await page.Context.CloseAsync();
            }
        }
        Assert.True(masalah.Count == 0, string.Join("\n", masalah));
    }

    [BrowserFact]
    public async Task Sending_a_quiz_with_unanswered_questions_asks_first()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "kades.padangmanis");
        await page.GotoAsync("/Belajar/Kuis/ujian-kades");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai kuis" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/Belajar/Percobaan/"));
        var id = long.Parse(new Uri(page.Url).AbsolutePath.Split('/')[3]);
        var jumlah = await page.Locator("ul.nomor li").CountAsync();

        // One answer by a tap: kuis.js saves it on "change"; the send button waits for that save.
        await page.Locator("form[data-simpan-otomatis] input[name=jawaban], form[data-simpan-otomatis] select[name=jawaban]").First.EvaluateAsync(
            "e => { if (e.tagName === 'SELECT') { e.selectedIndex = 1; } else { e.checked = true; } e.dispatchEvent(new Event('change', { bubbles: true })); }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Selesai & kirim semua jawaban" }).ClickAsync();

        var konfirmasi = page.Locator("section.konfirmasi-kirim");
        await Assertions.Expect(konfirmasi).ToBeVisibleAsync();
        var belum = await konfirmasi.Locator("h2").InnerTextAsync();
        Assert.True(belum == $"{jumlah - 1} dari {jumlah} soal belum dijawab" || belum == $"{jumlah} dari {jumlah} soal belum dijawab", belum);
        Assert.Null(await browser.App.WithDbAsync(db => db.QuizAttempt.Where(a => a.Id == id).Select(a => a.GradedAt).SingleAsync()));
        await Foto.SimpanAsync(page, "kuis-konfirmasi-360");

        await konfirmasi.GetByRole(AriaRole.Button, new() { Name = "Ya, kirim dan nilai sekarang" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains($"/Belajar/Hasil/{id}"));
        Assert.NotNull(await browser.App.WithDbAsync(db => db.QuizAttempt.Where(a => a.Id == id).Select(a => a.GradedAt).SingleAsync()));
        await page.Context.CloseAsync();
    }
}
