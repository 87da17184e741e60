using DtksTraining.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Akun;

[Trait("Category", "Data")]
public class FirstAdminTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public Task InitializeAsync()
    {
        _app.Settings["Demo:Seed"] = "false";
        _app.Settings["Admin:Username"] = "kadinsos";
        _app.Settings["Admin:Password"] = "PesawaranMaju2026";
        return ((IAsyncLifetime)_app).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Without_demo_data_the_configured_first_admin_is_the_only_account_and_can_sign_in()
    {
        _app.CreateClient();
        var users = await _app.WithDbAsync(db => db.Users.Select(u => u.UserName).ToListAsync());
        Assert.Equal(["kadinsos"], users);
        Assert.Equal(148, await _app.WithDbAsync(db => db.Desa.CountAsync()));
        var client = await _app.LoginAsync("kadinsos", "PesawaranMaju2026");
        var page = await client.GetDocumentAsync("/Admin/Pengguna");
        Assert.Contains("kadinsos", page.Body!.TextContent);
    }
}
