using System.Net;
using System.Text.RegularExpressions;
using DtksTraining.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DtksTraining.Tests.Akun;

[Trait("Category", "Data")]
public partial class PasswordResetByMailTests : IAsyncLifetime
{
    private readonly SmtpSink _smtp = new();
    private readonly AppFactory _app = new();

    [GeneratedRegex(@"https?://\S+/Akun/AturUlangSandi\S+")] private static partial Regex ResetLink();

    public async Task InitializeAsync()
    {
        await _smtp.StartAsync();
        _app.UseSmtp(_smtp);
        await ((IAsyncLifetime)_app).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_app).DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task A_user_with_email_resets_the_password_through_the_mailed_link()
    {
        var client = _app.CreateClient();
        var form = await client.GetDocumentAsync("/Akun/LupaSandi");
        var answer = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.NamaAtauEmail"] = "kades.bagelen" });
        Assert.Contains("tautan untuk membuat kata sandi baru sudah dikirim", await answer.Content.ReadAsStringAsync());

        var mail = await _smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "kades.bagelen@desa.example"));
        Assert.Equal("Buat kata sandi baru DtksTraining", mail.Subject);
        var link = new Uri(ResetLink().Match(mail.TextBody ?? "").Value);

        var resetPage = await client.GetDocumentAsync(link.PathAndQuery);
        var weak = await client.SubmitAsync(resetPage, new Dictionary<string, string>
        {
            ["Input.SandiBaru"] = "pendek", ["Input.UlangiSandi"] = "pendek",
        });
        Assert.Contains("Kata sandi minimal 8 karakter.", await weak.Content.ReadAsStringAsync());

        var done = await client.SubmitAsync(await weak.ReadDocumentAsync(), new Dictionary<string, string>
        {
            ["Input.SandiBaru"] = "bagelenjaya7", ["Input.UlangiSandi"] = "bagelenjaya7",
        });
        Assert.Contains("Kata sandi baru sudah disimpan. Silakan masuk.", await done.Content.ReadAsStringAsync());
        await _app.LoginAsync("kades.bagelen", "bagelenjaya7");

        var reused = await client.SubmitAsync(await client.GetDocumentAsync(link.PathAndQuery), new Dictionary<string, string>
        {
            ["Input.SandiBaru"] = "bagelenjaya8", ["Input.UlangiSandi"] = "bagelenjaya8",
        });
        Assert.Contains("Tautan atau kode sudah tidak berlaku.", await reused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_form_answers_the_same_for_unknown_accounts_and_sends_nothing()
    {
        var client = _app.CreateClient();
        var form = await client.GetDocumentAsync("/Akun/LupaSandi");
        var answer = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.NamaAtauEmail"] = "tidak.ada" });
        Assert.Contains("tautan untuk membuat kata sandi baru sudah dikirim", await answer.Content.ReadAsStringAsync());
        await Task.Delay(2000);
        Assert.DoesNotContain(_smtp.Received, m => m.Subject == "Buat kata sandi baru DtksTraining");
    }
}

public class LoginRateLimitTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public Task InitializeAsync()
    {
        _app.Settings["RateLimit:LoginPerMinute"] = "3";
        return ((IAsyncLifetime)_app).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Login_posts_beyond_the_limit_get_429_with_a_bahasa_message()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var page = await client.GetDocumentAsync("/Akun/Masuk");
            var response = await client.SubmitAsync(page, new Dictionary<string, string>
            {
                ["Input.NamaPengguna"] = "admin", ["Input.KataSandi"] = "salah-sandi1",
            });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                Assert.Contains("Terlalu banyak percobaan", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Akun/Masuk")).StatusCode);
    }
}
