using System.IO.Compression;
using System.Net;
using DtksTraining.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DtksTraining.Tests.Beranda;

[Trait("Category", "Data")]
public class BerandaCacheTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly Dictionary<string, string> Kosong = [];

    private HttpClient TanpaRedirect() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_anonymous_home_page_has_no_antiforgery_token_and_sets_no_cookie_fresh_or_cached()
    {
        foreach (var kunjungan in new[] { "pertama", "kedua" })
        {
            var response = await app.CreateClient().GetAsync("/");
            var html = await response.Content.ReadAsStringAsync();
            var page = await response.ReadDocumentAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("get", page.QuerySelector("form.lang")!.GetAttribute("method"));
            Assert.DoesNotContain("__RequestVerificationToken", html);
            Assert.False(response.Headers.Contains("Set-Cookie"), $"Set-Cookie pada kunjungan {kunjungan}");
            Assert.Contains("frame-ancestors 'none'", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")));
        }
    }

    [Fact]
    public async Task Indonesian_and_english_visitors_each_get_the_home_page_in_their_own_language()
    {
        await app.CreateClient().GetAsync("/");
        var dariCache = await app.CreateClient().GetAsync("/");
        Assert.NotNull(dariCache.Headers.Age);

        var client = app.CreateClient();
        var beranda = await client.GetDocumentAsync("/");
        Assert.Equal("id", beranda.DocumentElement.GetAttribute("lang"));
        var english = await client.SubmitAsync(beranda, Kosong, "form.lang");
        Assert.Equal("/", english.RequestMessage!.RequestUri!.AbsolutePath);
        var englishPage = await english.ReadDocumentAsync();
        Assert.Equal("en", englishPage.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Welcome to DtksTraining", englishPage.QuerySelector("h1")!.TextContent.Trim());

        var englishLagi = await client.GetAsync("/");
        Assert.NotNull(englishLagi.Headers.Age);
        Assert.Equal("Welcome to DtksTraining", (await englishLagi.ReadDocumentAsync()).QuerySelector("h1")!.TextContent.Trim());

        var baru = await app.CreateClient().GetAsync("/");
        var halamanBaru = await baru.ReadDocumentAsync();
        Assert.NotNull(baru.Headers.Age);
        Assert.Equal("id", halamanBaru.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Selamat datang di DtksTraining", halamanBaru.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_signed_in_user_sees_their_own_name_on_the_home_page_right_after_an_anonymous_visit()
    {
        await app.CreateClient().GetAsync("/");
        await app.CreateClient().GetAsync("/");
        var client = await app.LoginAsync("kades.bagelen");

        var response = await client.GetAsync("/");
        var home = await response.ReadDocumentAsync();
        Assert.Null(response.Headers.Age);
        Assert.Contains("Sutrisno", home.Body!.TextContent);
        Assert.NotNull(home.QuerySelector("form[action='/Akun/Keluar']"));
        Assert.Null(home.QuerySelector("nav a[href='/Akun/Masuk']"));
    }

    [Fact]
    public async Task The_cached_home_page_still_goes_out_compressed()
    {
        foreach (var kunjungan in new[] { "pertama", "kedua" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            var response = await app.CreateClient().SendAsync(request);

            Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
            await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
            Assert.Contains("Selamat datang di DtksTraining", await new StreamReader(gzip).ReadToEndAsync());
            if (kunjungan == "kedua") Assert.NotNull(response.Headers.Age);
        }
    }

    [Theory]
    [InlineData("https://contoh.invalid/")]
    [InlineData("//contoh.invalid/")]
    [InlineData("/\\contoh.invalid/")]
    public async Task The_language_switch_refuses_to_send_the_visitor_to_another_site(string returnUrl)
    {
        var client = TanpaRedirect();
        var home = await client.GetDocumentAsync("/");
        var response = await client.SubmitAsync(home, new Dictionary<string, string> { ["returnUrl"] = returnUrl }, "form.lang");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_language_only_redirects_and_sets_no_cookie()
    {
        var client = TanpaRedirect();
        var response = await client.GetAsync("/Bahasa?culture=fr-FR&returnUrl=%2FAkun%2FMasuk");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Akun/Masuk", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_sign_out_message_shows_once_on_the_home_page_even_right_after_an_anonymous_visit()
    {
        await app.CreateClient().GetDocumentAsync("/");
        await app.CreateClient().GetDocumentAsync("/");
        var client = await app.LoginAsync("operator.bagelen");
        var home = await client.GetDocumentAsync("/");

        var keluar = await client.SubmitAsync(home, Kosong, "form[action='/Akun/Keluar']");
        var page = await keluar.ReadDocumentAsync();
        Assert.Equal("/", keluar.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Anda sudah keluar.", page.QuerySelector(".flash")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("nav a[href='/Akun/Masuk']"));

        var sesudahnya = await client.GetDocumentAsync("/");
        Assert.Null(sesudahnya.QuerySelector(".flash"));
    }
}
