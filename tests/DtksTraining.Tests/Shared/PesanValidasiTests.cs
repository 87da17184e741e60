using DtksTraining.Tests.Infrastructure;

namespace DtksTraining.Tests.Shared;

// Every message in Bahasa and nothing the CSP refuses: the defaults of ASP.NET Core are English and carry inline styles.
public class PesanValidasiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Halaman =
    [
        "/Akun/Masuk", "/Akun/LupaSandi", "/Admin/Pengguna/Buat", "/Admin/Jadwal/Putaran", "/Admin/Impor", "/Akun/Saya/GantiSandi",
        "/Sandbox/KeluargaBaru",
    ];

    [Fact]
    public async Task Forms_carry_no_english_default_message_and_no_inline_style()
    {
        var admin = await app.LoginAsync("admin");
        var anonim = app.CreateClient();
        foreach (var alamat in Halaman)
        {
            var client = alamat == "/Akun/Masuk" || alamat == "/Akun/LupaSandi" ? anonim : admin;
            var response = await client.GetAsync(alamat);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{alamat}: {(int)response.StatusCode}");
            Assert.DoesNotContain("field is required", html);
            Assert.DoesNotContain("The value", html);
            Assert.DoesNotContain("style=", html);
            Assert.DoesNotContain("validation-summary-valid", html);
        }
        var masuk = await anonim.GetDocumentAsync("/Akun/Masuk");
        Assert.Equal("Kolom Ingat wajib diisi.", masuk.QuerySelector("input[name='Input.Ingat'][type=checkbox]")!.GetAttribute("data-val-required"));
    }

    [Fact]
    public async Task A_refused_login_shows_the_messages_next_to_the_fields_and_a_summary_without_inline_style()
    {
        var client = app.CreateClient();
        var page = await client.GetDocumentAsync("/Akun/Masuk");
        var hasil = await client.SubmitAsync(page, new Dictionary<string, string>());
        var html = await hasil.Content.ReadAsStringAsync();
        var dokumen = await hasil.ReadDocumentAsync();
        Assert.Equal("Nama pengguna wajib diisi.", dokumen.QuerySelector("[data-valmsg-for='Input.NamaPengguna']")!.TextContent.Trim());
        Assert.Equal("Kata sandi wajib diisi.", dokumen.QuerySelector("[data-valmsg-for='Input.KataSandi']")!.TextContent.Trim());
        Assert.DoesNotContain("style=", html);
    }
}
