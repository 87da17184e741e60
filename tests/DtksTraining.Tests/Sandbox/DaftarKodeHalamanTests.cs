using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Sandbox;

public sealed class AppFactoryDtks : AppFactory
{
    public AppFactoryDtks() => Settings["Sandbox:DaftarKode"] = "Dtks";
}

// The family page over real HTTP under the default list (DTSEN) and under DTKS: what the selects offer, what a post may
// choose, and the household fields of §4.
[Trait("Category", "Data")]
public abstract class DaftarKodeHalamanTests(AppFactory app)
{
    private const string Operator = "operator.kagunganratu";

    protected async Task<(HttpClient Client, SandboxAnggota Orang)> BukaAsync()
    {
        var client = await app.LoginAsync(Operator);
        await client.GetDocumentAsync("/Sandbox");
        var orang = await app.WithDbAsync(db => SandboxUji.OrangBiasaAsync(db, Operator));
        return (client, orang);
    }

    protected static string Galat(IHtmlDocument halaman) =>
        string.Join(" | ", halaman.QuerySelectorAll(".errors, .field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));

    protected static async Task<IHtmlDocument> KeberadaanAsync(HttpClient client, SandboxAnggota orang, string nilai)
    {
        var halaman = await client.GetDocumentAsync($"/Sandbox/Keluarga/{orang.NoKk}");
        var form = (IHtmlFormElement)halaman.QuerySelector($"#art-{orang.Id} form.form-keberadaan")!;
        // Posted as typed, not through the select: a value the list does not offer must be refused too.
        form.QuerySelector("select")!.OuterHtml = $"<input name=\"keberadaan\" value=\"{nilai}\">";
        return await (await client.SubmitAsync(form, new Dictionary<string, string>())).ReadDocumentAsync();
    }

    protected Task<SandboxAnggota> BacaAsync(long id) => app.WithDbAsync(db => db.SandboxAnggota.AsNoTracking().SingleAsync(a => a.Id == id));

    [Fact]
    public async Task The_household_form_saves_land_and_livestock_and_refuses_bad_numbers_in_bahasa()
    {
        var (client, orang) = await BukaAsync();
        var halaman = await client.GetDocumentAsync($"/Sandbox/Keluarga/{orang.NoKk}?ubahRumahTangga=true");
        Assert.NotNull(halaman.QuerySelector("img[src='/img/foto-rumah-contoh.svg']"));
        Assert.Contains("perkiraan", halaman.QuerySelector("figure.foto-rumah")!.TextContent);

        // What a browser would stop (min="0", type="number") is sent anyway: the server must refuse it on its own.
        foreach (var input in halaman.QuerySelectorAll("#form-rumah-tangga input[type=number]"))
        {
            input.RemoveAttribute("min");
            input.SetAttribute("type", "text");
        }
        var tolak = await (await client.SubmitAsync(halaman, new Dictionary<string, string>
        {
            ["Rt.LuasLahan"] = "-5", ["Rt.TernakSapi"] = "dua",
        }, "#form-rumah-tangga")).ReadDocumentAsync();
        Assert.Contains("Luas lahan diisi 0 sampai 10.000.000 m²", Galat(tolak));
        Assert.Contains("Isian 'dua' tidak sah.", Galat(tolak));
        Assert.Equal("dua", ((IHtmlInputElement)tolak.QuerySelector("#Rt_TernakSapi")!).Value);

        halaman = await client.GetDocumentAsync($"/Sandbox/Keluarga/{orang.NoKk}?ubahRumahTangga=true");
        var simpan = await (await client.SubmitAsync(halaman, new Dictionary<string, string>
        {
            ["Rt.LuasLahan"] = "7500", ["Rt.TernakSapi"] = "2", ["Rt.TernakKambing"] = "4", ["Rt.TernakUnggas"] = "12",
        }, "#form-rumah-tangga")).ReadDocumentAsync();
        Assert.Contains("Data rumah tangga", simpan.QuerySelector(".flash")!.TextContent);
        Assert.Matches("7[.,]500 m²", simpan.QuerySelector("#rumah-tangga")!.TextContent);
        var rumah = await app.WithDbAsync(db => (from k in db.SandboxKeluarga
            join r in db.SandboxRumahTangga on new { k.SandboxId, Nomor = k.RumahTanggaNomor } equals new { r.SandboxId, r.Nomor }
            where k.NoKk == orang.NoKk && k.SandboxId == orang.SandboxId select r).AsNoTracking().SingleAsync());
        Assert.Equal((7500, 2, 4, 12), (rumah.LuasLahan, rumah.TernakSapi, rumah.TernakKambing, rumah.TernakUnggas));
        Assert.True(await app.WithDbAsync(db => db.SandboxUsulan.AnyAsync(u => u.SandboxId == orang.SandboxId && u.NoKk == orang.NoKk
            && u.Jenis == JenisUsulan.PerbaikanData && u.Nik == null)));
    }
}

public class DaftarKodeDtsenHalamanTests(AppFactory app) : DaftarKodeHalamanTests(app), IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_family_page_offers_the_dtsen_list_and_refuses_a_prelist_error()
    {
        var (client, orang) = await BukaAsync();
        var halaman = await client.GetDocumentAsync($"/Sandbox/Keluarga/{orang.NoKk}");
        var pilihan = halaman.QuerySelectorAll($"#keberadaan-{orang.Id} option").Select(o => o.TextContent).ToList();
        Assert.Equal(["1 – Tinggal bersama keluarga", "2 – Meninggal", "3 – Pindah (dalam negeri)", "4 – Pindah ke luar negeri",
            "5 – Anggota keluarga baru", "6 – Tidak ditemukan"], pilihan);
        Assert.Contains("Keberadaan: 1 (tinggal bersama keluarga)", halaman.QuerySelector($"#art-{orang.Id}")!.TextContent);

        var tolak = await KeberadaanAsync(client, orang, "KesalahanPrelist");
        Assert.Contains("tidak ada di daftar kode DTSEN", tolak.QuerySelector(".errors")!.TextContent);
        Assert.Equal(StatusKeberadaan.TinggalDiRumahTangga, (await BacaAsync(orang.Id)).Keberadaan);

        var simpan = await KeberadaanAsync(client, orang, "PindahLuarNegeri");
        Assert.Contains("4 (pindah ke luar negeri)", simpan.QuerySelector(".flash")!.TextContent);
        Assert.Equal(StatusKeberadaan.PindahLuarNegeri, (await BacaAsync(orang.Id)).Keberadaan);
    }

    [Fact]
    public async Task The_member_form_asks_functional_difficulty_and_fills_the_tuna_code_from_it()
    {
        var (client, orang) = await BukaAsync();
        var halaman = await client.GetDocumentAsync($"/Sandbox/Keluarga/{orang.NoKk}?ubah={orang.Id}");
        Assert.Null(halaman.QuerySelector("select[name='Input.Disabilitas']"));
        Assert.Equal(8, halaman.QuerySelectorAll("input[name='Input.Kesulitan']").Length);

        var tanpaTingkat = await (await client.SubmitAsync(halaman, new Dictionary<string, string> { ["Input.Kesulitan"] = "Melihat" },
            "#form-perbaikan")).ReadDocumentAsync();
        Assert.Contains("Pilih tingkat kesulitan", Galat(tanpaTingkat));

        var hasil = await client.SubmitAsync(halaman, new Dictionary<string, string>
        {
            ["Input.Kesulitan"] = "Melihat", ["Input.TingkatKesulitan"] = "Banyak", ["Input.TempatLahir"] = "Pesawaran",
            ["Input.JenisPekerjaan"] = "",
        }, "#form-perbaikan");
        Assert.Contains("Perbaikan data", (await hasil.ReadDocumentAsync()).QuerySelector(".flash")!.TextContent);
        var sesudah = await BacaAsync(orang.Id);
        Assert.Equal((KesulitanFungsi.Melihat, TingkatKesulitan.Banyak, Disabilitas.TunaNetra),
            (sesudah.KesulitanFungsi, sesudah.TingkatKesulitan, sesudah.Disabilitas));
    }

    [Fact]
    public async Task The_prelist_exercise_is_not_listed_under_dtsen()
    {
        var (client, _) = await BukaAsync();
        var daftar = await client.GetDocumentAsync("/Sandbox/Latihan");
        Assert.DoesNotContain("Kesalahan prelist", daftar.Body!.TextContent);
        Assert.Contains("Anggota keluarga sudah meninggal", daftar.Body!.TextContent);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/Sandbox/Latihan/Detail/kesalahan-prelist")).StatusCode);
    }
}

public class DaftarKodeDtksHalamanTests(AppFactoryDtks app) : DaftarKodeHalamanTests(app), IClassFixture<AppFactoryDtks>
{
    [Fact]
    public async Task The_family_page_offers_the_dtks_list_and_refuses_moving_abroad()
    {
        var (client, orang) = await BukaAsync();
        var halaman = await client.GetDocumentAsync($"/Sandbox/Keluarga/{orang.NoKk}");
        var pilihan = halaman.QuerySelectorAll($"#keberadaan-{orang.Id} option").Select(o => o.TextContent).ToList();
        Assert.Equal(["1 – Tinggal di rumah tangga", "2 – Meninggal", "3 – Pindah", "4 – Anggota rumah tangga baru",
            "5 – Kesalahan prelist", "6 – Tidak ditemukan"], pilihan);

        var tolak = await KeberadaanAsync(client, orang, "PindahLuarNegeri");
        Assert.Contains("tidak ada di daftar kode DTKS", tolak.QuerySelector(".errors")!.TextContent);
        var simpan = await KeberadaanAsync(client, orang, "KesalahanPrelist");
        Assert.Contains("5 (kesalahan prelist)", simpan.QuerySelector(".flash")!.TextContent);
        Assert.Equal(StatusKeberadaan.KesalahanPrelist, (await BacaAsync(orang.Id)).Keberadaan);
    }

