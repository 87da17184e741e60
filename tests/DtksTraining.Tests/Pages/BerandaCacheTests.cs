using System.Net;
using DtksTraining.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DtksTraining.Tests.Pages;

[Trait("Category", "Data")]
public class BerandaCacheTests(AppFactory app) : IClassFixture<AppFactory>
{
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
}
