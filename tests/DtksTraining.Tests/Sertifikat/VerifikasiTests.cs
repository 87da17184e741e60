using System.Net.Http.Headers;
using System.Net;
using System.Text.Json.Nodes;
using System.Text;
using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Jadwal;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DtksTraining.Tests.Sertifikat;

// Certificates are written straight into the database the way the issuing job does: real PDF, real signed credential.
public sealed class VerifikasiApp : IAsyncLifetime
{
    public JadwalAppFactory App { get; } = new();
    public Terbitan Berlaku { get; private set; } = null!;
    public Terbitan Dicabut { get; private set; } = null!;
    public Terbitan Lama { get; private set; } = null!;
    public Terbitan Baru { get; private set; } = null!;
    public static readonly DateTimeOffset WaktuCabut = new(2026, 9, 30, 3, 15, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        App.Settings["RateLimit:VerifikasiPerMinute"] = "10000";
        await ((IAsyncLifetime)App).InitializeAsync();
        App.CreateClient();
        var sesi = await App.BuatSesiAsync(new DateOnly(2026, 9, 21), 40);
        var putaran = await App.WithDbAsync(db => db.Sesi.Where(s => s.Id == sesi).Select(s => s.PutaranId).SingleAsync());
        var peserta = await App.BuatPesertaAsync(3, "18.09.01.2007");

        Berlaku = await TerbitkanAsync(1, peserta[0], putaran, "Siti Rahmawati");
        Dicabut = await TerbitkanAsync(2, peserta[1], putaran, "Hermawan", s =>
        {
            s.Status = StatusSertifikat.Dicabut;
            s.AlasanCabut = "Kehadiran ternyata dicatat keliru";
            s.DicabutPada = WaktuCabut;
            s.DicabutOleh = "admin";
        });
        Lama = await TerbitkanAsync(3, peserta[2], putaran, "Rahmat Hidayt", s => s.Terkini = false);
        Baru = await TerbitkanAsync(4, peserta[2], putaran, "Rahmat Hidayat", s => { s.Versi = 2; s.MenggantikanId = Lama.Id; });
        await App.WithDbAsync(db => db.Sertifikat.Where(s => s.Id == Lama.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.DigantikanOlehId, Baru.Id)));
    }

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();

    public DinsosOptions Dinsos => App.Services.GetRequiredService<IOptions<DinsosOptions>>().Value;

    private Task<Terbitan> TerbitkanAsync(int urutan, string userId, int putaranId, string nama, Action<SertifikatTerbit>? ubah = null) =>
        VerifikasiUji.TerbitkanAsync(App, App.Clock, urutan, userId, putaranId, nama, ubah);
}

public static class VerifikasiUji
{
    // Signed the September 2026 certificates; the configuration has since named someone else.
    public static readonly Penandatangan KepalaDinasLama = new("Dra. Sri Wahyuni, M.Si.", "19680412 199203 2 005");

