using System.Net;
using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;

namespace DtksTraining.Tests.ScaleOut;

// Data Protection keys live in the database, so a cookie or token made by one node is read by the other.
[Collection(TwoNodesCollection.Name)]
[Trait("Category", "ScaleOut")]
public class SharedSessionTests(TwoNodes nodes)
{
    [ScaleOutTheory]
    [InlineData("A", "B")]
    [InlineData("B", "A")]
    public async Task Login_cookie_from_one_node_opens_an_authorised_page_on_the_other(string masukDi, string dibukaDi)
    {
        var (login, other) = (nodes.Node(masukDi), nodes.Node(dibukaDi));
        var (_, cookies) = await TwoNodes.LoginAsync(login, "kades.bagelen");
        var (client, _) = TwoNodes.Client(other, TwoNodes.CookiesFor(cookies, login, other, "dtks.auth"));
        var (anonymous, _) = TwoNodes.Client(other);

        var page = await client.GetAsync("/Akun/Saya/GantiSandi");
        var refused = await anonymous.GetAsync("/Akun/Saya/GantiSandi");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Ganti kata sandi", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Akun/Masuk", refused.Headers.Location!.PathAndQuery);
    }

    [ScaleOutTheory]
    [InlineData("A", "B", true, HttpStatusCode.OK)]
    [InlineData("B", "A", true, HttpStatusCode.OK)]
    [InlineData("A", "B", false, HttpStatusCode.BadRequest)]
    public async Task Antiforgery_token_from_a_form_rendered_by_one_node_is_accepted_by_the_other(
        string direnderDi, string dikirimKe, bool denganCookieAntiforgery, HttpStatusCode expected)
    {
        var (render, target) = (nodes.Node(direnderDi), nodes.Node(dikirimKe));
        var (client, cookies) = await TwoNodes.LoginAsync(render, "kades.bagelen");
        var page = await client.GetDocumentAsync("/Akun/Saya/GantiSandi");
        var form = (IHtmlFormElement)page.QuerySelector("main form")!;
        form.Action = new Uri(target.BaseAddress, "/Akun/Saya/GantiSandi").ToString();
        var names = denganCookieAntiforgery ? new[] { "dtks.auth", "dtks.af" } : ["dtks.auth"];
        var (post, _) = TwoNodes.Client(target, TwoNodes.CookiesFor(cookies, render, target, names));

        var response = await post.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.SandiLama"] = "BukanSandi123",
            ["Input.SandiBaru"] = "SandiBaru2024",
            ["Input.UlangiSandi"] = "SandiBaru2024",
        });

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(target.BaseAddress.Port, response.RequestMessage!.RequestUri!.Port);
        // The handler ran on the target node: Identity checked the old password and refused it.
        if (expected == HttpStatusCode.OK)
            Assert.Contains("Kata sandi lama salah.", await response.Content.ReadAsStringAsync());
    }
}
