using DtksTraining.Tests.Sertifikat;
using DtksTraining.Tests.Shared;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;
using PdfSharp.Drawing;
using PdfSharp.Pdf.IO;
using ZXing.Common;
using ZXing;

namespace DtksTraining.Tests.Browser;

// Issue #9 journey 4 in a real browser: the village head of Bagelen is checked in, the Hangfire job issues her
// certificate and mails the PDF; whoever scans its QR lands on the public page, which tells the issued PDF from an edited one.
[Trait("Category", "Browser")]
public class SertifikatJourneyTests(JourneyFixture f) : IClassFixture<JourneyFixture>
{
    private const string GedongTataan = "18.09.01";
    private const string EmailKades = "kades.bagelen@desa.example";

    [BrowserFact]
    public async Task A_checked_in_village_head_gets_her_certificate_by_mail_and_its_qr_leads_anyone_to_a_page_that_tells_the_issued_pdf_from_an_edited_one()
    {
        var wibHariIni = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime);
        var hari = wibHariIni.AddDays(2);
        var sesiId = await f.App.BuatSesiAsync(hari, 40, (GedongTataan, 10));
        var putaran = await f.App.WithDbAsync(db => db.Sesi.Where(s => s.Id == sesiId).Select(s => s.Putaran!.Nama).SingleAsync());
        var kadesId = await f.App.WithDbAsync(db => db.Users.Where(u => u.UserName == "kades.bagelen").Select(u => u.Id).SingleAsync());
        // Taking the quiz in the browser is journey 1; here her pass is recorded as the quiz page records it.
        await f.App.LulusUjianAsync(kadesId, FaktaSertifikat.QuizKepalaDesa, 90);

