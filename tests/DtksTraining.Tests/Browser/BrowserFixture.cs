using Deque.AxeCore.Commons;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Shared;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DtksTraining.Tests.Browser;

// Runs where Debian's chromium exists; on CI (CI=true) a missing browser fails instead of skipping.
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(ChromiumPath) && !ci) Skip = $"{ChromiumPath} tidak ada (apt-get install chromium).";
    }
}

public sealed class BrowserFixture : IAsyncLifetime
{
    public AppFactory App { get; } = new();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public static string ArtifactFolder { get; } = Path.Combine(LocalizationRoot(), "TestResults", "screenshots");

    private static string LocalizationRoot() => LocalizationCoverageTests.RepositoryRoot();

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        App.UseKestrel(0);
        App.StartServer();
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ArtifactFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }

    public async Task<IPage> NewPageAsync(int width = 360, int height = 740)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "id-ID",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        return page;
    }

    public static async Task LoginAsync(IPage page, string userName, string password = AppFactory.DemoPassword)
    {
        await page.GotoAsync("/Akun/Masuk");
        await page.GetByLabel("Nama pengguna").FillAsync(userName);
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        // Signed in once the address has left the sign-in page; every caller goes on to another page. WaitForURL also
        // waits for the home page's load event, which once never came in CI although its network was idle.
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Akun/Masuk"), new() { Timeout = 60_000 });
    }
}

// What a page costs a phone on venue Wi-Fi, measured from the browser's own network events.
public sealed class PageWeight
{
    private readonly List<IRequest> _requests = [];

    public PageWeight(IPage page) => page.RequestFinished += (_, request) => { lock (_requests) _requests.Add(request); };

    public void Reset() { lock (_requests) _requests.Clear(); }

    public async Task<(int Requests, long Bytes, string Detail)> MeasureAsync()
    {
        List<IRequest> finished;
        lock (_requests) finished = [.. _requests];
        long total = 0;
        var detail = new List<string>();
        foreach (var request in finished)
        {
            var sizes = await request.SizesAsync();
            var bytes = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            total += bytes;
            detail.Add($"{request.Url} {bytes} B");
        }
        return (finished.Count, total, string.Join("; ", detail));
    }
}

public static class Accessibility
{
    // axe-core as Deque's package ships it, run by axe.run in the page: the package's RunAxe finishes every run in a new
    // blank page and carries every passing node back, which made axe most of a journey's time.
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js tidak ada di paket Deque.AxeCore.Commons.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private const string SeriousOrCritical = """
        async () => {
          const hasil = await axe.run(document, { resultTypes: ['violations'] });
          return hasil.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map(n => n.html).join(', ')}`);
        }
        """;

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(AxeSource.Value);
        var violations = await page.EvaluateAsync<string[]>(SeriousOrCritical);
        return violations.Select(v => $"{page.Url}: {v}").ToList();
    }
}
