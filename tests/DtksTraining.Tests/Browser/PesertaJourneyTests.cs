using DtksTraining.Web.Belajar;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;

namespace DtksTraining.Tests.Browser;

// Issue #9 journeys 1, 3 and 5 in a real browser: the village head of Bagelen enrols herself and the operator, gets the
// invitation by mail, reads a module and passes the quiz; the facilitator checks both in by PIN at the session;
// the Admin's coverage of Kecamatan Gedong Tataan goes up.
[Trait("Category", "Browser")]
public class PesertaJourneyTests(JourneyFixture f) : IClassFixture<JourneyFixture>
{
    private const string GedongTataan = "18.09.01";

    [BrowserFact]
    public async Task A_village_head_enrols_learns_and_passes_the_facilitator_checks_in_by_pin_and_coverage_rises()
    {
        var wibHariIni = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime);
        var hari = wibHariIni.AddDays(2);
        var sesiId = await f.App.BuatSesiAsync(hari, 40, (GedongTataan, 10));
        var putaranId = await f.App.WithDbAsync(db => db.Sesi.Where(s => s.Id == sesiId).Select(s => s.PutaranId).SingleAsync());

        // Journey 5, before: the Admin looks at the coverage of Gedong Tataan in this round.
        var admin = await f.BukaAsync("j5-admin");
        await admin.MasukAsync("admin");
        var sebelum = await CakupanAsync(admin, putaranId, "sebelum");
        Assert.Equal(["0 / 0", "0 / 0", "0%"], sebelum.Kecamatan);
        Assert.Equal("belum", sebelum.KadesBagelen);

