using System.Text.RegularExpressions;
using DtksTraining.Tests.Jadwal;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DtksTraining.Tests.Browser;

// The live demo at 07.45 WIB on its "today" session's day: attendance is open and on time, whatever the real hour.
public sealed class DemoJourneyFixture : JourneyFixture
{
    protected override DateTimeOffset MulaiPada => Wib.Pada(Wib.Hari(DateTimeOffset.UtcNow), new TimeOnly(7, 45)).ToUniversalTime();

    protected override void Siapkan(JadwalAppFactory app) => app.Settings["Demo:PutaranBerjalan"] = "true";
}

// Issue #21: every role starts at its home and gets everywhere by clicking, on the live demo's data.
[Trait("Category", "Browser")]
public partial class BerandaJourneyTests(DemoJourneyFixture f) : IClassFixture<DemoJourneyFixture>
{
    [GeneratedRegex(@"NIK (\d{16}) \(([^)]+)\) aktif di dua keluarga: KK (\d{16}) dan\s+KK (\d{16})")]
    private static partial Regex Ringkasan();

    [GeneratedRegex(@"Cakupan: (\d+) desa lengkap")]
    private static partial Regex Cakupan();

    private static async Task KeBerandaAsync(Langkah l, string langkah)
    {
        await l.Page.Locator("details.menu > summary").ClickAsync();
        await l.KlikAsync(l.Page.Locator("nav a[href='/']"), langkah);
    }

    private static async Task<int> DesaLengkapAsync(Langkah admin) =>
        int.Parse(Cakupan().Match(await admin.Page.Locator("a.cakupan").InnerTextAsync()).Groups[1].Value);

