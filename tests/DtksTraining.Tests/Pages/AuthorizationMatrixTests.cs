using System.Net;
using System.Text.RegularExpressions;
using DtksTraining.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Pages;

// Every page must be listed here with who may open it; a new page missing from the table fails the test.
[Trait("Category", "Data")]
public partial class AuthorizationMatrixTests : IAsyncLifetime
{
    private const string Anon = "anonim";
    private static readonly string[] Identities = [Anon, "admin", "fasilitator", "kades.bagelen", "operator.bagelen"];
    private static readonly string[] Everyone = Identities;
    private static readonly string[] SignedIn = ["admin", "fasilitator", "kades.bagelen", "operator.bagelen"];
    private static readonly string[] AdminOnly = ["admin"];
    private static readonly string[] Staff = ["admin", "fasilitator"];
    private static readonly string[] Participants = ["kades.bagelen", "operator.bagelen"];

    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        ["/Index"] = Everyone,
        ["/Galat"] = Everyone,
        ["/Bahasa"] = Everyone,
        ["/Akun/Masuk"] = Everyone,
        ["/Akun/Keluar"] = Everyone,
        ["/Akun/Ditolak"] = Everyone,
        ["/Akun/LupaSandi"] = Everyone,
        ["/Akun/AturUlangSandi"] = Everyone,
        ["/Akun/Saya/GantiSandi"] = SignedIn,
        ["/Staf/Kehadiran/Index"] = Staff,
        ["/Staf/Kehadiran/Sesi"] = Staff,
        ["/Staf/Kehadiran/Kode"] = Staff,
        ["/Staf/Kehadiran/DaftarHadir"] = Staff,
        ["/Staf/Kehadiran/BeritaAcara"] = Staff,
        ["/Peserta/CheckIn"] = Participants,
        ["/Staf/Cakupan/Index"] = Staff,
        ["/Staf/SandboxKabupaten/Index"] = Staff,
        ["/Admin/Pengguna/Index"] = AdminOnly,
        ["/Admin/Pengguna/Buat"] = AdminOnly,
        ["/Admin/Pengguna/Ubah"] = AdminOnly,
        ["/Admin/Impor"] = AdminOnly,
        ["/Admin/Audit"] = AdminOnly,
        ["/Admin/KotakKeluar/Index"] = AdminOnly,
        ["/Admin/KotakKeluar/Detail"] = AdminOnly,
        ["/Staf/AturUlangSandi"] = Staff,
        ["/Peserta/Jadwal"] = Participants,
        ["/Admin/Jadwal/Index"] = AdminOnly,
        ["/Admin/Jadwal/Putaran"] = AdminOnly,
        ["/Admin/Jadwal/Sesi"] = AdminOnly,
        ["/Admin/Jadwal/EditSesi"] = AdminOnly,
        ["/Admin/Jadwal/Perencana"] = AdminOnly,
        ["/Admin/Jadwal/PesertaSesi"] = AdminOnly,
        ["/Admin/Jadwal/SuratUndangan"] = AdminOnly,
        ["/Belajar/Index"] = SignedIn,
        ["/Belajar/Modul"] = SignedIn,
        ["/Belajar/Cetak"] = SignedIn,
        ["/Belajar/Kuis"] = SignedIn,
        ["/Belajar/Percobaan"] = SignedIn,
        ["/Belajar/Hasil"] = SignedIn,
        ["/Belajar/Rekap"] = Staff,
        ["/Sandbox/Index"] = SignedIn,
        ["/Sandbox/Keluarga"] = SignedIn,
        ["/Sandbox/KeluargaBaru"] = SignedIn,
        ["/Sandbox/Ganda"] = SignedIn,
        ["/Sandbox/Usulan/Index"] = SignedIn,
        ["/Sandbox/Usulan/Detail"] = SignedIn,
        ["/Staf/Verifikasi/Index"] = Staff,
        ["/Staf/Verifikasi/Detail"] = Staff,
        ["/Sandbox/Latihan/Index"] = SignedIn,
        ["/Sandbox/Latihan/Detail"] = SignedIn,
        ["/Verifikasi/Index"] = Everyone,
        ["/Verifikasi/Detail"] = Everyone,
        ["/Peserta/Sertifikat"] = Participants,
        ["/Admin/Sertifikat/Index"] = AdminOnly,
        ["/Admin/Sertifikat/Detail"] = AdminOnly,
    };

    private readonly AppFactory _app = new();
    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [GeneratedRegex(@"\{[^}]+\}")] private static partial Regex RouteParameter();

    [Fact]
    public async Task Every_page_answers_each_role_as_the_table_says()
    {
        _app.CreateClient();
        var pages = _app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .GroupBy(p => p.ViewEnginePath)
            .Select(g => (Page: g.Key, Template: g.Select(p => p.AttributeRouteInfo!.Template!).OrderByDescending(t => t.Length).First()))
            .ToList();

        var unlisted = pages.Select(p => p.Page).Where(p => !Matrix.ContainsKey(p)).ToList();
        Assert.True(unlisted.Count == 0, "Halaman tanpa baris di tabel otorisasi: " + string.Join(", ", unlisted));
        var stale = Matrix.Keys.Except(pages.Select(p => p.Page)).ToList();
        Assert.True(stale.Count == 0, "Baris tabel tanpa halaman: " + string.Join(", ", stale));

        var clients = new Dictionary<string, HttpClient>();
        foreach (var identity in Identities)
            clients[identity] = identity == Anon
                ? _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                : await _app.LoginAsync(identity, followRedirects: false);

        var wrong = new List<string>();
        foreach (var (page, template) in pages)
        {
            var url = "/" + RouteParameter().Replace(template, "0");
            foreach (var identity in Identities)
            {
                var response = await clients[identity].GetAsync(url);
                var location = response.Headers.Location?.ToString() ?? "";
                var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                              || location.Contains("/Akun/Masuk", StringComparison.OrdinalIgnoreCase)
                              || location.Contains("/Akun/Ditolak", StringComparison.OrdinalIgnoreCase);
                if (page == "/Akun/Ditolak") refused = response.StatusCode != HttpStatusCode.Forbidden;
                var allowed = Matrix[page].Contains(identity);
                if (allowed == refused)
                    wrong.Add($"{url} sebagai {identity}: {(int)response.StatusCode} {location} (seharusnya {(allowed ? "boleh" : "ditolak")})");
            }
        }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task Job_dashboard_is_for_admins_only()
    {
        foreach (var identity in Identities)
        {
            var client = identity == Anon
                ? _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                : await _app.LoginAsync(identity, followRedirects: false);
            var response = await client.GetAsync("/hangfire");
            if (identity == "admin") Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            else Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
                $"{identity} mendapat {(int)response.StatusCode}");
        }
    }
}