    public static async Task<Terbitan> TerbitkanAsync(AppFactory app, TimeProvider clock, int urutan, string userId, int putaranId,
        string nama, Action<SertifikatTerbit>? ubah = null)
    {
        var dinsos = app.Services.GetRequiredService<IOptions<DinsosOptions>>().Value;
        var nomor = new NomorSertifikat(2026, urutan);
        var url = dinsos.IdKredensial(nomor);
        var diterbitkan = new DateTimeOffset(2026, 9, 25, 1, 0, 0, TimeSpan.Zero);
        var pdf = SertifikatPdf.Buat(new DataSertifikatPdf(nomor, nama, Peran.Operator, "Bagelen", "Gedong Tataan",
            "Putaran Uji Verifikasi", new DateOnly(2026, 9, 21), "Balai Desa Bagelen", 87.5m, diterbitkan,
            KepalaDinasLama, url));
        return await app.WithDbAsync(async db =>
        {
            var kredensial = KredensialOpenBadge.Buat(new DataKredensial(url,
                dinsos.AlamatPublik(VerifikasiSertifikat.JalurPenerbit).ToString(), KredensialOpenBadge.NamaDinsos, nama, userId,
                "garam" + urutan, KredensialOpenBadge.PencapaianBaku(url + "#pencapaian", Peran.Operator, "Putaran Uji Verifikasi"),
                diterbitkan, dinsos.AlamatPublik(VerifikasiSertifikat.JalurPencabutan).ToString()));
            var jwt = VcJwt.Tandatangani(kredensial, await db.KunciPenerbitAsync(clock));
            var sertifikat = new SertifikatTerbit
            {
                Nomor = nomor.ToString(), Tahun = nomor.Tahun, Urutan = nomor.Urutan, UserId = userId, PutaranId = putaranId,
                Peran = Peran.Operator, Nama = nama, Desa = "Bagelen", Kecamatan = "Gedong Tataan",
                NamaPutaran = "Putaran Uji Verifikasi", TanggalSesi = new DateOnly(2026, 9, 21), Tempat = "Balai Desa Bagelen",
                Nilai = 87.5m, DiterbitkanPada = diterbitkan, PenandatanganNama = KepalaDinasLama.Nama,
                PenandatanganNip = KepalaDinasLama.Nip, PenandatanganJabatan = KepalaDinasLama.Jabatan, Pdf = pdf, Sha256 = DocumentHash.Sha256Hex(pdf), VcJwt = jwt,
            };
            ubah?.Invoke(sertifikat);
            db.Sertifikat.Add(sertifikat);
            await db.SaveChangesAsync();
            return new Terbitan(sertifikat.Id, nomor, pdf, sertifikat.Sha256, jwt, url);
        });
    }
}

public sealed record Terbitan(long Id, NomorSertifikat Nomor, byte[] Pdf, string Sha256, string Jwt, string IdKredensial);

[Trait("Category", "Data")]
public class VerifikasiTests(VerifikasiApp fixture) : IClassFixture<VerifikasiApp>
{
    private readonly JadwalAppFactory _app = fixture.App;

