using System.Net;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Jadwal;
using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Akun;

[Trait("Category", "Data")]
public class SecurityStampTests : IAsyncLifetime
{
    private readonly JadwalAppFactory _app = new();
    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task A_changed_security_stamp_ends_the_session_once_the_one_minute_check_is_due()
    {
        var client = await _app.LoginAsync("kades.bagelen", followRedirects: false);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByNameAsync("kades.bagelen"))!);
        }

        var segera = await client.GetAsync("/Belajar");
        Assert.Equal(HttpStatusCode.OK, segera.StatusCode);

        _app.Clock.Advance(TimeSpan.FromSeconds(61));
        var nanti = await client.GetAsync("/Belajar");
        Assert.Equal(HttpStatusCode.Redirect, nanti.StatusCode);
        Assert.StartsWith("/Akun/Masuk", nanti.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task An_unchanged_stamp_keeps_the_session_after_the_check_and_renews_the_cookie()
    {
        var client = await _app.LoginAsync("kades.bagelen", followRedirects: false);
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        var dicek = await client.GetAsync("/Belajar");
        Assert.Equal(HttpStatusCode.OK, dicek.StatusCode);
        Assert.Contains(dicek.Headers.GetValues("Set-Cookie"), c => c.StartsWith("dtks.auth=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Belajar")).StatusCode);
    }

    [Fact]
    public async Task The_principal_rebuilt_at_the_check_keeps_the_role_and_no_more()
    {
        var client = await _app.LoginAsync("kades.bagelen", followRedirects: false);
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        var dicek = await client.GetAsync("/Peserta/Jadwal");
        Assert.Equal(HttpStatusCode.OK, dicek.StatusCode);
        Assert.Contains(dicek.Headers.GetValues("Set-Cookie"), c => c.StartsWith("dtks.auth=", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Peserta/Jadwal")).StatusCode);
        var staf = await client.GetAsync("/Staf/Kehadiran");
        Assert.Equal(HttpStatusCode.Redirect, staf.StatusCode);
        Assert.StartsWith("/Akun/Ditolak", staf.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_page_that_reads_no_message_sets_no_temp_data_cookie()
    {
        var beranda = await _app.CreateClient().GetAsync("/");
        Assert.DoesNotContain(beranda.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            c => c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider", StringComparison.Ordinal));
    }
}
