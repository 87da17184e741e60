using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Akun;

[Trait("Category", "Data")]
public class ImporTests(AppFactory app) : IClassFixture<AppFactory>
{
    // Posts the upload form as a browser would: its hidden fields (antiforgery) plus the chosen file.
    private static async Task<HttpResponseMessage> UnggahAsync(HttpClient client, string namaBerkas, byte[] isi)
    {
        var page = await client.GetDocumentAsync("/Admin/Impor");
        var form = (IHtmlFormElement)page.QuerySelector("form[enctype='multipart/form-data']")!;
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>())
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        var file = new ByteArrayContent(isi);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var input = (IHtmlInputElement)form.QuerySelector("input[type=file]")!;
        body.Add(file, input.Name!, namaBerkas);
        return await client.PostAsync(form.Action, body);
    }

    private static Dictionary<int, string[]> AlasanPerBaris(IHtmlDocument page) =>
        page.QuerySelectorAll("table.pratinjau tbody tr").ToDictionary(
            tr => int.Parse(tr.GetAttribute("data-baris")!),
            tr => tr.QuerySelectorAll("ul.alasan li").Select(li => li.TextContent.Trim()).ToArray());

    [Fact]
    public async Task Preview_lists_every_row_with_its_reason_and_confirm_imports_exactly_the_good_rows()
    {
        var admin = await app.LoginAsync("admin");
        var csv = """
            Nama,Jabatan,Kode_Desa,Telepon,E-mail
            Wahyu Hidayat,Kepala Desa,18.09.01.2001,0812 7000 2001,wahyu@desa.example
            Sri Wahyuni,Operator SIKS-NG,18.09.01.2001,,
            ,Operator,18.09.01.2002,,
            Tono,Camat,18.09.01.2002,,
            Joko,Operator,18.09.99.9999,,
            Rahmat,Operator,18.09.01.2003,12345,
            Lina,Operator,18.09.01.2003,,lina@
            Sutrisno,kades,18.09.01.2007,,
            Wahyu Hidayat,kades,18.09.01.2001,,
            Andi,Operator,18.09.01.2003,,,
            """;
        var response = await UnggahAsync(admin, "peserta.csv", Encoding.UTF8.GetBytes(csv));
        var page = await response.ReadDocumentAsync();
        Assert.Matches("^unggahan=[0-9a-f]{32}$", response.RequestMessage!.RequestUri!.Query.TrimStart('?'));

        var alasan = AlasanPerBaris(page);
        Assert.Equal(Enumerable.Range(2, 10), alasan.Keys.Order());
        Assert.Empty(alasan[2]);
        Assert.Empty(alasan[3]);
        Assert.Equal(["Nama kosong."], alasan[4]);
        Assert.Equal(["Jabatan 'Camat' tidak dikenal. Tulis Kepala Desa atau Operator."], alasan[5]);
        Assert.Equal(["Kode desa '18.09.99.9999' tidak ada di Kabupaten Pesawaran. Contoh kode: 18.09.01.2007."], alasan[6]);
        Assert.Equal(["Nomor HP '12345' tidak sah. Contoh: 081234567890."], alasan[7]);
        Assert.Equal(["E-mail 'lina@' tidak sah. Contoh: nama@contoh.id."], alasan[8]);
        Assert.Equal(["Orang ini sudah punya akun: kades.bagelen."], alasan[9]);
        Assert.Equal(["Orang yang sama (nama, jabatan dan desa) sudah ada di baris 2."], alasan[10]);
        Assert.Empty(alasan[11]);
        var jumlahSebelum = await app.WithDbAsync(db => db.Users.CountAsync());

        var hasil = await (await admin.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='Simpan']")).ReadDocumentAsync();
        var akun = hasil.QuerySelectorAll("table.hasil tbody tr")
            .Select(tr => (NamaPengguna: tr.QuerySelector(".nama-pengguna")!.TextContent, Kode: tr.QuerySelector("code.kode")!.TextContent))
            .ToList();
        Assert.Equal(["kades.padangratu", "operator.padangratu", "operator.cipadang"], akun.Select(a => a.NamaPengguna));
        Assert.Equal(jumlahSebelum + 3, await app.WithDbAsync(db => db.Users.CountAsync()));
        var wahyu = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "kades.padangratu"));
        Assert.Equal(("Wahyu Hidayat", "081270002001", "wahyu@desa.example", true), (wahyu.NamaLengkap, wahyu.PhoneNumber, wahyu.Email, wahyu.WajibGantiSandi));

        var masuk = app.CreateClient();
        var login = await masuk.SubmitAsync(await masuk.GetDocumentAsync("/Akun/Masuk"), new Dictionary<string, string>
        {
            ["Input.NamaPengguna"] = akun[1].NamaPengguna, ["Input.KataSandi"] = akun[1].Kode,
        });
        Assert.Equal("/Akun/Saya/GantiSandi", login.RequestMessage!.RequestUri!.AbsolutePath);

        var unduh = await admin.SubmitAsync(hasil, new Dictionary<string, string>(), "form[action*='Unduh']");
        Assert.Equal("text/csv", unduh.Content.Headers.ContentType!.MediaType);
        var isiUnduh = Encoding.UTF8.GetString(await unduh.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("baris;nama;jabatan;desa;kecamatan;nama_pengguna;kode_sekali_pakai", isiUnduh);
        Assert.Contains($"3;Sri Wahyuni;Operator SIKS-NG;Padang Ratu;Gedong Tataan;operator.padangratu;{akun[1].Kode}", isiUnduh);

        var ulang = await (await admin.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='Simpan']")).ReadDocumentAsync();
        Assert.Contains("sudah tidak ada", ulang.QuerySelector(".errors")!.TextContent);
        Assert.Equal(jumlahSebelum + 3, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_file_with_only_bad_rows_imports_nothing()
    {
        var admin = await app.LoginAsync("admin");
        var csv = "nama,jabatan,kode_desa\nBudi,Lurah,18.09.01.2004\n,Operator,18.09.01.2004\n";
        var page = await (await UnggahAsync(admin, "buruk.csv", Encoding.UTF8.GetBytes(csv))).ReadDocumentAsync();
        Assert.Equal(2, AlasanPerBaris(page).Count(b => b.Value.Length > 0));
        Assert.Null(page.QuerySelector("form[action*='Simpan']"));
        Assert.Contains("Tidak ada baris yang bisa diimpor", page.QuerySelector(".warn")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.DesaKode == "18.09.01.2004" && u.NamaLengkap == "Budi")));
    }

    [Fact]
    public async Task Semicolon_file_saved_by_excel_with_a_bom_works()
    {
        var admin = await app.LoginAsync("admin");
        var csv = "\uFEFFNAMA;JABATAN;KODE DESA;TELEPON;EMAIL\r\nDedi Kurniawan;Operator;18.09.01.2005;81377001234;\r\n;;;;\r\n";
        var page = await (await UnggahAsync(admin, "Peserta Excel.CSV", Encoding.UTF8.GetBytes(csv))).ReadDocumentAsync();
        Assert.Equal([2], AlasanPerBaris(page).Keys);
        var hasil = await (await admin.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='Simpan']")).ReadDocumentAsync();
        Assert.Equal("operator.sukadadi", hasil.QuerySelector("table.hasil .nama-pengguna")!.TextContent);
        Assert.Equal("081377001234", await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "operator.sukadadi").Select(u => u.PhoneNumber).SingleAsync()));
    }

    [Theory]
    [InlineData("peserta.xlsx", "nama,jabatan,kode_desa\nA,Operator,18.09.01.2007\n", "Berkas harus berakhiran .csv.")]
    [InlineData("peserta.csv", "nama;telepon\nA;0812\n", "Kolom jabatan, kode_desa tidak ada.")]
    [InlineData("peserta.csv", "", "Pilih berkas CSV dulu.")]
    public async Task A_file_that_cannot_be_read_is_refused_next_to_the_file_field(string namaBerkas, string isi, string pesan)
    {
        var admin = await app.LoginAsync("admin");
        var page = await (await UnggahAsync(admin, namaBerkas, Encoding.UTF8.GetBytes(isi))).ReadDocumentAsync();
        Assert.StartsWith(pesan, page.QuerySelector("[data-valmsg-for='Berkas']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_forged_upload_id_reads_nothing()
    {
        var admin = await app.LoginAsync("admin");
        var page = await admin.GetDocumentAsync("/Admin/Impor?unggahan=..%2F..%2Fdtks.db");
        Assert.Contains("sudah tidak ada", page.QuerySelector(".errors")!.TextContent);
        Assert.Null(page.QuerySelector("table.pratinjau"));
    }
}
