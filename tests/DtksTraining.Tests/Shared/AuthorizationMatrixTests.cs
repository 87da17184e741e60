using System.Net;
using System.Text.RegularExpressions;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sandbox;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Shared;

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
        ["/Beranda/Pages/Index"] = Everyone,
        ["/Shared/Pages/Galat"] = Everyone,
        ["/Shared/Pages/Bahasa"] = Everyone,
        ["/Akun/Pages/Akun/Masuk"] = Everyone,
        ["/Akun/Pages/Akun/Keluar"] = Everyone,
        ["/Akun/Pages/Akun/Ditolak"] = Everyone,
        ["/Akun/Pages/Akun/LupaSandi"] = Everyone,
        ["/Akun/Pages/Akun/AturUlangSandi"] = Everyone,
        ["/Akun/Pages/Akun/Saya/GantiSandi"] = SignedIn,
        ["/Kehadiran/Pages/Staf/Kehadiran/Index"] = Staff,
        ["/Kehadiran/Pages/Staf/Kehadiran/Sesi"] = Staff,
        ["/Kehadiran/Pages/Staf/Kehadiran/Kode"] = Staff,
        ["/Kehadiran/Pages/Staf/Kehadiran/DaftarHadir"] = Staff,
        ["/Kehadiran/Pages/Staf/Kehadiran/BeritaAcara"] = Staff,
        ["/Kehadiran/Pages/Peserta/CheckIn"] = Participants,
        ["/Cakupan/Pages/Staf/Cakupan/Index"] = Staff,
        ["/Sandbox/Pages/Staf/SandboxKabupaten/Index"] = Staff,
        ["/Akun/Pages/Admin/Pengguna/Index"] = AdminOnly,
        ["/Akun/Pages/Admin/Pengguna/Buat"] = AdminOnly,
        ["/Akun/Pages/Admin/Pengguna/Ubah"] = AdminOnly,
        ["/Akun/Pages/Admin/Impor"] = AdminOnly,
        ["/Shared/Pages/Admin/Audit"] = AdminOnly,
        ["/Shared/Pages/Admin/Cadangan"] = AdminOnly,
        ["/Shared/Pages/Admin/KotakKeluar/Index"] = AdminOnly,
        ["/Shared/Pages/Admin/KotakKeluar/Detail"] = AdminOnly,
        ["/Akun/Pages/Staf/AturUlangSandi"] = Staff,
        ["/Jadwal/Pages/Peserta/Jadwal"] = Participants,
        ["/Jadwal/Pages/Admin/Jadwal/Index"] = AdminOnly,
        ["/Jadwal/Pages/Admin/Jadwal/Putaran"] = AdminOnly,
        ["/Jadwal/Pages/Admin/Jadwal/Sesi"] = AdminOnly,
        ["/Jadwal/Pages/Admin/Jadwal/EditSesi"] = AdminOnly,
        ["/Jadwal/Pages/Admin/Jadwal/Perencana"] = AdminOnly,
        ["/Jadwal/Pages/Admin/Jadwal/PesertaSesi"] = AdminOnly,
        ["/Jadwal/Pages/Admin/Jadwal/SuratUndangan"] = AdminOnly,
        ["/Belajar/Pages/Belajar/Index"] = SignedIn,
        ["/Belajar/Pages/Belajar/Modul"] = SignedIn,
        ["/Belajar/Pages/Belajar/Cetak"] = SignedIn,
        ["/Belajar/Pages/Belajar/Kuis"] = SignedIn,
        ["/Belajar/Pages/Belajar/Percobaan"] = SignedIn,
        ["/Belajar/Pages/Belajar/Hasil"] = SignedIn,
        ["/Belajar/Pages/Belajar/Rekap"] = Staff,
        ["/Sandbox/Pages/Sandbox/Index"] = SignedIn,
        ["/Sandbox/Pages/Sandbox/Keluarga"] = SignedIn,
        ["/Sandbox/Pages/Sandbox/KeluargaBaru"] = SignedIn,
        ["/Sandbox/Pages/Sandbox/Ganda"] = SignedIn,
        ["/Sandbox/Pages/Sandbox/Usulan/Index"] = SignedIn,
        ["/Sandbox/Pages/Sandbox/Usulan/Detail"] = SignedIn,
        ["/Sandbox/Pages/Staf/VerifikasiUsulan/Index"] = Staff,
        ["/Sandbox/Pages/Staf/VerifikasiUsulan/Detail"] = Staff,
        ["/Sandbox/Pages/Sandbox/Latihan/Index"] = SignedIn,
        ["/Sandbox/Pages/Sandbox/Latihan/Detail"] = SignedIn,
        ["/Sertifikat/Pages/Verifikasi/Index"] = Everyone,
        ["/Sertifikat/Pages/Verifikasi/Detail"] = Everyone,
        ["/Sertifikat/Pages/Peserta/Sertifikat"] = Participants,
        ["/Sertifikat/Pages/Admin/Sertifikat/Index"] = AdminOnly,
        ["/Sertifikat/Pages/Admin/Sertifikat/Detail"] = AdminOnly,
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
                if (page == "/Akun/Pages/Akun/Ditolak") refused = response.StatusCode != HttpStatusCode.Forbidden;
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
