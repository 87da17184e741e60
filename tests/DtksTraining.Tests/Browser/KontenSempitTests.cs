using DtksTraining.Web.Akun;
using DtksTraining.Web.Belajar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DtksTraining.Tests.Browser;

// Content brings its own long words ("PNS/TNI/Polri/BUMN/BUMD/legislator"): every module, printed whole, fits a 360 px phone.
[Trait("Category", "Browser")]
public class KontenSempitTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Every_module_fits_a_360_px_screen_without_sideways_scrolling()
    {
        var konten = browser.App.Services.GetRequiredService<PustakaKonten>();
        var halaman = new Dictionary<string, IPage>();
        foreach (var (peran, pengguna) in new[] { (Peran.KepalaDesa, "kades.bagelen"), (Peran.Operator, "operator.bagelen") })
        {
            var page = await browser.NewPageAsync();
            await BrowserFixture.LoginAsync(page, pengguna);
            halaman[peran] = page;
        }

        var melebar = new List<string>();
        foreach (var modul in konten.Modul)
        {
            var page = modul.UntukPeran(Peran.Operator) ? halaman[Peran.Operator] : halaman[Peran.KepalaDesa];
            var response = await page.GotoAsync($"/Belajar/Cetak/{modul.Id}", new() { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.Equal(200, response!.Status);
            var lebar = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (lebar > 361) melebar.Add($"{modul.Id}: {lebar} px");
        }
        Assert.True(melebar.Count == 0, string.Join(", ", melebar));
        foreach (var page in halaman.Values) await page.Context.CloseAsync();
    }
}
