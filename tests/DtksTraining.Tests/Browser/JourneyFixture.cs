using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Jadwal;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DtksTraining.Tests.Browser;

// The real app on Kestrel with a controllable clock and a real SMTP server, driven by Debian's chromium.
// The clock starts at the real time so the browser keeps the cookies the app sets.
// The public address is the test server's own, so a certificate's QR leads the browser back to this app.
public class JourneyFixture : IAsyncLifetime
{
    public const string KepalaDinas = "Drs. Hendra Wijaya, M.Si.";
    public const string NipKepalaDinas = "19731105 199803 1 004";
    public JadwalAppFactory App { get; } = new();
    public SmtpSink Smtp { get; } = new();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App.Clock.SetUtcNow(MulaiPada);
        Siapkan(App);
        await Smtp.StartAsync();
        App.UseSmtp(Smtp);
        var port = SmtpSink.FreePort();
        App.Settings["Dinsos:AlamatSitus"] = $"http://127.0.0.1:{port}";
        App.Settings["Dinsos:KepalaDinasNama"] = KepalaDinas;
        App.Settings["Dinsos:KepalaDinasNip"] = NipKepalaDinas;
        await ((IAsyncLifetime)App).InitializeAsync();
        App.UseKestrel(port);
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
        Directory.CreateDirectory(BrowserFixture.ArtifactFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
        await Smtp.DisposeAsync();
    }

    // Settings and the clock's start of a journey's app, before it starts.
    protected virtual DateTimeOffset MulaiPada => DateTimeOffset.UtcNow;
    protected virtual void Siapkan(JadwalAppFactory app) { }

    // One person's browser: a phone-sized window with the HTTP cache off, so every page reached is a cold load.
    public async Task<Langkah> BukaAsync(string nama)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            Locale = "id-ID",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
        return new Langkah(page, nama);
    }
}

// Walks one person through pages: every page reached is weighed, checked with axe and photographed at 360×740 and 1366×768.
public sealed partial class Langkah
{
    public const long MaxBytes = 40 * 1024;
    public const int MaxRequests = 5;
    private readonly List<IRequest> _requests = [];
    private readonly string _nama;
    private int _nomor;

    public Langkah(IPage page, string nama)
    {
        Page = page;
        _nama = nama;
        page.RequestFinished += (_, request) => { lock (_requests) _requests.Add(request); };
        page.Console += (_, pesan) =>
        {
            if (pesan.Type == "error") lock (Konsol) Konsol.Add($"{page.Url}: {pesan.Text}");
        };
    }

    public IPage Page { get; }
    public List<string> Masalah { get; } = [];
    // Errors in the browser console (a CSP refusal shows up here), kept apart so a journey can assert on them by name.
    public List<string> Konsol { get; } = [];

    public async Task GotoAsync(string url, string langkah)
    {
        Reset();
        var response = await Page.GotoAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await TungguMuatAsync();
        if (response is null || response.Status != 200) Masalah.Add($"{url}: status {response?.Status}");
        await PeriksaAsync(langkah);
    }

    public async Task KlikAsync(ILocator tombol, string langkah)
    {
        Reset();
        await KlikTanpaPeriksaAsync(tombol);
        await TungguMuatAsync();
        await PeriksaAsync(langkah);
    }

    // For a page already checked in this journey (the next quiz question): navigate without weighing and photographing again.
    public async Task KlikTanpaPeriksaAsync(ILocator tombol)
    {
        // Obsolete only in favour of waiting for a known URL; after a form post the URL is often the same page.
#pragma warning disable CS0612
        await Page.RunAndWaitForNavigationAsync(() => tombol.ClickAsync(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
#pragma warning restore CS0612
    }

    // Weighing a page needs its load done. Playwright's "load" event once never reached the test in CI (60 s, the
    // page's network already idle); the document's own readyState then says whether the page has loaded.
    private async Task TungguMuatAsync()
    {
        try
        {
            await Page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            if (await Page.EvaluateAsync<string>("document.readyState") != "complete") throw;
        }
    }

    private void Reset() { lock (_requests) _requests.Clear(); }

    private static readonly HashSet<string> TemplatLebarDiperiksa = [];

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=/)[0-9][^/]*")] private static partial System.Text.RegularExpressions.Regex AngkaDiJalur();

    // The innermost elements that reach past the screen's right edge, to name the culprit of a sideways scroll.
    private const string TerlaluLebar = """
        [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
          .slice(0, 3)
          .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right) + ' px: ' + (e.textContent || '').trim().slice(0, 60))
        """;

    private async Task PeriksaAsync(string langkah)
    {
        _nomor++;
        var path = new Uri(Page.Url).PathAndQuery;
        // The page's load: the document and what it pulls in. A form's redirect answer and the quiz's
        // answer-saving fetch happen on interaction, not on loading the page.
        List<IRequest> selesai;
        lock (_requests) selesai = [.. _requests];
        long bytes = 0;
        var jumlah = 0;
        var rincian = new List<string>();
        foreach (var request in selesai)
        {
            if (request.ResourceType is "fetch" or "xhr") continue;
            var response = await request.ResponseAsync();
            if (response is { Status: >= 300 and < 400 }) continue;
            var sizes = await request.SizesAsync();
            var b = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            bytes += b;
            jumlah++;
            rincian.Add($"{request.Url} {b} B");
        }
        if (jumlah > MaxRequests) Masalah.Add($"{path}: {jumlah} permintaan ({string.Join("; ", rincian)})");
        if (bytes > MaxBytes) Masalah.Add($"{path}: {bytes} byte ({string.Join("; ", rincian)})");

        var berkas = $"{_nama}-{_nomor:00}-{langkah}";
        Masalah.AddRange(await Accessibility.SeriousViolationsAsync(Page));
        if (await Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"))
            Masalah.Add($"{path}: melebar lebih dari 360 px ({string.Join("; ", await Page.EvaluateAsync<string[]>(TerlaluLebar))})");
        await Foto.SimpanAsync(Page, $"{berkas}-360");
        await Page.SetViewportSizeAsync(1366, 768);
        // Every state is checked at 360 px; at 1366 px each page template once per test run, which is where layout differs.
        bool pertamaLebar;
        lock (TemplatLebarDiperiksa) pertamaLebar = TemplatLebarDiperiksa.Add(AngkaDiJalur().Replace(new Uri(Page.Url).AbsolutePath, "{n}"));
        if (pertamaLebar) Masalah.AddRange(await Accessibility.SeriousViolationsAsync(Page));
        await Foto.SimpanAsync(Page, $"{berkas}-1366");
        await Page.SetViewportSizeAsync(360, 740);
    }

    public async Task MasukAsync(string userName, string password = AppFactory.DemoPassword)
    {
        await GotoAsync("/Akun/Masuk", "masuk");
        await Page.GetByLabel("Nama pengguna").FillAsync(userName);
        await Page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(password);
        await KlikAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }), "beranda");
        if (Page.Url.Contains("/Akun/Masuk")) Masalah.Add($"{userName} tidak dapat masuk");
    }
}
