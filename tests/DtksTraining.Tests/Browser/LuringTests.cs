using DtksTraining.Web.Belajar;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DtksTraining.Tests.Browser;

// The venue Wi-Fi drops: the network is cut in a real Chromium with context.SetOfflineAsync.
[Trait("Category", "Browser")]
public class LuringTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<(int SesiId, string Kades, string Operator)> SesiHariIniAsync()
    {
        return await browser.App.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var hari = Wib.Hari(now);
            var putaran = new PutaranPelatihan
            {
                Nama = "Luring " + Guid.NewGuid().ToString("N")[..8], TanggalMulai = hari, TanggalSelesai = hari,
                Status = StatusPutaran.Berjalan, DibuatPada = now,
            };
            var sesi = new Sesi
            {
                Putaran = putaran, VenueKode = "BGL", Kapasitas = 10, Status = StatusSesi.Dibuka, Tanggal = hari,
                MulaiUtc = now.AddMinutes(30), SelesaiUtc = now.AddMinutes(90),
            };
            db.Sesi.Add(sesi);
            await db.SaveChangesAsync();
            var orang = await db.Users.Where(u => u.UserName == "kades.bagelen" || u.UserName == "operator.bagelen")
                .Select(u => new { u.Id, u.UserName }).ToListAsync();
            var acak = Random.Shared.Next(100_000, 900_000);
            foreach (var (o, i) in orang.Select((o, i) => (o, i)))
                db.Enrolmen.Add(new Enrolmen
                {
                    SesiId = sesi.Id, PutaranId = sesi.PutaranId, PesertaId = o.Id, KecamatanKode = "18.09.01", Status = StatusEnrolmen.Terkonfirmasi,
                    DidaftarkanOleh = o.Id, DidaftarPada = now, DikonfirmasiPada = now, Pin = (acak + i).ToString(),
                    TokenQr = Guid.NewGuid().ToString("N"),
                });
            await db.SaveChangesAsync();
            return (sesi.Id, orang.Single(o => o.UserName == "kades.bagelen").Id, orang.Single(o => o.UserName == "operator.bagelen").Id);
        });
    }

    [BrowserFact]
    public async Task Marks_made_offline_are_sent_once_when_the_connection_returns()
    {
        var (sesiId, kades, op) = await SesiHariIniAsync();
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "fasilitator");
        await page.GotoAsync($"/Staf/Kehadiran/Sesi/{sesiId}");

        await page.Context.SetOfflineAsync(true);
        Assert.False(await page.EvaluateAsync<bool>("navigator.onLine"));
        await page.Locator($"form[data-peserta='{kades}'] button[value='Hadir']").ClickAsync();
        await page.Locator($"form[data-peserta='{op}'] button[value='Hadir']").ClickAsync();
        // A correction before the connection returns: the last mark wins, the earlier one is never sent.
        await page.Locator($"form[data-peserta='{op}'] button[value='Terlambat']").ClickAsync();
        await Assertions.Expect(page.Locator("#antrean")).ToHaveTextAsync("2 tanda menunggu dikirim");
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(0, await browser.App.WithDbAsync(db => db.Kehadiran.CountAsync(k => k.SesiId == sesiId)));

        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(page.Locator("#antrean")).ToBeHiddenAsync(new() { Timeout = 60_000 });
        var tanda = await browser.App.WithDbAsync(db => db.Kehadiran.Where(k => k.SesiId == sesiId)
            .Select(k => new { k.PesertaId, k.Status, k.IdTandaKlien }).ToListAsync());
        Assert.Equal(2, tanda.Count);
        Assert.Equal(StatusKehadiran.Hadir, tanda.Single(t => t.PesertaId == kades).Status);
        Assert.Equal(StatusKehadiran.Terlambat, tanda.Single(t => t.PesertaId == op).Status);
        Assert.All(tanda, t => Assert.NotNull(t.IdTandaKlien));

        // The phone resends a mark whose answer it never got: same id, nothing changes, nothing is added.
        var idKades = tanda.Single(t => t.PesertaId == kades).IdTandaKlien!;
        var ulang = await page.EvaluateAsync<bool>(@"async ([sesi, peserta, id]) => {
            const token = document.querySelector('form[data-peserta] input[name=__RequestVerificationToken]').value;
            const body = new URLSearchParams({ pesertaId: peserta, status: 'Izin', idTanda: id, __RequestVerificationToken: token });
            const res = await fetch('/Staf/Kehadiran/Sesi/' + sesi + '?handler=Antre', { method: 'POST', body });
            return (await res.json()).ulang;
        }", new object[] { sesiId.ToString(), kades, idKades });
        Assert.True(ulang);
        var setelah = await browser.App.WithDbAsync(db => db.Kehadiran.Where(k => k.SesiId == sesiId).Select(k => new { k.PesertaId, k.Status }).ToListAsync());
        Assert.Equal(2, setelah.Count);
        Assert.Equal(StatusKehadiran.Hadir, setelah.Single(t => t.PesertaId == kades).Status);

        await page.ReloadAsync();
        Assert.Contains("Terlambat", await page.Locator($"form[data-peserta='{op}']").Locator("xpath=..").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_refused_mark_reverts_the_card_and_says_why_and_the_counter_follows_each_mark()
    {
        var (sesiId, kades, op) = await SesiHariIniAsync();
        var page = await browser.NewPageAsync();
        var galatKonsol = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") galatKonsol.Add(m.Text); };
        await BrowserFixture.LoginAsync(page, "fasilitator");
        await page.GotoAsync($"/Staf/Kehadiran/Sesi/{sesiId}");
        var hadir = page.Locator("[data-jumlah-hadir]");
        await Assertions.Expect(hadir).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("[data-jumlah-peserta]")).ToHaveTextAsync("2");

        await page.Locator($"form[data-peserta='{kades}'] button[value='Hadir']").ClickAsync();
        await Assertions.Expect(hadir).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#antrean")).ToBeHiddenAsync();

        // The session's day is over (its date moved to yesterday): the server refuses the next mark for good.
        await browser.App.WithDbAsync(async db =>
        {
            var sesi = await db.Sesi.SingleAsync(s => s.Id == sesiId);
            sesi.Tanggal = sesi.Tanggal.AddDays(-1);
            await db.SaveChangesAsync();
        });
        var kartuOp = page.Locator($"form[data-peserta='{op}']").Locator("xpath=..");
        await page.Locator($"form[data-peserta='{op}'] button[value='Hadir']").ClickAsync();
        await Assertions.Expect(kartuOp.Locator("[data-galat-tanda]")).ToContainTextAsync("sudah ditutup");
        await Assertions.Expect(kartuOp.Locator(".badge.status")).ToHaveTextAsync("Belum dicatat");
        Assert.Equal(0, await kartuOp.Locator("button[name=status]:not(.second)").CountAsync());
        await Assertions.Expect(hadir).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#antrean")).ToBeHiddenAsync();
        Assert.Null(await browser.App.WithDbAsync(db => db.Kehadiran.Where(k => k.SesiId == sesiId && k.PesertaId == op)
            .Select(k => (StatusKehadiran?)k.Status).SingleOrDefaultAsync()));
        Assert.True(galatKonsol.Count == 0, string.Join("\n", galatKonsol));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_visited_module_stays_readable_offline()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "kades.bagelen");
        var weight = new PageWeight(page);
        await page.GotoAsync("/Belajar/Modul/dasar-hukum", new() { WaitUntil = WaitUntilState.NetworkIdle });
        var (requests, bytes, detail) = await weight.MeasureAsync();
        Assert.True(requests <= 5, $"{requests} permintaan: {detail}");
        Assert.True(bytes <= 40 * 1024, $"{bytes} byte: {detail}");
        await page.EvaluateAsync("navigator.serviceWorker.ready.then(() => true)");
        // Once the worker controls the page, the visit is kept in its cache.
        await page.ReloadAsync(new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(await page.EvaluateAsync<bool>("navigator.serviceWorker.controller !== null"));
        var judul = await page.Locator("h1").InnerTextAsync();

        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();
        Assert.Equal(judul, await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("main p").CountAsync() > 1);
        await page.Context.CloseAsync();
    }
}