    private HttpClient Klien(bool ikutiAlih = true) =>
        _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = ikutiAlih });

    private static string Url(Terbitan t) => "/verifikasi/" + t.Nomor.UntukUrl;

    private static async Task<HttpResponseMessage> UnggahAsync(HttpClient klien, string url, string handler,
        string namaBerkas, byte[] isi, string jenis, Dictionary<string, string>? isian = null)
    {
        var page = await klien.GetDocumentAsync(url);
        var form = page.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .Single(f => f.Action.Contains("handler=" + handler, StringComparison.Ordinal));
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>())
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        foreach (var (nama, nilai) in isian ?? []) body.Add(new StringContent(nilai), nama);
        var input = (IHtmlInputElement)form.QuerySelector("input[type=file]")!;
        var berkas = new ByteArrayContent(isi);
        berkas.Headers.ContentType = new MediaTypeHeaderValue(jenis);
        body.Add(berkas, input.Name!, namaBerkas);
        return await klien.PostAsync(form.Action, body);
    }

    private async Task<IHtmlDocument> TempelKredensialAsync(Terbitan halaman, string jwt)
    {
        var klien = Klien();
        var page = await klien.GetDocumentAsync(Url(halaman));
        var response = await klien.SubmitAsync(page, new Dictionary<string, string> { ["TeksKredensial"] = jwt },
            "form[action*='handler=Kredensial']");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadDocumentAsync();
    }

    private static string Hasil(IHtmlDocument page) => page.QuerySelector(".hasil-kredensial")?.TextContent ?? "";

    [Fact]
    public async Task Valid_certificate_page_shows_every_printed_field_the_pdf_hash_and_berlaku()
    {
        var page = await Klien().GetDocumentAsync(Url(fixture.Berlaku));
        var teks = page.QuerySelector("main")!.TextContent;
        foreach (var isian in new[]
                 {
                     "Siti Rahmawati", "Operator SIKS-NG", "Bagelen", "Gedong Tataan", "Putaran Uji Verifikasi",
                     "21 September 2026", "Balai Desa Bagelen", "87,5", "DTKS-PSW/2026/000001", "25 September 2026",
                     fixture.Berlaku.Sha256, "Berlaku",
                 })
            Assert.Contains(isian, teks);
        Assert.DoesNotContain("Dicabut", teks);

        // Who signed is what the PDF prints, not whoever the configuration names today.
        var ditandatangani = page.QuerySelectorAll(".rincian dt").Single(dt => dt.TextContent == "Ditandatangani oleh").NextElementSibling!;
        Assert.Equal(["Dra. Sri Wahyuni, M.Si.", "NIP 19680412 199203 2 005", "Kepala Dinas Sosial Kabupaten Pesawaran"],
            ditandatangani.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent.Trim()));
        Assert.DoesNotContain(fixture.Dinsos.KepalaDinasNama, teks);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(fixture.Berlaku.Pdf);
        var tercetak = string.Concat(pdf.GetPage(1).Text.Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("Dra.SriWahyuni,M.Si.", tercetak);
        Assert.Contains("NIP196804121992032005", tercetak);
        Assert.Equal(64, fixture.Berlaku.Sha256.Length);
    }

    [Fact]
    public async Task Revoked_certificate_shows_dicabut_with_reason_and_date()
    {
        var page = await Klien().GetDocumentAsync(Url(fixture.Dicabut));
        var status = page.QuerySelector(".status")!.TextContent;
        Assert.Contains("Dicabut", status);
        Assert.Contains("Kehadiran ternyata dicatat keliru", status);
        Assert.Contains("30 September 2026 10.15 WIB", status);
        Assert.DoesNotContain("masih berlaku", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Replaced_certificate_links_to_the_newer_one_which_names_the_one_it_replaces()
    {
        var lama = await Klien().GetDocumentAsync(Url(fixture.Lama));
        var status = lama.QuerySelector(".status")!;
        Assert.Contains("Digantikan oleh", status.TextContent);
        var tautan = status.QuerySelector("a")!;
        Assert.Equal("/verifikasi/DTKS-PSW-2026-000004", tautan.GetAttribute("href"));
        Assert.Equal("DTKS-PSW/2026/000004", tautan.TextContent);

        var baru = await Klien().GetDocumentAsync(tautan.GetAttribute("href")!);
        Assert.Contains("Berlaku", baru.QuerySelector(".status")!.TextContent);
        Assert.Contains("Rahmat Hidayat", baru.QuerySelector(".rincian")!.TextContent);
        Assert.NotNull(baru.QuerySelector(".rincian a[href='/verifikasi/DTKS-PSW-2026-000003']"));
    }

    [Theory]
    [InlineData("/verifikasi/DTKS-PSW-2026-999999")]
    [InlineData("/verifikasi/DTKS-PSW-2025-000001")]
    [InlineData("/verifikasi/bukan-nomor")]
    public async Task Unknown_number_is_a_plain_404_tidak_ditemukan(string url)
    {
        var response = await Klien().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        var teks = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Sertifikat tidak ditemukan", teks);
        Assert.Null(page.QuerySelector(".rincian"));
        Assert.Null(page.QuerySelector("form[enctype]"));
    }

    [Fact]
    public async Task Lower_case_address_redirects_to_the_canonical_one()
    {
        var response = await Klien(ikutiAlih: false).GetAsync("/verifikasi/dtks-psw-2026-000001");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/verifikasi/DTKS-PSW-2026-000001", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("DTKS-PSW/2026/000001")]
    [InlineData("DTKS-PSW-2026-000001")]
    [InlineData("  dtks-psw / 2026 / 000001 ")]
    public async Task Number_form_accepts_printed_and_url_forms(string diketik)
    {
        var klien = Klien(ikutiAlih: false);
        var page = await klien.GetDocumentAsync("/verifikasi");
        var response = await klien.SubmitAsync(page, new Dictionary<string, string> { ["Nomor"] = diketik });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/verifikasi/DTKS-PSW-2026-000001", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("DTKS/2026/1", "Nomor sertifikat tidak dikenali")]
    [InlineData("   ", "Isi nomor sertifikat")]
    public async Task Number_form_explains_a_bad_number_and_keeps_the_input(string diketik, string pesan)
    {
        var klien = Klien();
        var page = await klien.GetDocumentAsync("/verifikasi");
        var response = await klien.SubmitAsync(page, new Dictionary<string, string> { ["Nomor"] = diketik });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hasil = await response.ReadDocumentAsync();
        Assert.Contains(pesan, hasil.QuerySelector(".field-error")!.TextContent);
        Assert.Equal(diketik, ((IHtmlInputElement)hasil.QuerySelector("input[name=Nomor]")!).Value);
    }

    [Fact]
    public async Task Uploaded_pdf_matches_only_when_it_is_byte_for_byte_the_issued_file()
    {
        var url = Url(fixture.Berlaku);
        var sama = await (await UnggahAsync(Klien(), url, "Pdf", "sertifikat.pdf", fixture.Berlaku.Pdf, "application/pdf")).ReadDocumentAsync();
        Assert.Contains("Cocok", sama.QuerySelector(".hasil-pdf")!.TextContent);
        Assert.Contains("flash", sama.QuerySelector(".hasil-pdf")!.ClassName);

        var diubah = fixture.Berlaku.Pdf.ToArray();
        diubah[diubah.Length / 2] ^= 0x01;
        var beda = await (await UnggahAsync(Klien(), url, "Pdf", "sertifikat.pdf", diubah, "application/pdf")).ReadDocumentAsync();
        var teks = beda.QuerySelector(".hasil-pdf")!.TextContent;
        Assert.Contains("Tidak cocok", teks);
        Assert.Contains(DocumentHash.Sha256Hex(diubah), teks);

        // Another genuine certificate is not this one.
        var lain = await (await UnggahAsync(Klien(), url, "Pdf", "lain.pdf", fixture.Dicabut.Pdf, "application/pdf")).ReadDocumentAsync();
        Assert.Contains("Tidak cocok", lain.QuerySelector(".hasil-pdf")!.TextContent);
    }

    [Theory]
    [InlineData("bukan.pdf", 0, "kosong")]
    [InlineData("foto.jpg", 1, "bukan PDF")]
    [InlineData("besar.pdf", 2, "lebih dari 5 MB")]
    public async Task Pdf_upload_refuses_empty_wrong_type_and_too_large_files_in_bahasa(string namaBerkas, int jenis, string pesan)
    {
        byte[] isi = jenis switch
        {
            0 => [],
            1 => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46],
            _ => [.. "%PDF-1.4\n"u8, .. new byte[5 * 1024 * 1024]],
        };
        var response = await UnggahAsync(Klien(), Url(fixture.Berlaku), "Pdf", namaBerkas, isi, "application/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains(pesan, page.QuerySelector("form[action*='handler=Pdf'] .field-error")!.TextContent);
        Assert.Null(page.QuerySelector(".hasil-pdf"));
    }

    [Fact]
    public async Task Valid_credential_pasted_or_uploaded_is_sah()
    {
        var page = await TempelKredensialAsync(fixture.Berlaku, fixture.Berlaku.Jwt);
        Assert.StartsWith("Sah", Hasil(page).Trim());
        Assert.Contains("Siti Rahmawati", Hasil(page));

        var response = await UnggahAsync(Klien(), Url(fixture.Berlaku), "Kredensial", "sertifikat.jwt",
            Encoding.ASCII.GetBytes(fixture.Berlaku.Jwt + "\n"), "application/octet-stream");
        Assert.StartsWith("Sah", Hasil(await response.ReadDocumentAsync()).Trim());
    }

    [Fact]
    public async Task Tampered_credential_fails_the_signature()
    {
        var bagian = fixture.Berlaku.Jwt.Split('.');
        var isi = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(bagian[1]))!.AsObject();
        isi["credentialSubject"]!["identifier"]![0]!["identityHash"] = "Orang Lain";
        var palsu = bagian[0] + "." + System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(isi.ToJsonString())) + "." + bagian[2];

        var hasil = Hasil(await TempelKredensialAsync(fixture.Berlaku, palsu));
        Assert.StartsWith("Tidak sah", hasil.Trim());
        Assert.Contains("Tanda tangan tidak cocok", hasil);
    }

    [Fact]
    public async Task Credential_signed_by_another_key_is_refused()
    {
        var isi = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(fixture.Berlaku.Jwt.Split('.')[1]))!.AsObject();
        var hasil = Hasil(await TempelKredensialAsync(fixture.Berlaku, VcJwt.Tandatangani(isi, KunciPenerbit.Buat())));
        Assert.StartsWith("Tidak sah", hasil.Trim());
        Assert.Contains("Kunci penandatangan tidak dikenal", hasil);
    }

    [Fact]
    public async Task Genuine_credential_of_a_revoked_or_replaced_certificate_is_not_sah()
    {
        var dicabut = Hasil(await TempelKredensialAsync(fixture.Dicabut, fixture.Dicabut.Jwt));
        Assert.StartsWith("Tidak sah", dicabut.Trim());
        Assert.Contains("dicabut pada 30 September 2026", dicabut);
        Assert.Contains("Kehadiran ternyata dicatat keliru", dicabut);
        Assert.DoesNotContain("Tanda tangan", dicabut);

        var lama = Hasil(await TempelKredensialAsync(fixture.Lama, fixture.Lama.Jwt));
        Assert.Contains("digantikan oleh DTKS-PSW/2026/000004", lama);
    }

    [Fact]
    public async Task Genuine_credential_shown_on_another_certificates_page_is_not_sah()
    {
        var hasil = Hasil(await TempelKredensialAsync(fixture.Berlaku, fixture.Baru.Jwt));
        Assert.StartsWith("Tidak sah", hasil.Trim());
        Assert.Contains("milik sertifikat DTKS-PSW/2026/000004, bukan DTKS-PSW/2026/000001", hasil);
    }

    [Fact]
    public async Task Empty_credential_form_says_what_to_do_and_garbage_is_not_a_jwt()
    {
        var klien = Klien();
        var page = await klien.GetDocumentAsync(Url(fixture.Berlaku));
        var kosong = await (await klien.SubmitAsync(page, new Dictionary<string, string> { ["TeksKredensial"] = "" },
            "form[action*='handler=Kredensial']")).ReadDocumentAsync();
        Assert.Contains("Tempel kredensial", kosong.QuerySelector("form[action*='handler=Kredensial'] .field-validation-error")!.TextContent);

        var sampah = await TempelKredensialAsync(fixture.Berlaku, "ini bukan jwt");
        Assert.Contains("Format JWT tidak sah", Hasil(sampah));
        Assert.Equal("ini bukan jwt", ((IHtmlTextAreaElement)sampah.QuerySelector("textarea[name=TeksKredensial]")!).Value);
    }

    [Theory]
    [InlineData("/verifikasi/jwks.json")]
    [InlineData("/.well-known/jwks.json")]
    public async Task Jwks_publishes_the_signing_key_without_its_private_part(string url)
    {
        var response = await Klien().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jwk-set+json", response.Content.Headers.ContentType!.MediaType);
        var teks = await response.Content.ReadAsStringAsync();
        var kunci = Assert.Single(JsonNode.Parse(teks)!["keys"]!.AsArray())!.AsObject();
        Assert.False(kunci.ContainsKey("d"));
        Assert.Equal("EC", (string?)kunci["kty"]);
        Assert.Equal("P-256", (string?)kunci["crv"]);
        // The credentials issued earlier verify against exactly this document.
        Assert.True(VcJwt.Verifikasi(fixture.Berlaku.Jwt, teks, _app.Clock.GetUtcNow()).Sah);
    }

    [Fact]
    public async Task Revocation_list_names_revoked_and_replaced_credentials_only()
    {
        var response = await Klien().GetAsync("/verifikasi/pencabutan.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var daftar = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(fixture.Dinsos.AlamatPublik("/verifikasi/pencabutan.json").ToString(), (string?)daftar["id"]);
        var dicabut = daftar["revokedCredentials"]!.AsArray().ToDictionary(d => (string)d!["id"]!, d => (string)d!["revocationReason"]!);
        Assert.Equal("Kehadiran ternyata dicatat keliru", dicabut[fixture.Dicabut.IdKredensial]);
        Assert.Equal("Digantikan oleh DTKS-PSW/2026/000004", dicabut[fixture.Lama.IdKredensial]);
        Assert.DoesNotContain(fixture.Berlaku.IdKredensial, dicabut.Keys);
        Assert.DoesNotContain(fixture.Baru.IdKredensial, dicabut.Keys);
        // The list each credential points at is the one served here.
        var status = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(fixture.Dicabut.Jwt.Split('.')[1]))!["credentialStatus"]!;
        Assert.Equal((string?)daftar["id"], (string?)status["id"]);
    }

    [Fact]
    public async Task Issuer_profile_names_dinas_sosial_pesawaran()
    {
        var response = await Klien().GetAsync("/verifikasi/penerbit.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profil = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(fixture.Dinsos.AlamatPublik("/verifikasi/penerbit.json").ToString(), (string?)profil["id"]);
        Assert.Contains("Profile", profil["type"]!.AsArray().Select(t => (string?)t));
        Assert.Equal("Dinas Sosial Kabupaten Pesawaran", (string?)profil["name"]);
        Assert.Equal(fixture.Dinsos.AlamatSitus, (string?)profil["url"]);
    }

    [Fact]
    public async Task Page_reads_in_english_when_english_is_chosen()
    {
        var klien = Klien();
        klien.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var teks = (await klien.GetDocumentAsync(Url(fixture.Dicabut))).QuerySelector("main")!.TextContent;
        Assert.Contains("Certificate DTKS-PSW/2026/000002", teks);
        Assert.Contains("Revoked on", teks);
        Assert.Contains("Check a PDF file", teks);
    }

    [Fact]
    public async Task Anonymous_home_page_and_footer_link_to_verification()
    {
        var page = await Klien().GetDocumentAsync("/");
        Assert.NotNull(page.QuerySelector("main a[href='/verifikasi']"));
        Assert.NotNull(page.QuerySelector("footer a[href='/verifikasi']"));
    }
}

[Trait("Category", "Data")]
public class VerifikasiRateLimitTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public Task InitializeAsync()
    {
        _app.Settings["RateLimit:VerifikasiPerMinute"] = "5";
        return ((IAsyncLifetime)_app).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Looking_up_numbers_in_a_loop_eventually_gets_429_in_bahasa()
    {
        var klien = _app.CreateClient();
        HttpResponseMessage? terakhir = null;
        for (var i = 1; i <= 20 && terakhir?.StatusCode != HttpStatusCode.TooManyRequests; i++)
            terakhir = await klien.GetAsync($"/verifikasi/DTKS-PSW-2026-{i:D6}");
        Assert.Equal(HttpStatusCode.TooManyRequests, terakhir!.StatusCode);
        Assert.Contains("Terlalu banyak", await terakhir.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await klien.GetAsync("/verifikasi/jwks.json")).StatusCode);
    }
}
