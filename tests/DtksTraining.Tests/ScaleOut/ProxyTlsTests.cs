using System.Net;
using DtksTraining.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.ScaleOut;

// The app in-process, where each request says which address it comes from: the known proxy (192.0.2.10) or a
// stranger who talks to the app directly and forges the proxy's headers.
public sealed class ProxyTlsTests : IAsyncLifetime
{
    private const string Proxy = "192.0.2.10";
    private const string Host = "dtks.pesawarankab.go.id";
    private readonly AlamatKlienAppFactory _app = new();

    public Task InitializeAsync()
    {
        _app.Settings["RateLimit:LoginPerMinute"] = "2";
        _app.Settings["ForwardedHeaders:KnownProxies"] = Proxy;
        return ((IAsyncLifetime)_app).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private HttpClient Client() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static HttpRequestMessage Permintaan(HttpMethod method, string url, string dari, string? proto = null, string? untuk = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Host = Host;
        request.Headers.Add(AlamatKlienAppFactory.Header, dari);
        if (proto is not null) request.Headers.Add("X-Forwarded-Proto", proto);
        if (untuk is not null) request.Headers.Add("X-Forwarded-For", untuk);
        return request;
    }

    [Fact]
    public async Task Behind_the_known_proxy_saying_https_every_cookie_is_secure_and_hsts_is_sent()
    {
        using var client = Client();
        using var halaman = await client.SendAsync(Permintaan(HttpMethod.Get, "/Akun/Masuk", Proxy, "https", "198.51.100.20"));
        Assert.Equal(HttpStatusCode.OK, halaman.StatusCode);
        Assert.StartsWith("max-age=31536000", halaman.Headers.GetValues("Strict-Transport-Security").Single());
        var af = halaman.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dtks.af="));
        Assert.Contains("secure", af, StringComparison.OrdinalIgnoreCase);

        var token = (await halaman.ReadDocumentAsync()).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var masuk = Permintaan(HttpMethod.Post, "/Akun/Masuk", Proxy, "https", "198.51.100.20");
        masuk.Headers.Add("Cookie", af.Split(';')[0]);
        masuk.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.NamaPengguna"] = "kades.bagelen",
            ["Input.KataSandi"] = AppFactory.DemoPassword,
            ["__RequestVerificationToken"] = token,
        });
        using var jawaban = await client.SendAsync(masuk);
        Assert.Equal(HttpStatusCode.Redirect, jawaban.StatusCode);
        var cookies = jawaban.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("dtks.auth="));
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.True(jawaban.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData(Proxy, null)]           // plain http through the proxy, as in development
    [InlineData("203.0.113.50", "https")] // a stranger forging the proxy's header
    public async Task Without_https_from_the_known_proxy_there_is_no_hsts_and_no_secure_cookie(string dari, string? proto)
    {
        using var client = Client();
        using var halaman = await client.SendAsync(Permintaan(HttpMethod.Get, "/Akun/Masuk", dari, proto));
        Assert.Equal(HttpStatusCode.OK, halaman.StatusCode);
        Assert.False(halaman.Headers.Contains("Strict-Transport-Security"));
        var af = halaman.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dtks.af="));
        Assert.DoesNotContain("secure", af, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_forged_x_forwarded_for_from_an_unknown_address_does_not_escape_the_rate_limit()
    {
        using var client = Client();
        var statuses = new List<HttpStatusCode>();
        foreach (var palsu in new[] { "10.0.0.1", "10.0.0.2", "10.0.0.3" })
        {
            using var request = Permintaan(HttpMethod.Post, "/Akun/Masuk", "203.0.113.60", untuk: palsu);
            request.Content = new FormUrlEncodedContent([]);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }
        // The limit (2 a minute) counts the stranger's own address, whatever it claims to forward for.
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);

        // Through the known proxy, the same forwarded addresses are believed: each is a client of its own.
        var lewatProxy = new List<HttpStatusCode>();
        foreach (var klien in new[] { "198.51.100.31", "198.51.100.32", "198.51.100.33" })
        {
            using var request = Permintaan(HttpMethod.Post, "/Akun/Masuk", Proxy, untuk: klien);
            request.Content = new FormUrlEncodedContent([]);
            using var response = await client.SendAsync(request);
            lewatProxy.Add(response.StatusCode);
        }
        Assert.All(lewatProxy, s => Assert.Equal(HttpStatusCode.BadRequest, s));
    }
}

// Sets the connection's remote address from a test header before anything else in the pipeline sees the request.
public sealed class AlamatKlienAppFactory : AppFactory
{
    public const string Header = "X-Uji-Alamat-Koneksi";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new AlamatKlien()));
    }

    private sealed class AlamatKlien : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var alamat))
                    context.Connection.RemoteIpAddress = IPAddress.Parse(alamat.ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
