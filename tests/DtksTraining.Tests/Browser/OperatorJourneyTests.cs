using System.Text.RegularExpressions;
using DtksTraining.Web.Belajar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DtksTraining.Tests.Browser;

// Issue #9 journey 2 in a real browser: Bagelen's operator reads the duplicate exercise, finds the NIK listed in two
// families on the duplicates page, deactivates the wrong record with the reason "Data ganda", uploads the berita acara,
// submits the proposal, presses Periksa and passes; then takes the operator quiz and passes.
[Trait("Category", "Browser")]
public partial class OperatorJourneyTests(JourneyFixture f) : IClassFixture<JourneyFixture>
{
    private const string Latihan = "data-ganda-nik-dua-kk";

    [GeneratedRegex(@"NIK (\d{16}) \(([^)]+)\) aktif di dua keluarga: KK (\d{16}) dan\s+KK (\d{16})")]
    private static partial Regex Ringkasan();

    [BrowserFact]
    public async Task An_operator_resolves_a_duplicate_in_the_sandbox_passes_the_check_and_the_operator_quiz()
    {
        var op = await f.BukaAsync("j2-operator");
        await op.MasukAsync("operator.bagelen");

        await op.GotoAsync("/Sandbox/Latihan", "latihan");
        await op.KlikAsync(op.Page.Locator($"a[href$='/Sandbox/Latihan/Detail/{Latihan}']"), "latihan-ganda");
        var tugas = await op.Page.Locator("section.ringkasan").InnerTextAsync();
        var m = Ringkasan().Match(Regex.Replace(tugas, @"\s+", " "));
        Assert.True(m.Success, tugas);
        var (nik, kkBenar, kkSalah) = (m.Groups[1].Value, m.Groups[3].Value, m.Groups[4].Value);

        // Periksa before doing anything names what is missing.
        await op.KlikAsync(op.Page.GetByRole(AriaRole.Button, new() { Name = "Periksa", Exact = true }), "periksa-awal");
        Assert.Contains("Belum lulus", await op.Page.Locator("section.hasil").InnerTextAsync());

        // The duplicates page lists the NIK in both families; the wrong family is opened from there.
        await op.GotoAsync("/Sandbox/Ganda", "ganda");
        var kelompok = op.Page.Locator(".ganda", new() { HasText = nik });
        Assert.Contains(kkBenar, await kelompok.InnerTextAsync());
        await op.KlikAsync(kelompok.Locator($"a[href='/Sandbox/Keluarga/{kkSalah}']"), "keluarga-salah");

        var anggota = op.Page.Locator(".anggota", new() { HasText = nik });
        await anggota.Locator("summary").ClickAsync();
        await anggota.Locator("select[name=alasan]").SelectOptionAsync(new SelectOptionValue { Label = "5 – Data ganda" });
        await op.KlikAsync(anggota.GetByRole(AriaRole.Button, new() { Name = "Usulkan nonaktif" }), "usulan-nonaktif");
        Assert.Contains("Nonaktif", await op.Page.Locator(".anggota", new() { HasText = nik }).InnerTextAsync());

        // The draft proposal gets the musdes berita acara and goes to the kabupaten.
        await op.GotoAsync("/Sandbox/Usulan", "usulan");
        await op.KlikAsync(op.Page.Locator("tbody tr", new() { HasText = nik }).Locator("a", new() { HasText = "Data ganda" }), "usulan-draf");
        await op.Page.Locator("#berkas").SetInputFilesAsync(new FilePayload
        {
            Name = "berita-acara-musdes.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% berita acara musdes\n%%EOF\n"u8.ToArray(),
        });
        await op.KlikAsync(op.Page.GetByRole(AriaRole.Button, new() { Name = "Unggah berita acara" }), "ba-diunggah");
        Assert.Contains("Berita acara musdes diunggah", await op.Page.Locator("main").InnerTextAsync());
        await op.KlikAsync(op.Page.GetByRole(AriaRole.Button, new() { Name = "Ajukan ke kabupaten" }), "diajukan");
        Assert.Contains("Usulan diajukan ke kabupaten", await op.Page.Locator("main").InnerTextAsync());

        await op.GotoAsync($"/Sandbox/Latihan/Detail/{Latihan}", "latihan-lagi");
        await op.KlikAsync(op.Page.GetByRole(AriaRole.Button, new() { Name = "Periksa", Exact = true }), "periksa-lulus");
        var hasil = await op.Page.Locator("section.hasil").InnerTextAsync();
        Assert.Contains("Lulus: semua pemeriksaan terpenuhi", hasil);
        Assert.Equal("100%", (await op.Page.Locator(".skor").InnerTextAsync()).Trim());

        // The operator quiz, answered from the key in content/quizzes; the question page is checked once, then answered quickly.
        var konten = f.App.Services.GetRequiredService<PustakaKonten>();
        var kuis = konten.CariKuis("ujian-operator")!;
        await op.GotoAsync("/Belajar/Kuis/ujian-operator", "kuis-operator");
        await PesertaJourneyTests.JawabSemuaDanKirimAsync(op, konten, kuis);
        Assert.Equal("100", (await op.Page.Locator(".skor").InnerTextAsync()).Trim());
        Assert.Equal("Lulus", (await op.Page.Locator(".hasil .badge").InnerTextAsync()).Trim());

        Assert.True(op.Masalah.Count == 0, string.Join(Environment.NewLine, op.Masalah));
    }
}
