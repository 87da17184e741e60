using System.Collections;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Akun;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DtksTraining.Tests.Shared;

// Posts every POST handler of every page, found from the compiled page models, with hostile values in each field:
// a new form is covered without touching this test. No answer may be a 5xx, and no refusal may be in English.
[Trait("Category", "Data")]
public partial class FormulirFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Anon = "anonim";
    private const string Hilang = "\u0000(tidak dikirim)";
    private static readonly string SatuMega = new('x', 1024 * 1024);

    // One value per kind of abuse; every field gets all of them, whatever its type.
    private static readonly (string Jenis, string Nilai)[] NilaiUji =
    [
        ("tidak dikirim", Hilang),
        ("kosong", ""),
        ("spasi", "   \t  "),
        ("1 MB", SatuMega),
        ("karakter kendali", "a\u0000b\u0001c\u001b[31m\r\n\u007f\u0085"),
        ("RTL dan emoji", "\u202Eمرحبا بالعالم 👨‍👩‍👧‍👦 𝕏 \uFEFF"),
        ("huruf", "abc"),
        ("angka raksasa", "999999999999999999999999999999"),
        ("negatif", "-1"),
        ("di bawah int", "-2147483649"),
        ("desimal", "1.5e308"),
        ("tanggal mustahil", "2026-02-31"),
        ("tanggal jauh", "9999-12-31"),
        ("tanggal awal", "0001-01-01"),
        ("jam salah", "25:61"),
        ("guid salah", "00000000-0000-0000-0000-00000000000G"),
        ("skrip", "<script>alert(1)</script>"),
        ("SQL", "' OR 1=1; --"),
    ];

    // English text of ASP.NET Core's default validation messages.
    private static readonly string[] TeksInggris =
        ["field is required", "is not valid", "The value", "must be a number", "The field", "is invalid", "A value for the"];

    private readonly AppFactory _app = new();
    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private sealed record Isian(string Nama, bool Berkas);

    private sealed record Handler(string Halaman, string Template, string Identitas, string? Nama, List<Isian> Isian);

    [GeneratedRegex(@"\{([^}:?=*]+)[^}]*\}")] private static partial Regex ParameterRute();

    [Fact]
    public async Task Every_form_refuses_hostile_input_without_a_5xx_and_in_Bahasa()
    {
        _app.CreateClient();
        var handlers = await TemukanHandlerAsync();
        Assert.NotEmpty(handlers);

        var klien = new Dictionary<string, HttpClient>();
        async Task<HttpClient> Klien(string identitas, bool baru = false)
        {
            if (!baru && klien.TryGetValue(identitas, out var ada)) return ada;
            var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
            return klien[identitas] = identitas == Anon ? _app.CreateClient(options) : await _app.LoginAsync(identitas, followRedirects: false);
        }
        foreach (var identitas in handlers.Select(h => h.Identitas).Distinct()) await Klien(identitas);
        var tautan = await KumpulkanTautanAsync(klien);

        var jumlahInput = 0;
        var galat = new List<string>();
        var inggris = new List<string>();
        var sesiHilang = 0;
        var pesanDiKolom = 0;
        foreach (var halaman in handlers.GroupBy(h => (h.Halaman, h.Identitas)))
        {
            var (_, identitas) = halaman.Key;
            var url = IsiRute(halaman.First().Template, tautan);
            var (dasar, token) = await BacaFormulirAsync(await Klien(identitas), url, identitas);
            foreach (var handler in halaman)
            {
                var target = url + (url.Contains('?') ? "&" : "?") + (handler.Nama is null ? "" : "handler=" + Uri.EscapeDataString(handler.Nama));
                foreach (var isian in handler.Isian)
                foreach (var (jenis, nilai) in NilaiUji)
                {
                    jumlahInput++;
                    var response = await KirimAsync(await Klien(identitas), target, dasar, token, handler.Isian, isian, nilai);
                    var kode = (int)response.StatusCode;
                    var label = $"POST {target} [{identitas}] {isian.Nama} = {jenis}";
                    if (kode >= 500)
                    {
                        galat.Add($"{label}: {kode}");
                        continue;
                    }
                    var lokasi = response.Headers.Location?.ToString() ?? "";
                    if (identitas != Anon && lokasi.Contains("/Akun/Masuk", StringComparison.OrdinalIgnoreCase))
                    {
                        // A form that ends the session (sign out, a changed security stamp) must not blind the rest of the run.
                        sesiHilang++;
                        (dasar, token) = await BacaFormulirAsync(await Klien(identitas, baru: true), url, identitas);
                        continue;
                    }
                    if (response.Content.Headers.ContentType?.MediaType is "text/html" or "text/plain")
                    {
                        var body = await response.Content.ReadAsStringAsync();
                        var teks = TeksInggris.FirstOrDefault(t => body.Contains(t, StringComparison.Ordinal));
                        if (teks is not null) inggris.Add($"{label}: {kode} berisi \"{teks}\"");
                        if (body.Contains("field-validation-error", StringComparison.Ordinal)) pesanDiKolom++;
                    }
                }
            }
        }

        var ringkasan = $"{handlers.Count} handler POST di {handlers.Select(h => h.Halaman).Distinct().Count()} halaman, " +
                        $"{handlers.Sum(h => h.Isian.Count)} isian, {jumlahInput} input dikirim; " +
                        $"jawaban 5xx: {galat.Count}; pesan berbahasa Inggris: {inggris.Count}; " +
                        $"ditolak dengan pesan di kolomnya: {pesanDiKolom}; sesi berakhir dan masuk lagi: {sesiHilang}";
        output.WriteLine(ringkasan);
        // xUnit keeps test output to itself; .ci/run prints this file so the count shows in the CI log.
        var hasil = Path.Combine(LocalizationCoverageTests.RepositoryRoot(), "TestResults");
        Directory.CreateDirectory(hasil);
        await File.WriteAllTextAsync(Path.Combine(hasil, "fuzz-formulir.txt"), ringkasan + Environment.NewLine);
        foreach (var baris in galat.Concat(inggris).Take(200)) output.WriteLine(baris);

        Assert.True(jumlahInput >= 1000, $"Hanya {jumlahInput} input.");
        Assert.True(pesanDiKolom > 0, "Tidak satu pun penolakan menampilkan pesan di kolomnya.");
        Assert.True(galat.Count == 0, $"{galat.Count} jawaban 5xx:{Environment.NewLine}{string.Join(Environment.NewLine, galat.Take(50))}");
        Assert.True(inggris.Count == 0, $"{inggris.Count} pesan Inggris:{Environment.NewLine}{string.Join(Environment.NewLine, inggris.Take(50))}");
    }

    private async Task<List<Handler>> TemukanHandlerAsync()
    {
        var loader = _app.Services.GetRequiredService<PageLoader>();
        var pages = _app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .GroupBy(p => p.ViewEnginePath)
            .Select(g => g.OrderByDescending(p => p.AttributeRouteInfo!.Template!.Length).First());
        var hasil = new List<Handler>();
        foreach (var page in pages)
        {
            var compiled = await loader.LoadAsync(page, Microsoft.AspNetCore.Http.EndpointMetadataCollection.Empty);
            var identitas = Identitas(page, compiled);
            var properti = compiled.BoundProperties
                .Where(p => p.BindingInfo?.BindingSource is null || p.BindingInfo.BindingSource.CanAcceptDataFrom(BindingSource.Form))
                .SelectMany(p => Ratakan(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0))
                .ToList();
            foreach (var handler in compiled.HandlerMethods.Where(h => h.HttpMethod.Equals("POST", StringComparison.OrdinalIgnoreCase)))
            {
                var isian = properti.Concat(handler.Parameters
                        .Where(p => p.BindingInfo?.BindingSource is null || p.BindingInfo.BindingSource.CanAcceptDataFrom(BindingSource.Form))
                        .SelectMany(p => Ratakan(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0)))
                    .DistinctBy(i => i.Nama).ToList();
                // A handler without fields still gets its route and query fuzzed through the missing-value case.
                if (isian.Count == 0) isian.Add(new Isian("__tanpa_isian", false));
                hasil.Add(new Handler(page.ViewEnginePath, page.AttributeRouteInfo!.Template!, identitas, handler.Name, isian));
            }
        }
        return hasil;
    }

    // The identity that may post the page: the role its folder or attribute demands, else anonymous.
    private static string Identitas(PageActionDescriptor page, CompiledPageActionDescriptor compiled)
    {
        var metadata = page.EndpointMetadata.Concat(compiled.ModelTypeInfo!.GetCustomAttributes(true))
            .Concat(compiled.HandlerTypeInfo.GetCustomAttributes(true)).ToList();
        if (metadata.OfType<IAllowAnonymous>().Any()) return Anon;
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        if (authorize.Count == 0) return Anon;
        var syarat = string.Join(",", authorize.Select(a => a.Roles + "," + a.Policy));
        if (syarat.Contains(Peran.Admin)) return "admin";
        if (syarat.Contains(Kebijakan.Staf)) return "fasilitator";
        if (syarat.Contains(Kebijakan.Peserta)) return "kades.bagelen";
        return "operator.bagelen";
    }

    private static IEnumerable<Isian> Ratakan(string nama, Type type, int kedalaman)
    {
        var dasar = Nullable.GetUnderlyingType(type) ?? type;
        if (typeof(IFormFile).IsAssignableFrom(dasar) || typeof(IFormFileCollection).IsAssignableFrom(dasar))
        {
            yield return new Isian(nama, true);
            yield break;
        }
        if (Sederhana(dasar))
        {
            yield return new Isian(nama, false);
            yield break;
        }
        var elemen = dasar.IsArray ? dasar.GetElementType()
            : dasar.IsGenericType && typeof(IEnumerable).IsAssignableFrom(dasar) ? dasar.GetGenericArguments().Last() : null;
        if (elemen is not null)
        {
            if (Sederhana(Nullable.GetUnderlyingType(elemen) ?? elemen))
            {
                yield return new Isian(nama, false);
                yield return new Isian(nama + "[0]", false);
            }
            else if (kedalaman < 3)
                foreach (var i in Ratakan(nama + "[0]", elemen, kedalaman + 1)) yield return i;
            yield break;
        }
        if (kedalaman >= 3) yield break;
        foreach (var p in dasar.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
            foreach (var i in Ratakan(nama + "." + p.Name, p.PropertyType, kedalaman + 1)) yield return i;
    }

    private static bool Sederhana(Type t) =>
        t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(TimeOnly)
        || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(TimeSpan) || t == typeof(Guid);

    // Links each identity can reach from the pages without route values: real ids for the pages that need one.
    private async Task<List<string>> KumpulkanTautanAsync(Dictionary<string, HttpClient> klien)
    {
        var templates = _app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>().Select(p => p.AttributeRouteInfo!.Template!)
            .Where(t => !t.Contains('{')).Distinct().ToList();
        var tautan = new List<string>();
        foreach (var c in klien.Values)
        foreach (var template in templates)
        {
            var response = await c.GetAsync("/" + template);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var doc = await response.ReadDocumentAsync();
            tautan.AddRange(doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Where(h => h.StartsWith('/') && !h.StartsWith("//")));
        }
        return tautan.Distinct().ToList();
    }

    // A template with route values takes the first real link that fits it; otherwise the values become 1.
    private static string IsiRute(string template, List<string> tautan)
    {
        if (!template.Contains('{')) return "/" + template;
        var pola = new Regex("^/" + ParameterRute().Replace(Regex.Escape(template).Replace(@"\{", "{").Replace(@"\}", "}"),
            m => m.Value.Contains('?') ? "?[^/?]*" : "[^/?]+") + @"(\?.*)?$", RegexOptions.IgnoreCase);
        return tautan.FirstOrDefault(t => pola.IsMatch(t)) ?? "/" + ParameterRute().Replace(template, "1");
    }

    // The page's own form values (what a user would submit unchanged) and an antiforgery token for this identity.
    private static async Task<(List<KeyValuePair<string, string>> Dasar, string Token)> BacaFormulirAsync(HttpClient client, string url, string identitas)
    {
        var dasar = new List<KeyValuePair<string, string>>();
        string? token = null;
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var doc = await response.ReadDocumentAsync();
            foreach (var form in doc.QuerySelectorAll("main form[method=post]").OfType<IHtmlFormElement>())
            foreach (var element in form.Elements)
            {
                var name = element.GetAttribute("name");
                if (string.IsNullOrEmpty(name)) continue;
                if (name == "__RequestVerificationToken") { token ??= element.GetAttribute("value"); continue; }
                if (dasar.Any(d => d.Key == name)) continue;
                switch (element)
                {
                    case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked: dasar.Add(new(name, box.Value)); break;
                    case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" or "file" }: break;
                    case IHtmlInputElement input: dasar.Add(new(name, input.Value)); break;
                    case IHtmlSelectElement select: dasar.Add(new(name, select.Value ?? "")); break;
                    case IHtmlTextAreaElement area: dasar.Add(new(name, area.Value)); break;
                }
            }
        }
        token ??= await TokenAsync(client, identitas == Anon ? "/Akun/Masuk" : "/");
        return (dasar, token);
    }

    private static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var doc = await client.GetDocumentAsync(url);
        return doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException($"Tidak ada token antiforgery di {url}.");
    }

    private static async Task<HttpResponseMessage> KirimAsync(HttpClient client, string target, List<KeyValuePair<string, string>> dasar,
        string token, List<Isian> semua, Isian diuji, string nilai)
    {
        var isian = dasar.Where(d => d.Key != diuji.Nama && !semua.Any(s => s.Berkas && s.Nama == d.Key)).ToList();
        if (nilai != Hilang && !diuji.Berkas) isian.Add(new(diuji.Nama, nilai));
        isian.Add(new("__RequestVerificationToken", token));
        HttpContent content;
        if (semua.Any(s => s.Berkas))
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (key, value) in isian) multipart.Add(new StringContent(value), key);
            if (diuji.Berkas && nilai != Hilang)
                multipart.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(nilai)), diuji.Nama, "berkas.csv");
            content = multipart;
        }
        else content = new FormUrlEncodedContent(isian);
        return await client.PostAsync(target, content);
    }
}
