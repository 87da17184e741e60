using System.IO.Compression;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Jadwal;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DtksTraining.Tests.Sertifikat;

[Trait("Category", "Data")]
public class SertifikatPageTests : IAsyncLifetime
{
    private readonly JadwalAppFactory _app = new();

    public Task InitializeAsync()
    {
        _app.AturPenandatangan();
        return ((IAsyncLifetime)_app).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private static string Teks(byte[] pdf)
    {
        using var dokumen = PdfDocument.Open(pdf);
        return string.Concat(dokumen.GetPage(1).Text.Where(c => !char.IsWhiteSpace(c)));
    }

    [Fact]
    public async Task Participant_sees_what_is_missing_then_downloads_the_issued_pdf_which_nobody_else_but_admin_can()
    {
        _app.CreateClient();
        var sesiId = await _app.BuatSesiAsync(new DateOnly(2026, 10, 20), 60);
        var putaranId = await _app.PutaranAsync(sesiId);
        var namaPutaran = await _app.WithDbAsync(db => db.PutaranPelatihan.Where(p => p.Id == putaranId).Select(p => p.Nama).SingleAsync());
        var kades = await _app.IdAsync("kades.bagelen");
        await _app.HadirAsync(sesiId, kades);

        var peserta = await _app.LoginAsync("kades.bagelen");
        var belum = await peserta.GetDocumentAsync("/Peserta/Sertifikat");
        var kartu = belum.QuerySelectorAll("section.belum").Single(s => s.TextContent.Contains(namaPutaran));
        Assert.Contains("Ujian Kepala Desa belum lulus", kartu.TextContent);
        Assert.DoesNotContain("Belum hadir", kartu.TextContent);
        Assert.Empty(belum.QuerySelectorAll("section.sertifikat"));

        await _app.LulusUjianAsync(kades, FaktaSertifikat.QuizKepalaDesa, 92);
        await _app.TerbitkanAsync(kades, putaranId);
        var s = Assert.Single(await _app.SertifikatAsync(kades));

        var sudah = await peserta.GetDocumentAsync("/Peserta/Sertifikat");
        var milik = sudah.QuerySelector("section.sertifikat")!;
        Assert.Contains(s.Nomor, milik.TextContent);
        Assert.Contains(namaPutaran, milik.TextContent);
        Assert.DoesNotContain(sudah.QuerySelectorAll("section.belum"), b => b.TextContent.Contains(namaPutaran));
        var tautan = ((IHtmlAnchorElement)milik.QuerySelector("a.btn")!).Href;

        var unduh = await peserta.GetAsync(tautan);
        Assert.Equal(HttpStatusCode.OK, unduh.StatusCode);
        Assert.Equal("application/pdf", unduh.Content.Headers.ContentType!.MediaType);
        var pdf = await unduh.Content.ReadAsByteArrayAsync();
        Assert.Equal(s.Sha256, DocumentHash.Sha256Hex(pdf));
        Assert.Contains("Nilaiujian:92", Teks(pdf));

        var lain = await _app.LoginAsync("operator.bagelen");
        Assert.Equal(HttpStatusCode.NotFound, (await lain.GetAsync(tautan)).StatusCode);
        var admin = await _app.LoginAsync("admin");
        var olehAdmin = await admin.GetAsync($"/Admin/Sertifikat?handler=Pdf&id={s.Id}");
        Assert.Equal(HttpStatusCode.OK, olehAdmin.StatusCode);
        Assert.Equal(pdf, await olehAdmin.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_operator_sees_missing_sandbox_exercises_by_their_title_in_the_content_library()
    {
        _app.CreateClient();
        var latihan = _app.Services.GetRequiredService<PustakaLatihan>().Semua[0];
        var sesiId = await _app.BuatSesiAsync(new DateOnly(2026, 10, 20), 60);
        var putaranId = await _app.PutaranAsync(sesiId);
        var namaPutaran = await _app.WithDbAsync(async db =>
        {
            var putaran = await db.PutaranPelatihan.SingleAsync(p => p.Id == putaranId);
            putaran.LatihanWajib = [latihan.Id];
            await db.SaveChangesAsync();
            return putaran.Nama;
        });
        var operatorId = await _app.IdAsync("operator.bagelen");
        await _app.HadirAsync(sesiId, operatorId);
        await _app.LulusUjianAsync(operatorId, FaktaSertifikat.QuizOperator);

        var peserta = await _app.LoginAsync("operator.bagelen");
        var halaman = await peserta.GetDocumentAsync("/Peserta/Sertifikat");
        var kurang = halaman.QuerySelectorAll("section.belum").Single(s => s.GetAttribute("aria-label") == namaPutaran)
            .QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal([$"Latihan sandbox belum selesai: {latihan.Judul}"], kurang);

        // The English page translates the sentence; the title stays as the content library has it.
        var inggris = await (await peserta.SubmitAsync(halaman, new Dictionary<string, string>(), "form.lang")).ReadDocumentAsync();
        var missing = inggris.QuerySelectorAll("section.belum").Single(s => s.GetAttribute("aria-label") == namaPutaran)
            .QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal([$"Sandbox exercise not finished yet: {latihan.Judul}"], missing);
    }

    [Fact]
    public async Task The_signatory_printed_at_issue_is_kept_with_the_certificate_and_named_on_the_public_page()
    {
        var publik = _app.CreateClient();
        var (userId, putaranId, _) = await _app.KepalaDesaLayakAsync();
        await _app.TerbitkanAsync(userId, putaranId);
        var s = Assert.Single(await _app.SertifikatAsync(userId));
        Assert.Equal((SertifikatUji.Penandatangan, SertifikatUji.Nip, "Kepala Dinas Sosial Kabupaten Pesawaran"),
            (s.PenandatanganNama, s.PenandatanganNip, s.PenandatanganJabatan));
        var tercetak = Teks(s.Pdf);
        Assert.Contains("Drs.BudiSantoso,M.Si.", tercetak);
        Assert.Contains("NIP197001011990031001", tercetak);

        var halaman = await publik.GetDocumentAsync("/verifikasi/" + NomorSertifikat.Parse(s.Nomor).UntukUrl);
        var rincian = halaman.QuerySelector(".rincian")!.TextContent;
        Assert.Contains(SertifikatUji.Penandatangan, rincian);
        Assert.Contains("NIP " + SertifikatUji.Nip, rincian);
    }

    [Fact]
    public async Task Admin_corrects_a_name_into_a_linked_new_version_and_revokes_only_with_a_reason()
    {
        _app.CreateClient();
        var (userId, putaranId, _) = await _app.KepalaDesaLayakAsync();
        await _app.TerbitkanAsync(userId, putaranId);
        var lama = Assert.Single(await _app.SertifikatAsync(userId));

        var admin = await _app.LoginAsync("admin");
        var daftar = await admin.GetDocumentAsync($"/Admin/Sertifikat?putaranId={putaranId}");
        var tautan = daftar.QuerySelectorAll("table a").Cast<IHtmlAnchorElement>().Single(a => a.TextContent == lama.Nomor);
        var detail = await admin.GetDocumentAsync(tautan.Href);

        // Revoking is final and public: the form stays closed until opened and says what it does to whom.
        var konfirmasi = detail.QuerySelector("details.konfirmasi:has(form#cabut)")!;
        Assert.False(konfirmasi.HasAttribute("open"));
        Assert.Contains($"Sertifikat {lama.Nomor} atas nama {lama.Nama} tidak berlaku lagi", konfirmasi.QuerySelector(".warn")!.TextContent);
        Assert.Contains("tidak dapat dibatalkan", konfirmasi.QuerySelector(".warn")!.TextContent);
        Assert.Equal($"Ya, cabut sertifikat {lama.Nomor}", konfirmasi.QuerySelector("button")!.TextContent);
        var kosong = await admin.SubmitAsync(detail, new Dictionary<string, string> { ["Alasan"] = "   " }, "form#cabut");
        Assert.Equal(HttpStatusCode.OK, kosong.StatusCode);
        var halamanGalat = await kosong.ReadDocumentAsync();
        Assert.Contains("Tulis alasan pencabutan.", halamanGalat.QuerySelector("form#cabut")!.TextContent);
        Assert.True(halamanGalat.QuerySelector("details.konfirmasi:has(form#cabut)")!.HasAttribute("open"));
        Assert.Equal(StatusSertifikat.Berlaku, (await _app.SertifikatAsync(userId)).Single().Status);

        var koreksi = await admin.SubmitAsync(detail, new Dictionary<string, string> { ["NamaBaru"] = "Hermawan Saputra" }, "form#koreksi");
        var halamanBaru = await koreksi.ReadDocumentAsync();
        Assert.Contains(lama.Nomor, halamanBaru.QuerySelector("#rincian")!.TextContent);

        var versi = await _app.SertifikatAsync(userId);
        Assert.Equal(2, versi.Count);
        var (v1, v2) = (versi[0], versi[1]);
        Assert.False(v1.Terkini);
        Assert.True(v2.Terkini);
        Assert.Equal(v2.Id, v1.DigantikanOlehId);
        Assert.Equal(v1.Id, v2.MenggantikanId);
        Assert.Equal(2, v2.Versi);
        Assert.Equal("DTKS-PSW/2026/000002", v2.Nomor);
        Assert.Equal("Hermawan Saputra", v2.Nama);
        Assert.Equal(SertifikatUji.Penandatangan, v2.PenandatanganNama);
        Assert.Equal(DocumentHash.Sha256Hex(v2.Pdf), v2.Sha256);
        Assert.NotEqual(v1.Sha256, v2.Sha256);
        var teks = Teks(v2.Pdf);
        Assert.Contains("HermawanSaputra", teks);
        Assert.Contains("MenggantikansertifikatnomorDTKS-PSW/2026/000001", teks);
        var jwks = await _app.WithDbAsync(db => db.JwksPenerbitAsync(_app.Clock));
        var vc = VcJwt.Verifikasi(v2.VcJwt, jwks, _app.Clock.GetUtcNow());
        Assert.True(vc.Sah);
        Assert.Equal("Hermawan Saputra", vc.Ringkasan!.NamaPenerima);
        Assert.EndsWith("/verifikasi/DTKS-PSW-2026-000002", vc.Ringkasan.Id);

        // The replaced version can no longer be changed and points at its successor.
        var halamanLama = await admin.GetDocumentAsync($"/Admin/Sertifikat/Detail/{v1.Id}");
        Assert.Null(halamanLama.QuerySelector("form#cabut"));
        Assert.Contains(v2.Nomor, halamanLama.QuerySelector("#rincian")!.TextContent);

        var panjang = new string('x', 501);
        var terlaluPanjang = await admin.SubmitAsync(halamanBaru, new Dictionary<string, string> { ["Alasan"] = panjang }, "form#cabut");
        var galat = await terlaluPanjang.ReadDocumentAsync();
        Assert.Contains("Alasan paling panjang 500 huruf.", galat.QuerySelector("form#cabut")!.TextContent);
        Assert.Equal(panjang, ((IHtmlTextAreaElement)galat.QuerySelector("form#cabut textarea")!).Value);

        var cabut = await admin.SubmitAsync(galat, new Dictionary<string, string> { ["Alasan"] = "Peserta tidak hadir; daftar hadir keliru" }, "form#cabut");
        Assert.Equal(HttpStatusCode.OK, cabut.StatusCode);
        var dicabut = (await _app.SertifikatAsync(userId)).Single(s => s.Terkini);
        Assert.Equal(StatusSertifikat.Dicabut, dicabut.Status);
        Assert.Equal("Peserta tidak hadir; daftar hadir keliru", dicabut.AlasanCabut);
        Assert.Equal("admin", dicabut.DicabutOleh);
        Assert.NotNull(dicabut.DicabutPada);
        Assert.Contains("Peserta tidak hadir", (await cabut.ReadDocumentAsync()).QuerySelector("#rincian")!.TextContent);

        // A revoked certificate is still the current one: running the job again issues nothing new.
        await _app.TerbitkanAsync(userId, putaranId);
        Assert.Equal(2, (await _app.SertifikatAsync(userId)).Count);
    }

    [Fact]
    public async Task Admin_downloads_every_valid_pdf_of_a_round_or_a_kecamatan_as_one_zip_with_progress()
    {
        _app.CreateClient();
        var sesiId = await _app.BuatSesiAsync(new DateOnly(2026, 10, 20), 60);
        var desaLain = await _app.WithDbAsync(db => db.Desa.Where(d => d.Kecamatan!.Nama != "Gedong Tataan")
            .OrderBy(d => d.Kode).Select(d => new { d.Kode, d.KecamatanKode }).FirstAsync());
        var gedongTataan = await _app.WithDbAsync(db => db.Desa.Where(d => d.Kode == SertifikatUji.DesaBagelen).Select(d => d.KecamatanKode).SingleAsync());
        var orang = new List<string>();
        for (var i = 0; i < 3; i++) orang.Add((await _app.KepalaDesaLayakAsync(sesiId: sesiId)).UserId);
        var jauh = await _app.PesertaAsync(Peran.KepalaDesa, desa: desaLain.Kode);
        await _app.HadirAsync(sesiId, jauh);
        await _app.LulusUjianAsync(jauh, FaktaSertifikat.QuizKepalaDesa);
        orang.Add(jauh);
        var putaranId = await _app.PutaranAsync(sesiId);
        foreach (var u in orang) await _app.TerbitkanAsync(u, putaranId);
        var dicabut = (await _app.SertifikatAsync(orang[0])).Single();
        await _app.WithDbAsync(async db =>
        {
            await db.Sertifikat.Where(s => s.Id == dicabut.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, StatusSertifikat.Dicabut));
        });
        var tersimpan = await _app.WithDbAsync(db => db.Sertifikat.AsNoTracking().ToDictionaryAsync(s => s.Nomor, s => s.Sha256));

        var admin = await _app.LoginAsync("admin");
        var semua = await ZipAsync(admin, $"/Admin/Sertifikat?putaranId={putaranId}");
        Assert.Equal(3, semua.Count);
        Assert.DoesNotContain(semua.Keys, k => k.Contains(NomorSertifikat.Parse(dicabut.Nomor).UntukUrl));
        Assert.All(semua, e => Assert.Equal(tersimpan[NomorDari(e.Key)], e.Value));

        var satuKecamatan = await ZipAsync(admin, $"/Admin/Sertifikat?putaranId={putaranId}&kecamatan={gedongTataan}");
        Assert.Equal(2, satuKecamatan.Count);
        Assert.All(satuKecamatan.Keys, k => Assert.StartsWith("Gedong Tataan/Bagelen/", k));
        var lain = await ZipAsync(admin, $"/Admin/Sertifikat?putaranId={putaranId}&kecamatan={desaLain.KecamatanKode}");
        Assert.Single(lain);
    }

    private static string NomorDari(string entri) =>
        NomorSertifikat.Parse(Path.GetFileName(entri).Split(' ')[0]).ToString();

    private static async Task<Dictionary<string, string>> ZipAsync(HttpClient admin, string halaman)
    {
        var awal = await admin.GetDocumentAsync(halaman);
        var buat = await admin.SubmitAsync(awal, new Dictionary<string, string>(), "form#buat-zip");
        var kemajuan = (await buat.ReadDocumentAsync()).QuerySelector("#kemajuan")!;
        Assert.NotNull(kemajuan.QuerySelector("progress"));
        var url = kemajuan.GetAttribute("data-url")!;
        string status;
        var batas = DateTime.UtcNow.AddSeconds(90);
        do
        {
            await Task.Delay(200);
            using var json = JsonDocument.Parse(await admin.GetStringAsync(url));
            status = json.RootElement.GetProperty("status").GetString()!;
        } while (status is not ("Selesai" or "Gagal") && DateTime.UtcNow < batas);
        Assert.Equal("Selesai", status);

        var selesai = await admin.GetDocumentAsync(halaman);
        var zipUrl = selesai.QuerySelector("#unduh-zip")!.GetAttribute("href")!;
        using var zip = new ZipArchive(await admin.GetStreamAsync(zipUrl));
        var hasil = new Dictionary<string, string>();
        foreach (var entri in zip.Entries)
        {
            await using var baca = entri.Open();
            hasil[entri.FullName] = DocumentHash.Sha256Hex(baca);
        }
        return hasil;
    }
}
