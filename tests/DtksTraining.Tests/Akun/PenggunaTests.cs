using System.Net;
using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Akun;

[Trait("Category", "Data")]
public class PenggunaTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Bagelen = "18.09.01.2007";

    private static Dictionary<string, string> Formulir(string nama, string peran, string desa = "", string namaPengguna = "",
        string telepon = "", string email = "") => new()
    {
        ["Input.NamaLengkap"] = nama,
        ["Input.Peran"] = peran,
        ["Input.DesaKode"] = desa,
        ["Input.NamaPengguna"] = namaPengguna,
        ["Input.Telepon"] = telepon,
        ["Input.Email"] = email,
    };

    [Fact]
    public async Task Admin_creates_a_user_with_a_password_and_that_user_can_log_in()
    {
        var admin = await app.LoginAsync("admin");
        var page = await admin.GetDocumentAsync("/Admin/Pengguna/Buat");
        var values = Formulir("Rudi Hartono", "Operator", Bagelen, telepon: "0812-7000-1111", email: "rudi@desa.example");
        values["CaraSandi"] = "sandi";
        values["KataSandi"] = "Rahasia123";
        values["WajibGanti"] = "false";
        var response = await admin.SubmitAsync(page, values);
        var hasil = await response.ReadDocumentAsync();

        Assert.StartsWith("/Admin/Pengguna/Ubah/", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Akun operator.bagelen2 sudah dibuat.", hasil.QuerySelector(".flash")!.TextContent);
        Assert.Null(hasil.QuerySelector("code.big"));
        var saved = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "operator.bagelen2"));
        Assert.Equal(("Rudi Hartono", Bagelen, "081270001111", "Operator SIKS-NG", false),
            (saved.NamaLengkap, saved.DesaKode, saved.PhoneNumber, saved.Jabatan, saved.WajibGantiSandi));

        var rudi = await app.LoginAsync("operator.bagelen2", "Rahasia123");
        var beranda = await rudi.GetAsync("/");
        Assert.Equal("/", beranda.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, (await rudi.GetAsync("/Admin/Pengguna")).StatusCode);
    }

    [Fact]
    public async Task Creating_with_a_one_time_code_shows_it_once_and_forces_a_new_password()
    {
        var admin = await app.LoginAsync("admin");
        var page = await admin.GetDocumentAsync("/Admin/Pengguna/Buat");
        var response = await admin.SubmitAsync(page, Formulir("Maya Sari", "Fasilitator", namaPengguna: "Fasilitator.Maya"));
        var hasil = await response.ReadDocumentAsync();
        var kode = hasil.QuerySelector("code.big")!.TextContent.Trim();
        Assert.Equal(8, kode.Length);

        var lagi = await admin.GetDocumentAsync(response.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Null(lagi.QuerySelector("code.big"));

        var maya = app.CreateClient();
        var masuk = await maya.GetDocumentAsync("/Akun/Masuk");
        var setelah = await maya.SubmitAsync(masuk, new Dictionary<string, string>
        {
            ["Input.NamaPengguna"] = "fasilitator.maya", ["Input.KataSandi"] = kode,
        });
        Assert.Equal("/Akun/Saya/GantiSandi", setelah.RequestMessage!.RequestUri!.AbsolutePath);
    }

    public static TheoryData<string, string, string, string> InputBuruk => new()
    {
        { "Input.Telepon", "12345", "Input.Telepon", "Nomor HP tidak sah. Tulis nomor seluler Indonesia, mis. 081234567890." },
        { "Input.Email", "budi@", "Input.Email", "Alamat e-mail tidak sah, mis. nama@contoh.id." },
        { "Input.DesaKode", "", "Input.DesaKode", "Desa wajib dipilih untuk Kepala Desa dan Operator." },
        { "Input.NamaPengguna", "kades.bagelen", "Input.NamaPengguna", "Nama pengguna ini sudah dipakai akun lain." },
        { "Input.NamaPengguna", "Budi Santoso", "Input.NamaPengguna", "Nama pengguna 3–50 huruf kecil, angka, titik, garis bawah atau minus, tanpa spasi." },
        { "Input.NamaLengkap", "", "Input.NamaLengkap", "Nama lengkap wajib diisi." },
    };

    [Theory]
    [MemberData(nameof(InputBuruk))]
    public async Task Bad_input_is_answered_next_to_the_field_and_keeps_what_was_typed(string kolom, string isi, string pesanUntuk, string pesan)
    {
        var admin = await app.LoginAsync("admin");
        var page = await admin.GetDocumentAsync("/Admin/Pengguna/Buat");
        var values = Formulir("Budi Santoso", "KepalaDesa", Bagelen, "kades.budi", "081211112222", "budi@desa.example");
        values[kolom] = isi;
        var hasil = await (await admin.SubmitAsync(page, values)).ReadDocumentAsync();

        Assert.Equal(pesan, hasil.QuerySelector($"[data-valmsg-for='{pesanUntuk}']")!.TextContent.Trim());
        foreach (var (name, value) in values.Where(v => v.Key.StartsWith("Input.") && v.Key != "Input.DesaKode" && v.Key != "Input.Peran"))
            Assert.Equal(value, ((IHtmlInputElement)hasil.QuerySelector($"input[name='{name}']")!).Value);
        Assert.Equal("KepalaDesa", ((IHtmlSelectElement)hasil.QuerySelector("select[name='Input.Peran']")!).Value);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.NamaLengkap == "Budi Santoso")));
    }

    [Fact]
    public async Task A_desa_code_outside_the_list_is_refused_and_the_rest_kept()
    {
        var admin = await app.LoginAsync("admin");
        var page = await admin.GetDocumentAsync("/Admin/Pengguna/Buat");
        var select = (IHtmlSelectElement)page.QuerySelector("select[name='Input.DesaKode']")!;
        var palsu = (IHtmlOptionElement)page.CreateElement("option");
        palsu.Value = "18.09.99.9999";
        select.AppendChild(palsu);
        var hasil = await (await admin.SubmitAsync(page, Formulir("Siti Palsu", "Operator", "18.09.99.9999", telepon: "081299998888"))).ReadDocumentAsync();

        Assert.Equal("Desa tidak dikenal. Pilih desa dari daftar.", hasil.QuerySelector("[data-valmsg-for='Input.DesaKode']")!.TextContent.Trim());
        Assert.Equal("Siti Palsu", ((IHtmlInputElement)hasil.QuerySelector("input[name='Input.NamaLengkap']")!).Value);
        Assert.Equal("081299998888", ((IHtmlInputElement)hasil.QuerySelector("input[name='Input.Telepon']")!).Value);
    }

    [Fact]
    public async Task Deactivating_blocks_login_and_reactivating_allows_it_again()
    {
        var admin = await app.LoginAsync("admin");
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "kades.bumiagung").Select(u => u.Id).SingleAsync());
        var page = await admin.GetDocumentAsync($"/Admin/Pengguna/Ubah/{id}");
        var hasil = await (await admin.SubmitAsync(page, new Dictionary<string, string> { ["Aktif"] = "false" })).ReadDocumentAsync();
        Assert.Contains("Akun kades.bumiagung dinonaktifkan.", hasil.QuerySelector(".flash")!.TextContent);

        var tamu = app.CreateClient();
        var masuk = await tamu.GetDocumentAsync("/Akun/Masuk");
        var ditolak = await (await tamu.SubmitAsync(masuk, new Dictionary<string, string>
        {
            ["Input.NamaPengguna"] = "kades.bumiagung", ["Input.KataSandi"] = AppFactory.DemoPassword,
        })).ReadDocumentAsync();
        Assert.Contains("Akun ini dinonaktifkan", ditolak.QuerySelector(".errors")!.TextContent);

        var daftar = await admin.GetDocumentAsync("/Admin/Pengguna?cari=bumiagung&status=nonaktif");
        Assert.Contains("kades.bumiagung", daftar.QuerySelector("table")!.TextContent);

        page = await admin.GetDocumentAsync($"/Admin/Pengguna/Ubah/{id}");
        await admin.SubmitAsync(page, new Dictionary<string, string> { ["Aktif"] = "true" });
        await app.LoginAsync("kades.bumiagung");
    }

    [Fact]
    public async Task Changing_the_role_replaces_the_old_one()
    {
        var admin = await app.LoginAsync("admin");
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "operator.bawang").Select(u => u.Id).SingleAsync());
        var page = await admin.GetDocumentAsync($"/Admin/Pengguna/Ubah/{id}");
        await admin.SubmitAsync(page, new Dictionary<string, string> { ["Input.Peran"] = "KepalaDesa", ["Input.NamaPengguna"] = "kades.bawang.baru" });
        var peran = await app.WithDbAsync(db => db.UserRoles.Where(ur => ur.UserId == id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        Assert.Equal(["KepalaDesa"], peran);
        Assert.Equal("kades.bawang.baru", await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.UserName).SingleAsync()));
    }

    [Theory]
    [InlineData("?cari=bagelen", "kades.bagelen", "admin")]
    [InlineData("?peran=Fasilitator", "fasilitator.dua", "kades.bagelen")]
    [InlineData("?desa=18.09.01.2007", "operator.bagelen", "kades.kagunganratu")]
    [InlineData("?kecamatan=18.09.02", "kades.kagunganratu", "kades.bagelen")]
    public async Task The_list_filters_by_search_role_desa_and_kecamatan(string query, string ada, string tidakAda)
    {
        var admin = await app.LoginAsync("admin");
        var page = await admin.GetDocumentAsync("/Admin/Pengguna" + query);
        var namaPengguna = page.QuerySelectorAll("tbody td:first-child .muted").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains(ada, namaPengguna);
        Assert.DoesNotContain(tidakAda, namaPengguna);
        var dipilih = page.QuerySelectorAll("form[role=search] option[selected], form[role=search] input[name=cari]")
            .Select(e => e.GetAttribute("value")).Where(v => !string.IsNullOrEmpty(v)).ToList();
        Assert.Equal([query.Split('=')[1]], dipilih);
    }
}