        var kades = await f.BukaAsync("j4-kades");
        await kades.MasukAsync("kades.bagelen");
        await kades.GotoAsync("/Peserta/Jadwal", "jadwal");
        var daftar = kades.Page.Locator($"form#daftar-{sesiId}");
        await kades.KlikAsync(daftar.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }), "daftar-diri");
        var pin = (await kades.Page.Locator("section[aria-label='Sutrisno'] code.big").InnerTextAsync()).Trim();

        // Before the session "Sertifikat saya" says what is still missing.
        await kades.GotoAsync("/Peserta/Sertifikat", "sertifikat-belum");
        var belum = kades.Page.Locator($"section.belum[aria-label='{putaran}']");
        Assert.Contains("Belum hadir di sesi pelatihan", await belum.InnerTextAsync());
        Assert.Equal(0, await kades.Page.Locator("section.sertifikat").CountAsync());

        // On the day the facilitator checks her in; that is what sets the issuing job going.
        f.App.Clock.SetUtcNow(Wib.Pada(hari, new TimeOnly(7, 45)).ToUniversalTime());
        var fasilitator = await f.BukaAsync("j4-fasilitator");
        await fasilitator.MasukAsync("fasilitator");
        await fasilitator.GotoAsync($"/Staf/Kehadiran/Sesi/{sesiId}", "daftar-hadir");
        await fasilitator.Page.GetByLabel("Check-in dengan PIN").FillAsync(pin);
        await fasilitator.KlikAsync(fasilitator.Page.GetByRole(AriaRole.Button, new() { Name = "Catat hadir", Exact = true }), "pin-sutrisno");
        Assert.Contains("Sutrisno: Hadir.", await fasilitator.Page.Locator("p.flash[role=status]").InnerTextAsync());

        // The job issues the certificate and the outbox delivers it with the PDF to the real SMTP server.
        var surat = await f.Smtp.WaitForAsync(m =>
            m.To.Mailboxes.Any(a => a.Address == EmailKades) && m.Attachments.OfType<MimePart>().Any(IsPdf));
        var sertifikat = await f.App.WithDbAsync(db => db.Sertifikat.AsNoTracking().SingleAsync(s => s.UserId == kadesId));
        var lampiran = surat.Attachments.OfType<MimePart>().Single(IsPdf);
        Assert.Equal(KabarSertifikat.NamaBerkas(sertifikat.Nomor), lampiran.FileName);
        var pdf = Isi(lampiran);
        Assert.Equal(sertifikat.Sha256, DocumentHash.Sha256Hex(pdf));
        Assert.Equal(StatusSertifikat.Berlaku, sertifikat.Status);
        Assert.Equal("Sutrisno", sertifikat.Nama);
        Assert.Equal(90m, sertifikat.Nilai);

        // The QR printed on the PDF is the public verification address, used as it is.
        var url = BacaQr(pdf);
        var nomor = NomorSertifikat.Parse(sertifikat.Nomor);
        Assert.Equal(new Uri(f.BaseAddress, "/verifikasi/" + nomor.UntukUrl).AbsoluteUri, url);
        Assert.Contains(url, surat.TextBody);

        var publik = await f.BukaAsync("j4-publik");
        await publik.GotoAsync(url, "verifikasi");
        Assert.Contains(sertifikat.Nomor, await publik.Page.Locator("h1").InnerTextAsync());
        Assert.Contains("Berlaku", await publik.Page.Locator("p.flash.status").InnerTextAsync());
        var rincian = await publik.Page.Locator(".rincian").InnerTextAsync();
        Assert.Contains("Sutrisno", rincian);
        Assert.Contains(sertifikat.Nomor, rincian);
        Assert.Contains(sertifikat.Sha256, rincian);
        Assert.Contains(JourneyFixture.KepalaDinas, rincian);
        Assert.Contains("NIP " + JourneyFixture.NipKepalaDinas, rincian);

        await PeriksaPdfAsync(publik, pdf, "pdf-asli");
        Assert.Contains("Cocok: berkas ini persis sertifikat yang diterbitkan.", await publik.Page.Locator(".hasil-pdf").InnerTextAsync());
        var palsu = UbahNilai(pdf);
        await PeriksaPdfAsync(publik, palsu, "pdf-diubah");
        var hasil = await publik.Page.Locator(".hasil-pdf").InnerTextAsync();
        Assert.Contains("Tidak cocok", hasil);
        Assert.Contains(DocumentHash.Sha256Hex(palsu), hasil);

        // She finds it under "Sertifikat saya" and downloads the very file that was mailed.
        await kades.GotoAsync("/Peserta/Sertifikat", "sertifikat-saya");
        var milik = kades.Page.Locator($"section.sertifikat[aria-label='{sertifikat.Nomor}']");
        Assert.Contains("Berlaku", await milik.InnerTextAsync());
        Assert.Contains(putaran, await milik.InnerTextAsync());
        Assert.Equal(0, await belum.CountAsync());
        var unduhan = await kades.Page.RunAndWaitForDownloadAsync(() =>
            milik.GetByRole(AriaRole.Link, new() { Name = "Unduh PDF" }).ClickAsync());
        Assert.Equal(KabarSertifikat.NamaBerkas(sertifikat.Nomor), unduhan.SuggestedFilename);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(await unduhan.PathAsync()));

        var masalah = kades.Masalah.Concat(fasilitator.Masalah).Concat(publik.Masalah).ToList();
        Assert.True(masalah.Count == 0, string.Join(Environment.NewLine, masalah));
    }

    private static bool IsPdf(MimePart part) => part.ContentType.MimeType == "application/pdf";

    private static byte[] Isi(MimePart part)
    {
        using var keluaran = new MemoryStream();
        part.Content!.DecodeTo(keluaran);
        return keluaran.ToArray();
    }

    private static string BacaQr(byte[] pdf)
    {
        var (lebar, tinggi, piksel) = GambarPdf.Halaman(pdf, dpi: 200);
        var pembaca = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        var kode = pembaca.Decode(new RGBLuminanceSource(piksel, lebar, tinggi, RGBLuminanceSource.BitmapFormat.Gray8));
        Assert.NotNull(kode);
        return kode.Text;
    }

    private static async Task PeriksaPdfAsync(Langkah langkah, byte[] pdf, string nama)
    {
        await langkah.Page.GetByLabel("Berkas PDF sertifikat (paling besar 5 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "sertifikat.pdf", MimeType = "application/pdf", Buffer = pdf,
        });
        await langkah.KlikAsync(langkah.Page.GetByRole(AriaRole.Button, new() { Name = "Periksa PDF" }), nama);
    }

    // A forger's edit: the score is painted over with a better one. The result is still a PDF that opens and shows it.
    private static byte[] UbahNilai(byte[] asli)
    {
        using var dokumen = PdfReader.Open(new MemoryStream(asli), PdfDocumentOpenMode.Modify);
        var halaman = dokumen.Pages[0];
        using (var gfx = XGraphics.FromPdfPage(halaman, XGraphicsPdfPageOptions.Append))
        {
            var lebar = halaman.Width.Point;
            gfx.DrawRectangle(XBrushes.White, 250, 318, lebar - 500, 22);
            gfx.DrawString("Nilai ujian: 100", PdfFonts.Font(12, tebal: true), XBrushes.Black,
                new XRect(70, 326, lebar - 140, 16), XStringFormats.TopCenter);
        }
        using var keluaran = new MemoryStream();
        dokumen.Save(keluaran, false);
        var hasil = keluaran.ToArray();
        using var baca = UglyToad.PdfPig.PdfDocument.Open(hasil);
        Assert.Contains("Nilaiujian:100", string.Concat(baca.GetPage(1).Text.Where(c => !char.IsWhiteSpace(c))));
        return hasil;
    }
}
