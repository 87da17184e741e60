using Microsoft.Playwright;

namespace DtksTraining.Tests.Browser;

[Trait("Category", "Browser")]
public class ShellJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const long MaxBytes = 40 * 1024;
    private const int MaxRequests = 5;

    public static readonly string[] AdminPages =
        ["/", "/Admin/Pengguna", "/Admin/Pengguna/Buat", "/Admin/Impor", "/Admin/Audit", "/Admin/KotakKeluar", "/Staf/AturUlangSandi", "/Akun/Saya/GantiSandi"];

    // The check the journeys rely on finds what it should: an image without alt text and an input without a label.
    [BrowserFact]
    public async Task The_accessibility_check_reports_serious_violations_on_a_page_that_has_them()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="id"><head><title>Uji</title></head>
            <body><main><h1>Uji</h1><img src="data:,"><input type="text"></main></body></html>
            """);
        var violations = await Accessibility.SeriousViolationsAsync(page);
        Assert.Contains(violations, v => v.Contains("image-alt (critical)"));
        Assert.Contains(violations, v => v.Contains("label (critical)"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Login_page_is_light_accessible_and_fits_a_small_phone()
    {
        var page = await browser.NewPageAsync();
        var weight = new PageWeight(page);
        await page.GotoAsync("/Akun/Masuk", new() { WaitUntil = WaitUntilState.NetworkIdle });
        var (requests, bytes, detail) = await weight.MeasureAsync();
        Assert.True(requests <= MaxRequests, $"{requests} permintaan: {detail}");
        Assert.True(bytes <= MaxBytes, $"{bytes} byte: {detail}");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "Halaman melebar lebih dari 360 px.");
        await Foto.SimpanAsync(page, "masuk-360");
    }

    [BrowserFact]
    public async Task An_admin_reaches_every_admin_page_within_budget_and_without_serious_accessibility_issues()
    {
        var login = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(login, "admin");
        var cookies = await login.Context.CookiesAsync();
        foreach (var (width, height) in new[] { (360, 740), (1366, 768) })
        {
            var problems = new List<string>();
            foreach (var path in AdminPages)
            {
                // A fresh context per page: a cold load with nothing cached, signed in with the same cookie.
                var page = await browser.NewPageAsync(width, height);
                await page.Context.AddCookiesAsync(cookies.Select(c => new Cookie
                {
                    Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, SameSite = c.SameSite,
                }));
                var weight = new PageWeight(page);
                var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
                Assert.Equal(200, response!.Status);
                Assert.DoesNotContain("/Akun/Masuk", page.Url);
                var (requests, bytes, detail) = await weight.MeasureAsync();
                if (requests > MaxRequests) problems.Add($"{path}: {requests} permintaan ({detail})");
                if (bytes > MaxBytes) problems.Add($"{path}: {bytes} byte ({detail})");
                problems.AddRange(await Accessibility.SeriousViolationsAsync(page));
                if (width == 360 && await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"))
                    problems.Add($"{path}: melebar lebih dari 360 px");
                var name = path == "/" ? "beranda" : path.Trim('/').Replace('/', '-').ToLowerInvariant();
                await Foto.SimpanAsync(page, $"admin-{name}-{width}");
                await page.Context.CloseAsync();
            }
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        }
    }
}