    [Fact]
    public async Task The_member_form_asks_the_tuna_code_and_the_prelist_exercise_is_listed()
    {
        var (client, orang) = await BukaAsync();
        var halaman = await client.GetDocumentAsync($"/Sandbox/Keluarga/{orang.NoKk}?ubah={orang.Id}");
        Assert.NotNull(halaman.QuerySelector("select[name='Input.Disabilitas']"));
        Assert.Empty(halaman.QuerySelectorAll("input[name='Input.Kesulitan']"));
        Assert.Contains("10–49", halaman.QuerySelector("label[for='Input_StatusHamil']")!.TextContent);

        var hasil = await client.SubmitAsync(halaman, new Dictionary<string, string> { ["Input.Disabilitas"] = "TunaRungu" }, "#form-perbaikan");
        Assert.Contains("Perbaikan data", (await hasil.ReadDocumentAsync()).QuerySelector(".flash")!.TextContent);
        var sesudah = await BacaAsync(orang.Id);
        Assert.Equal((KesulitanFungsi.Mendengar, TingkatKesulitan.Banyak), (sesudah.KesulitanFungsi, sesudah.TingkatKesulitan));

        var daftar = await client.GetDocumentAsync("/Sandbox/Latihan");
        Assert.Contains("Kesalahan prelist", daftar.Body!.TextContent);
        var latihan = await client.GetDocumentAsync("/Sandbox/Latihan/Detail/anggota-hilang-dari-kk");
        Assert.Contains("status keberadaan 4 (anggota baru)", latihan.Body!.TextContent);
    }
}

public class DaftarKodeStartupTests
{
    [Fact]
    public async Task A_code_list_other_than_dtsen_or_dtks_stops_start_up_with_its_message()
    {
        IAsyncLifetime app = new AppFactory();
        ((AppFactory)app).Settings["Sandbox:DaftarKode"] = "Bdt";
        await app.InitializeAsync();
        try
        {
            var galat = Assert.ThrowsAny<Exception>(() => ((AppFactory)app).CreateClient());
            Assert.Contains("Sandbox:DaftarKode harus Dtsen atau Dtks.", galat.ToString());
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