        // Journey 1: the village head enrols herself and her operator.
        var kades = await f.BukaAsync("j1-kades");
        await kades.MasukAsync("kades.bagelen");
        await kades.GotoAsync("/Peserta/Jadwal", "jadwal");
        var daftar = kades.Page.Locator($"form#daftar-{sesiId}");
        await kades.KlikAsync(daftar.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }), "daftar-diri");
        Assert.Contains("Sutrisno mendapat kursi", await kades.Page.Locator("main").InnerTextAsync());
        var operatorId = await daftar.Locator("option", new() { HasText = "Nur Aini" }).GetAttributeAsync("value");
        await daftar.Locator("select").SelectOptionAsync(operatorId!);
        await kades.KlikAsync(daftar.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }), "daftar-operator");
        Assert.Contains("Nur Aini mendapat kursi", await kades.Page.Locator("main").InnerTextAsync());
        var pinKades = (await kades.Page.Locator("section[aria-label='Sutrisno'] code.big").InnerTextAsync()).Trim();
        var pinOperator = (await kades.Page.Locator("section[aria-label='Nur Aini'] code.big").InnerTextAsync()).Trim();

        // The invitation arrives on the real SMTP server with the calendar file attached.
        var undangan = await f.Smtp.WaitForAsync(m =>
            m.To.Mailboxes.Any(a => a.Address == "kades.bagelen@desa.example") && m.Attachments.OfType<MimePart>().Any(IsIcs));
        var ics = (TextPart)undangan.Attachments.OfType<MimePart>().Single(IsIcs);
        Assert.Equal("undangan-pelatihan-dtks.ics", ics.FileName);
        Assert.Contains("BEGIN:VCALENDAR", ics.Text);
        Assert.Contains("METHOD:REQUEST", ics.Text);
        Assert.Contains(pinKades, undangan.TextBody);

        // She reads a module to the end.
        await kades.GotoAsync("/Belajar", "belajar");
        await kades.KlikAsync(kades.Page.Locator("li.card a.btn", new() { HasText = "Mulai" }).First, "modul-1");
        for (var bagian = 2; bagian <= 30; bagian++)
        {
            var lanjut = kades.Page.GetByRole(AriaRole.Button, new() { Name = "Tandai sudah dibaca & lanjut" });
            if (await lanjut.CountAsync() == 0) break;
            await kades.KlikAsync(lanjut, $"modul-{bagian}");
        }
        await kades.KlikAsync(kades.Page.GetByRole(AriaRole.Button, new() { Name = "Tandai sudah dibaca & selesai" }), "modul-selesai");

        // She takes the village head's quiz, answering from the key in content/quizzes, and passes.
        var konten = f.App.Services.GetRequiredService<PustakaKonten>();
        var kuis = konten.CariKuis("ujian-kades")!;
        await kades.GotoAsync("/Belajar/Kuis/ujian-kades", "kuis");
        await kades.KlikAsync(kades.Page.GetByRole(AriaRole.Button, new() { Name = "Mulai kuis" }), "soal-01");
        for (var no = 1; no <= kuis.JumlahSoal; no++)
        {
            await JawabDariKunciAsync(kades.Page, konten);
            await kades.KlikAsync(kades.Page.GetByRole(AriaRole.Button, new() { Name = "Simpan jawaban & lanjut" }),
                $"soal-{Math.Min(no + 1, kuis.JumlahSoal):00}");
        }
        await kades.KlikAsync(kades.Page.GetByRole(AriaRole.Button, new() { Name = "Selesai & kirim semua jawaban" }), "hasil");
        Assert.Equal("100", (await kades.Page.Locator(".skor").InnerTextAsync()).Trim());
        Assert.Equal("Lulus", (await kades.Page.Locator(".hasil .badge").InnerTextAsync()).Trim());

        // Journey 3: on the day, the facilitator checks both in by the PINs from the invitation.
        f.App.Clock.SetUtcNow(Wib.Pada(hari, new TimeOnly(7, 45)).ToUniversalTime());
        var fasilitator = await f.BukaAsync("j3-fasilitator");
        await fasilitator.MasukAsync("fasilitator");
        await fasilitator.GotoAsync("/Staf/Kehadiran", "kehadiran");
        await fasilitator.KlikAsync(fasilitator.Page.Locator($"a[href='/Staf/Kehadiran/Sesi/{sesiId}']"), "daftar-hadir");
        foreach (var (pin, nama) in new[] { (pinKades, "Sutrisno"), (pinOperator, "Nur Aini") })
        {
            await fasilitator.Page.GetByLabel("Check-in dengan PIN").FillAsync(pin);
            await fasilitator.KlikAsync(fasilitator.Page.GetByRole(AriaRole.Button, new() { Name = "Catat hadir", Exact = true }), $"pin-{nama.Split(' ')[0].ToLowerInvariant()}");
            Assert.Contains($"{nama}: Hadir.", await fasilitator.Page.Locator("p.flash[role=status]").InnerTextAsync());
        }
        Assert.Contains("Hadir: 2 / 2", await fasilitator.Page.Locator("main .card").First.InnerTextAsync());

        // Journey 5, after: the Admin sees Gedong Tataan's coverage rise and Bagelen trained.
        var sesudah = await CakupanAsync(admin, putaranId, "sesudah");
        Assert.Equal("1 / 1", sesudah.Kecamatan[0]);
        Assert.Equal("1 / 1", sesudah.Kecamatan[1]);
        Assert.NotEqual("0%", sesudah.Kecamatan[2]);
        Assert.Equal("hadir", sesudah.KadesBagelen);

        var masalah = admin.Masalah.Concat(kades.Masalah).Concat(fasilitator.Masalah).ToList();
        Assert.True(masalah.Count == 0, string.Join(Environment.NewLine, masalah));
    }

    private static bool IsIcs(MimePart part) => part.ContentType.MimeType == "text/calendar" && part.FileName?.EndsWith(".ics") == true;

    // The kecamatan row (Kades hadir, Operator hadir, Cakupan) and Bagelen's village head in the village table.
    private static async Task<(string[] Kecamatan, string KadesBagelen)> CakupanAsync(Langkah admin, int putaranId, string kapan)
    {
        await admin.GotoAsync($"/Staf/Cakupan?putaran={putaranId}", $"cakupan-{kapan}");
        await admin.KlikAsync(admin.Page.Locator("table a", new() { HasText = "Gedong Tataan" }), $"cakupan-gedongtataan-{kapan}");
        var baris = admin.Page.Locator("tbody tr", new() { Has = admin.Page.Locator("a", new() { HasText = "Gedong Tataan" }) });
        var sel = await baris.Locator("td").AllInnerTextsAsync();
        var bagelen = admin.Page.Locator("tbody tr", new() { HasText = "Bagelen" }).Locator("td");
        return ([sel[2].Trim(), sel[3].Trim(), sel[4].Trim()], (await bagelen.Nth(1).InnerTextAsync()).Trim());
    }

    // Starts the quiz on the page shown and answers every question from the key, then sends the attempt.
    internal static async Task JawabSemuaDanKirimAsync(Langkah peserta, PustakaKonten konten, Kuis kuis)
    {
        await peserta.KlikAsync(peserta.Page.GetByRole(AriaRole.Button, new() { Name = "Mulai kuis" }), "soal-pertama");
        for (var no = 1; no <= kuis.JumlahSoal; no++)
        {
            await JawabDariKunciAsync(peserta.Page, konten);
            await peserta.KlikTanpaPeriksaAsync(peserta.Page.GetByRole(AriaRole.Button, new() { Name = "Simpan jawaban & lanjut" }));
        }
        await peserta.KlikAsync(peserta.Page.GetByRole(AriaRole.Button, new() { Name = "Selesai & kirim semua jawaban" }), "hasil-kuis");
    }

    internal static async Task JawabDariKunciAsync(IPage page, PustakaKonten konten)
    {
        var form = page.Locator("form[data-simpan-otomatis]");
        var soal = konten.CariSoal(await form.Locator("input[name=soalId]").InputValueAsync())!;
        var kunci = MesinKuis.KunciSebagaiJawaban(soal);
        switch (soal.Jenis)
        {
            case JenisSoal.Numeric:
                await form.Locator("input[name=jawaban]").FillAsync(kunci[0]);
                break;
            case JenisSoal.Matching:
                var pilihan = form.Locator("select[name=jawaban]");
                for (var i = 0; i < kunci.Count; i++) await pilihan.Nth(i).SelectOptionAsync(kunci[i]);
                break;
            default:
                foreach (var nilai in kunci) await form.Locator($"input[name=jawaban][value='{nilai}']").CheckAsync();
                break;
        }
    }
}
