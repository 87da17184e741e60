using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DtksTraining.Tests.Infrastructure;

// Submits a page's real <form>: hidden fields, antiforgery token and handler come from the HTML.
public static class Forms
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} gave {(int)response.StatusCode}: {html[..Math.Min(html.Length, 500)]}");
        return await ParseAsync(html, response.RequestMessage!.RequestUri!);
    }

    public static async Task<IHtmlDocument> ReadDocumentAsync(this HttpResponseMessage response) =>
        await ParseAsync(await response.Content.ReadAsStringAsync(), response.RequestMessage!.RequestUri!);

    private static async Task<IHtmlDocument> ParseAsync(string html, Uri url)
    {
        var context = BrowsingContext.New(Configuration.Default);
        var document = (IHtmlDocument)await context.OpenAsync(r => r.Content(html).Address(url));
        return document;
    }

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument page,
        IReadOnlyDictionary<string, string> values, string formSelector = "main form", string? submitSelector = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
                   ?? throw new InvalidOperationException($"Formulir '{formSelector}' tidak ada di halaman.");
        return client.SubmitAsync(form, values, submitSelector);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form,
        IReadOnlyDictionary<string, string> values, string? submitSelector = null)
    {
        foreach (var (name, value) in values)
        {
            var fields = form.Elements.Where(e => e.GetAttribute("name") == name).ToList();
            if (fields.Count == 0) throw new InvalidOperationException($"Kolom '{name}' tidak ada di formulir.");
            foreach (var field in fields)
            {
                switch (field)
                {
                    case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                        box.IsChecked = box.Value == value || (value == "true" && box.Value is "true" or "on");
                        break;
                    case IHtmlInputElement input: input.Value = value; break;
                    case IHtmlSelectElement select: select.Value = value; break;
                    case IHtmlTextAreaElement area: area.Value = value; break;
                }
            }
        }
        var submitter = submitSelector is null
            ? form.QuerySelector("button[type=submit], input[type=submit]") as IHtmlElement
            : form.QuerySelector(submitSelector) as IHtmlElement ?? throw new InvalidOperationException($"Tombol '{submitSelector}' tidak ada.");
        var submission = (submitter is null ? form.GetSubmission() : form.GetSubmission(submitter))!;
        var target = submission.Target;
        var request = new HttpRequestMessage(new HttpMethod(submission.Method.ToString()), target.Href);
        if (submission.Method.ToString().Equals("post", StringComparison.OrdinalIgnoreCase))
        {
            var body = submission.Body;
            var content = new StreamContent(body);
            foreach (var header in submission.Headers)
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            request.Content = content;
        }
        return await client.SendAsync(request);
    }

    public static async Task<HttpClient> LoginAsync(this AppFactory factory, string userName,
        string password = AppFactory.DemoPassword, bool followRedirects = true)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });
        var page = await client.GetDocumentAsync("/Akun/Masuk");
        var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.NamaPengguna"] = userName,
            ["Input.KataSandi"] = password,
        });
        if (followRedirects ? response.RequestMessage!.RequestUri!.AbsolutePath == "/Akun/Masuk"
                            : response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login {userName} gagal: {(int)response.StatusCode}");
        return client;
    }
}
