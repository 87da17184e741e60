using System.Net;
using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Akun;

[Trait("Category", "Data")]
public class AturUlangSandiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Fasilitator_resets_an_operator_who_then_must_choose_a_new_password()
    {
        var fasilitator = await app.LoginAsync("fasilitator");
        var page = await fasilitator.GetDocumentAsync("/Staf/AturUlangSandi?cari=padang manis");
        var form = page.QuerySelectorAll("form.reset").Cast<IHtmlFormElement>()
            .Single(f => f.ParentElement!.ParentElement!.TextContent.Contains("operator.padangmanis"));
        var hasil = await (await fasilitator.SubmitAsync(form, new Dictionary<string, string>())).ReadDocumentAsync();
        var kode = hasil.QuerySelector("code.big")!.TextContent.Trim();
        Assert.Matches("^[a-hj-km-np-z2-9]{8}$", kode);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "operator.padangmanis").Select(u => u.WajibGantiSandi).SingleAsync()));

        var lagi = await fasilitator.GetDocumentAsync("/Staf/AturUlangSandi?cari=padang manis");
        Assert.Null(lagi.QuerySelector("code.big"));

        var operatorClient = app.CreateClient();
        var masuk = await operatorClient.GetDocumentAsync("/Akun/Masuk");
        var setelah = await operatorClient.SubmitAsync(masuk, new Dictionary<string, string>
        {
            ["Input.NamaPengguna"] = "operator.padangmanis", ["Input.KataSandi"] = kode,
        });
        Assert.Equal("/Akun/Saya/GantiSandi", setelah.RequestMessage!.RequestUri!.AbsolutePath);
        var ganti = await setelah.ReadDocumentAsync();
        var selesai = await operatorClient.SubmitAsync(ganti, new Dictionary<string, string>
        {
            ["Input.SandiLama"] = kode, ["Input.SandiBaru"] = "SandiBaru77", ["Input.UlangiSandi"] = "SandiBaru77",
        });
        Assert.Equal("/", selesai.RequestMessage!.RequestUri!.AbsolutePath);
        await app.LoginAsync("operator.padangmanis", "SandiBaru77");
    }

    [Fact]
    public async Task Fasilitator_does_not_see_and_cannot_reset_staff_accounts()
    {
        var fasilitator = await app.LoginAsync("fasilitator");
        var cariAdmin = await fasilitator.GetDocumentAsync("/Staf/AturUlangSandi?cari=admin");
        Assert.Empty(cariAdmin.QuerySelectorAll("form.reset"));
        var cariStaf = await fasilitator.GetDocumentAsync("/Staf/AturUlangSandi?cari=fasilitator");
        Assert.Empty(cariStaf.QuerySelectorAll("form.reset"));

        var (adminId, hashSebelum) = await app.WithDbAsync(async db =>
            await db.Users.Where(u => u.UserName == "admin").Select(u => new ValueTuple<string, string?>(u.Id, u.PasswordHash)).SingleAsync());
        var page = await fasilitator.GetDocumentAsync("/Staf/AturUlangSandi?cari=penengahan");
        var form = (IHtmlFormElement)page.QuerySelector("form.reset")!;
        var response = await fasilitator.SubmitAsync(form, new Dictionary<string, string> { ["id"] = adminId });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("/Akun/Ditolak", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(hashSebelum, await app.WithDbAsync(db => db.Users.Where(u => u.Id == adminId).Select(u => u.PasswordHash).SingleAsync()));
        await app.LoginAsync("admin");
    }

    [Fact]
    public async Task Admin_may_reset_a_fasilitator()
    {
        var admin = await app.LoginAsync("admin");
        var page = await admin.GetDocumentAsync("/Staf/AturUlangSandi?cari=fasilitator.dua");
        var hasil = await (await admin.SubmitAsync(page, new Dictionary<string, string>(), "form.reset")).ReadDocumentAsync();
        var kode = hasil.QuerySelector("code.big")!.TextContent.Trim();
        await app.LoginAsync("fasilitator.dua", kode);
    }

    [Theory]
    [InlineData("kades.banjaran")]
    [InlineData("operator.banjaran")]
    public async Task Participants_cannot_open_the_page(string userName)
    {
        var client = await app.LoginAsync(userName);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Staf/AturUlangSandi")).StatusCode);
    }
}