    [BrowserFact]
    public async Task Each_role_walks_from_its_home_by_clicks_kades_enrols_operator_certifies_facilitator_marks_and_coverage_moves()
    {
        // The Admin's home: the running round at a glance.
        var admin = await f.BukaAsync("b-admin");
        await admin.MasukAsync("admin");
        var sebelum = await DesaLengkapAsync(admin);
        Assert.True(sebelum > 0, "Demo menunjukkan cakupan yang bergerak");

        // Kepala Desa: one tap on an open session of her kecamatan, then the session on her home.
        var kades = await f.BukaAsync("b-kades");
        await kades.MasukAsync("kades.bagelen");
        await kades.KlikAsync(kades.Page.GetByRole(AriaRole.Button, new() { Name = "Daftarkan saya" }).First, "daftar");
        Assert.Contains("Sutrisno mendapat kursi", await kades.Page.Locator("p.flash").InnerTextAsync());
        await KeBerandaAsync(kades, "beranda-terdaftar");
        var sesiSaya = await kades.Page.Locator("section[aria-labelledby=sesi-berikut]").InnerTextAsync();
        Assert.Contains("Balai Desa Bagelen", sesiSaya);
        Assert.Matches(@"\d{6}", await kades.Page.Locator("code.big").InnerTextAsync());

        // Operator: module → exam → sandbox exercise → certificate, each from the learning path on the home.
        var op = await f.BukaAsync("b-operator");
        await op.MasukAsync("operator.batumenyan");
        Assert.Contains("Modul belajar", await op.Page.Locator("ol.langkah li.berikut").InnerTextAsync());
        await op.KlikAsync(op.Page.Locator("ol.langkah li.berikut a"), "modul");
        for (var bagian = 2; bagian <= 30; bagian++)
        {
            var lanjut = op.Page.GetByRole(AriaRole.Button, new() { Name = "Tandai sudah dibaca & lanjut" });
            if (await lanjut.CountAsync() == 0) break;
            await op.KlikTanpaPeriksaAsync(lanjut);
        }
        await op.KlikAsync(op.Page.GetByRole(AriaRole.Button, new() { Name = "Tandai sudah dibaca & selesai" }), "modul-selesai");

        await KeBerandaAsync(op, "beranda-ujian");
        await op.KlikAsync(op.Page.Locator("ol.langkah a[href='/Belajar/Kuis/ujian-operator']"), "kuis");
        var konten = f.App.Services.GetRequiredService<PustakaKonten>();
        var kuis = konten.CariKuis("ujian-operator")!;
        await PesertaJourneyTests.JawabSemuaDanKirimAsync(op, konten, kuis);
        Assert.Equal("Lulus", (await op.Page.Locator(".hasil .badge").InnerTextAsync()).Trim());

        await KeBerandaAsync(op, "beranda-latihan");
        var latihan = op.Page.Locator("ol.langkah li.berikut a", new() { HasText = "Latihan sandbox" });
        if (await latihan.CountAsync() == 0) latihan = op.Page.Locator("ol.langkah a", new() { HasText = "Latihan sandbox" });
        await op.KlikAsync(latihan, "latihan");
        var tugas = await op.Page.Locator("section.ringkasan").InnerTextAsync();
        var m = Ringkasan().Match(Regex.Replace(tugas, @"\s+", " "));
        Assert.True(m.Success, tugas);
        var (nik, kkBenar, kkSalah) = (m.Groups[1].Value, m.Groups[3].Value, m.Groups[4].Value);
        await op.KlikAsync(op.Page.Locator("a[href='/Sandbox/Ganda']").First, "ganda");
        var kelompok = op.Page.Locator(".ganda", new() { HasText = nik });
        Assert.Contains(kkBenar, await kelompok.InnerTextAsync());
        await op.KlikAsync(kelompok.Locator($"a[href='/Sandbox/Keluarga/{kkSalah}']"), "keluarga-salah");
        var anggota = op.Page.Locator(".anggota", new() { HasText = nik });
        await anggota.Locator("summary").ClickAsync();
        await anggota.Locator("select[name=alasan]").SelectOptionAsync(new SelectOptionValue { Label = "5 – Data ganda" });
        await op.KlikAsync(anggota.GetByRole(AriaRole.Button, new() { Name = "Usulkan nonaktif" }), "usulan-nonaktif");
        await op.KlikAsync(op.Page.Locator("a[href='/Sandbox/Usulan']").First, "usulan");
        await op.KlikAsync(op.Page.Locator("tbody tr", new() { HasText = nik }).Locator("a", new() { HasText = "Data ganda" }), "usulan-draf");
        await op.Page.Locator("#berkas").SetInputFilesAsync(new FilePayload
        {
            Name = "berita-acara-musdes.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% berita acara musdes\n%%EOF\n"u8.ToArray(),
        });
        await op.KlikAsync(op.Page.GetByRole(AriaRole.Button, new() { Name = "Unggah berita acara" }), "ba-diunggah");
        await op.KlikAsync(op.Page.GetByRole(AriaRole.Button, new() { Name = "Ajukan ke kabupaten" }), "diajukan");
        await KeBerandaAsync(op, "beranda-periksa");
        await op.KlikAsync(op.Page.Locator("ol.langkah a", new() { HasText = "Latihan sandbox" }), "latihan-lagi");
        await op.KlikAsync(op.Page.GetByRole(AriaRole.Button, new() { Name = "Periksa", Exact = true }), "periksa-lulus");
        Assert.Contains("Lulus: semua pemeriksaan terpenuhi", await op.Page.Locator("section.hasil").InnerTextAsync());

        // The passed check queues the certificate job; the home then shows the certificate, one click from its page.
        var operatorId = await f.App.WithDbAsync(db => db.Users.Where(u => u.UserName == "operator.batumenyan").Select(u => u.Id).SingleAsync());
        for (var i = 0; i < 120 && !await f.App.WithDbAsync(db => db.Sertifikat.AnyAsync(s => s.UserId == operatorId)); i++)
            await Task.Delay(500);
        await KeBerandaAsync(op, "beranda-sertifikat");
        Assert.Equal(5, await op.Page.Locator("ol.langkah li.selesai, ol.langkah li.berikut").CountAsync());
        Assert.Contains("Terbit: " + NomorSertifikat.Awalan, await op.Page.Locator("ol.langkah").InnerTextAsync());
        await op.KlikAsync(op.Page.Locator("ol.langkah a[href='/Peserta/Sertifikat']"), "sertifikat");
        Assert.Contains(NomorSertifikat.Awalan, await op.Page.Locator("main").InnerTextAsync());

        // Facilitator: today's session from the home, two participants checked in by the PINs they bring.
        var pin = await f.App.WithDbAsync(db => db.Enrolmen
            .Where(e => e.Peserta!.DesaKode == "18.09.04.2001" && e.Status == StatusEnrolmen.Terkonfirmasi
                        && e.Sesi!.Putaran!.Status == StatusPutaran.Berjalan)
            .Select(e => new { e.Pin, e.Peserta!.NamaLengkap }).ToListAsync());
        Assert.Equal(2, pin.Count);
        var fasilitator = await f.BukaAsync("b-fasilitator");
        await fasilitator.MasukAsync("fasilitator");
        await fasilitator.KlikAsync(fasilitator.Page.Locator("section[aria-labelledby=sesi-staf] a[href^='/Staf/Kehadiran/Sesi/']").First, "kehadiran");
        foreach (var p in pin)
        {
            await fasilitator.Page.GetByLabel("Check-in dengan PIN").FillAsync(p.Pin);
            await fasilitator.KlikAsync(fasilitator.Page.GetByRole(AriaRole.Button, new() { Name = "Catat hadir", Exact = true }), "pin");
            Assert.Contains($"{p.NamaLengkap}: Hadir.", await fasilitator.Page.Locator("p.flash[role=status]").InnerTextAsync());
        }

        // The Admin's home again: Padang Manis now has its head and operator trained.
        await KeBerandaAsync(admin, "beranda-sesudah");
        Assert.Equal(sebelum + 1, await DesaLengkapAsync(admin));

        var masalah = admin.Masalah.Concat(kades.Masalah).Concat(op.Masalah).Concat(fasilitator.Masalah).ToList();
        Assert.True(masalah.Count == 0, string.Join(Environment.NewLine, masalah));
        var konsol = admin.Konsol.Concat(kades.Konsol).Concat(op.Konsol).Concat(fasilitator.Konsol).Distinct().ToList();
        Assert.True(konsol.Count == 0, string.Join(Environment.NewLine, konsol));
    }
}
