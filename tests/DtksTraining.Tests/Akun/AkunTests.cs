using System.Net;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Data;
using DtksTraining.Web.Wilayah;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Akun;

[Trait("Category", "Data")]
public class AkunTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private async Task<(HttpResponseMessage Response, string Html)> TryLogin(HttpClient client, string user, string password)
    {
        var page = await client.GetDocumentAsync("/Akun/Masuk");
        var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.NamaPengguna"] = user, ["Input.KataSandi"] = password,
        });
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_village_head_logs_in_with_username_and_sees_their_desa()
    {
        var client = await _app.LoginAsync("kades.bagelen");
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("Sutrisno", home.Body!.TextContent);
        Assert.Contains("Bagelen, Gedong Tataan", home.Body.TextContent);
        Assert.Contains("Kepala Desa", home.Body.TextContent);
    }

    [Theory]
    [InlineData("", "", "Nama pengguna wajib diisi.")]
    [InlineData("kades.bagelen", "salah-sandi1", "Nama pengguna atau kata sandi salah.")]
    [InlineData("tidak.ada", "Latihan#2024", "Nama pengguna atau kata sandi salah.")]
    public async Task Bad_login_answers_in_bahasa_and_keeps_the_username(string user, string password, string message)
    {
        var (response, html) = await TryLogin(_app.CreateClient(), user, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html);
        if (user.Length > 0) Assert.Contains($"value=\"{user}\"", html);
    }

    [Fact]
    public async Task A_deactivated_account_cannot_log_in()
    {
        await _app.WithDbAsync(async db =>
        {
            var user = await db.Users.FirstAsyncByName("operator.bawang");
            user.Aktif = false;
            await db.SaveChangesAsync();
        });
        var (_, html) = await TryLogin(_app.CreateClient(), "operator.bawang", AppFactory.DemoPassword);
        Assert.Contains("Akun ini dinonaktifkan", html);
    }

    [Fact]
    public async Task A_one_time_code_forces_a_new_password_before_anything_else()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("kades.bunut"))!;
            await users.RemovePasswordAsync(user);
            await users.AddPasswordAsync(user, "KODE7X4Q9");
            user.WajibGantiSandi = true;
            await users.UpdateAsync(user);
        }
        var client = _app.CreateClient();
        var (response, _) = await TryLogin(client, "kades.bunut", "KODE7X4Q9");
        Assert.Equal("/Akun/Saya/GantiSandi", response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("kode sekali pakai", page.Body!.TextContent);

        var mismatch = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.SandiLama"] = "KODE7X4Q9", ["Input.SandiBaru"] = "bunutmaju1", ["Input.UlangiSandi"] = "bunutmaju2",
        });
        Assert.Contains("Kedua kata sandi baru tidak sama.", await mismatch.Content.ReadAsStringAsync());

        var done = await client.SubmitAsync(await mismatch.ReadDocumentAsync(), new Dictionary<string, string>
        {
            ["Input.SandiLama"] = "KODE7X4Q9", ["Input.SandiBaru"] = "bunutmaju1", ["Input.UlangiSandi"] = "bunutmaju1",
        });
        Assert.Contains("Kata sandi baru sudah disimpan.", await done.Content.ReadAsStringAsync());
        await _app.LoginAsync("kades.bunut", "bunutmaju1");
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_strict_cookies()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetAsync("/Akun/Masuk");
        var csp = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        var antiforgeryCookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dtks.af="));
        Assert.Contains("httponly", antiforgeryCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", antiforgeryCookie, StringComparison.OrdinalIgnoreCase);

        var login = await _app.LoginAsync("admin", followRedirects: false);
        Assert.NotNull(login);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsync("/Akun/Masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.NamaPengguna"] = "admin", ["Input.KataSandi"] = AppFactory.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_language_switch_turns_the_interface_to_english_and_back()
    {
        var client = _app.CreateClient();
        var home = await client.GetDocumentAsync("/Akun/Masuk");
        Assert.Contains("Kata sandi", home.Body!.TextContent);
        var english = await client.SubmitAsync(home, new Dictionary<string, string>(), "form.lang");
        var englishPage = await english.ReadDocumentAsync();
        Assert.Equal("/Akun/Masuk", english.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("en", englishPage.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Password", englishPage.Body!.TextContent);
        Assert.Contains("Sign in", englishPage.Body.TextContent);
        var back = await client.SubmitAsync(englishPage, new Dictionary<string, string>(), "form.lang");
        Assert.Contains("Kata sandi", (await back.ReadDocumentAsync()).Body!.TextContent);
    }
}

internal static class UserQueries
{
    public static Task<AppUser> FirstAsyncByName(this System.Linq.IQueryable<AppUser> users, string userName) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(users, u => u.UserName == userName);
}
