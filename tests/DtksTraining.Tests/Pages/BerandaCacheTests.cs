using System.Net;
using DtksTraining.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DtksTraining.Tests.Pages;

[Trait("Category", "Data")]
public class BerandaCacheTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly Dictionary<string, string> Kosong = [];

    private HttpClient TanpaRedirect() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_anonymous_home_page_has_no_antiforgery_token_and_sets_no_cookie()
    {
        var response = await app.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("get", page.QuerySelector("form.lang")!.GetAttribute("method"));
        Assert.DoesNotContain("__RequestVerificationToken", html);
        Assert.False(response.Headers.Contains("Set-Cookie"));
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
