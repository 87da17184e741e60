using System.Net;
using DtksTraining.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.ScaleOut;

// The app on a real socket with a login limit of 2 a minute; each test case uses client addresses of its own.
public sealed class ProxiedApp : IAsyncLifetime
{
    public AppFactory App { get; } = new();
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App.Settings["RateLimit:LoginPerMinute"] = "2";
        App.Settings["ForwardedHeaders:KnownProxies"] = "192.0.2.10, 192.0.2.11";
        await ((IAsyncLifetime)App).InitializeAsync();
        App.UseKestrel(0);
        App.StartServer();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
    }

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();

    public HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };
}

// Behind nginx every request comes from the proxy's address; the rate limit must count the client's address instead.
public class ForwardedHeadersTests(ProxiedApp proxied) : IClassFixture<ProxiedApp>
{
    [Theory]
    [InlineData(new[] { "203.0.113.7", "203.0.113.7", "203.0.113.7" }, HttpStatusCode.TooManyRequests)]
    [InlineData(new[] { "203.0.113.8", "203.0.113.9", "203.0.113.10" }, HttpStatusCode.BadRequest)]
    [InlineData(new[] { "", "", "" }, HttpStatusCode.TooManyRequests)]
    public async Task Login_rate_limit_counts_the_address_nginx_forwards(string[] clientAddresses, HttpStatusCode third)
    {
        using var client = proxied.Client();
        var statuses = new List<HttpStatusCode>();
        foreach (var clientAddress in clientAddresses)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/Akun/Masuk") { Content = new FormUrlEncodedContent([]) };
            if (clientAddress.Length > 0) request.Headers.Add("X-Forwarded-For", clientAddress);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }
        // Without an antiforgery token the form is refused with 400 once the rate limit has let the request through.
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, third], statuses);
    }

    [Fact]
    public async Task Login_behind_an_https_proxy_sets_a_secure_cookie()
    {
        // No cookie jar: it would keep the Secure antiforgery cookie off this plain-http hop, as a browser on https would not.
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = proxied.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.20");
        using var get = await client.GetAsync("/Akun/Masuk");
        var antiforgery = get.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dtks.af="));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        var page = await get.ReadDocumentAsync();
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Akun/Masuk")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.NamaPengguna"] = "kades.bagelen",
                ["Input.KataSandi"] = AppFactory.DemoPassword,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        using var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var authCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dtks.auth="));
        Assert.Contains("secure", authCookie, StringComparison.OrdinalIgnoreCase);
    }
}
