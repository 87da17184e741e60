using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Shared;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp;
using QRCoder;

namespace DtksTraining.Web.Sertifikat;

public sealed record Penandatangan(string Nama, string Nip, string Jabatan = "Kepala Dinas Sosial Kabupaten Pesawaran");

public sealed record DataSertifikatPdf(
    NomorSertifikat Nomor,
    string NamaPeserta,
    string Peran,
    string NamaDesa,
    string NamaKecamatan,
    string NamaPutaran,
    DateOnly TanggalSesi,
    string TempatSesi,
    decimal? NilaiUjian,
    DateTimeOffset DiterbitkanPada,
    Penandatangan Penandatangan,
    string UrlVerifikasi,
    NomorSertifikat? Menggantikan = null);

public static class SertifikatPdf
{
    private static readonly XColor Biru = XColor.FromArgb(0x1F, 0x4E, 0x79);
    private static readonly XColor Merah = XColor.FromArgb(0xB0, 0x1E, 0x1E);
    private static readonly XColor Abu = XColor.FromArgb(0x55, 0x55, 0x55);

    public static byte[] Buat(DataSertifikatPdf data)
    {
        using var dokumen = new PdfDocument();
        dokumen.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        AturMetadata(dokumen, data);
        var halaman = dokumen.AddPage();
        halaman.Size = PageSize.A4;
        halaman.Orientation = PageOrientation.Landscape;
        using (var gfx = XGraphics.FromPdfPage(halaman))
            Gambar(gfx, halaman.Width.Point, halaman.Height.Point, data);
        using var keluaran = new MemoryStream();
        dokumen.Save(keluaran, false);
        return DeterministicPdf.Stabilkan(keluaran.ToArray(), Sidik(data));
    }

    // Creation date and trailer ID come from the input so the same certificate always gives the same bytes and SHA-256.
    private static void AturMetadata(PdfDocument dokumen, DataSertifikatPdf data)
    {
        dokumen.Info.Title = $"Sertifikat {data.Nomor}";
        dokumen.Info.Author = "Dinas Sosial Kabupaten Pesawaran";
        dokumen.Info.Subject = data.NamaPutaran;
        dokumen.Info.Creator = "DtksTraining";
        dokumen.Info.CreationDate = data.DiterbitkanPada.UtcDateTime;
        dokumen.Info.ModificationDate = data.DiterbitkanPada.UtcDateTime;
        var id = string.Concat(SHA256.HashData(Encoding.UTF8.GetBytes(Sidik(data))).AsSpan(0, 16).ToArray().Select(b => (char)b));
        dokumen.Internals.FirstDocumentID = id;
        dokumen.Internals.SecondDocumentID = id;
    }

    private static string Sidik(DataSertifikatPdf data) => string.Join('\u001F',
        data.Nomor, data.NamaPeserta, data.Peran, data.NamaDesa, data.NamaKecamatan, data.NamaPutaran,
        data.TanggalSesi.ToString("O", CultureInfo.InvariantCulture), data.TempatSesi,
        data.NilaiUjian?.ToString(CultureInfo.InvariantCulture), data.DiterbitkanPada.ToString("O", CultureInfo.InvariantCulture),
        data.Penandatangan.Nama, data.Penandatangan.Nip, data.Penandatangan.Jabatan, data.UrlVerifikasi, data.Menggantikan);

    private static void Gambar(XGraphics gfx, double lebar, double tinggi, DataSertifikatPdf data)
    {
        var biru = new XSolidBrush(Biru);
        var abu = new XSolidBrush(Abu);
        gfx.DrawRectangle(new XPen(Biru, 4), 20, 20, lebar - 40, tinggi - 40);
        gfx.DrawRectangle(new XPen(Biru, 1), 30, 30, lebar - 60, tinggi - 60);

        var tengah = XStringFormats.TopCenter;
        var isiLebar = lebar - 140;
        var x = 70d;
        Tulis(gfx, "PEMERINTAH KABUPATEN PESAWARAN", PdfFonts.Font(12, tebal: true), biru, x, 50, isiLebar, tengah);
        Tulis(gfx, "DINAS SOSIAL", PdfFonts.Font(14, tebal: true), biru, x, 67, isiLebar, tengah);
        Tulis(gfx, "SERTIFIKAT", PdfFonts.Font(34, tebal: true), biru, x, 98, isiLebar, tengah);
        Tulis(gfx, $"Nomor: {data.Nomor}", PdfFonts.Font(11), XBrushes.Black, x, 142, isiLebar, tengah);

        var y = 160d;
        if (data.Menggantikan is { } lama)
        {
            Tulis(gfx, $"Menggantikan sertifikat nomor {lama}", PdfFonts.Font(11, tebal: true), new XSolidBrush(Merah),
                x, y, isiLebar, tengah);
            y += 16;
        }

        Tulis(gfx, "diberikan kepada", PdfFonts.Font(12), abu, x, y + 12, isiLebar, tengah);
        var fontNama = PdfFonts.FontMuat(gfx, data.NamaPeserta, isiLebar, 28, tebal: true);
        Tulis(gfx, data.NamaPeserta, fontNama, XBrushes.Black, x, y + 32, isiLebar, tengah);
        var baris = $"{Peran.Label(data.Peran)} · Desa {data.NamaDesa}, Kecamatan {data.NamaKecamatan}";
        Tulis(gfx, baris, PdfFonts.FontMuat(gfx, baris, isiLebar, 13), XBrushes.Black, x, y + 72, isiLebar, tengah);

        Tulis(gfx, "telah mengikuti dan menyelesaikan", PdfFonts.Font(12), abu, x, y + 102, isiLebar, tengah);
        Tulis(gfx, data.NamaPutaran, PdfFonts.FontMuat(gfx, data.NamaPutaran, isiLebar, 16, tebal: true), biru,
            x, y + 120, isiLebar, tengah);
        var sesi = $"Sesi {IndonesianDates.Panjang(data.TanggalSesi)} di {data.TempatSesi}";
        Tulis(gfx, sesi, PdfFonts.FontMuat(gfx, sesi, isiLebar, 12), XBrushes.Black, x, y + 146, isiLebar, tengah);
        if (data.NilaiUjian is { } nilai)
            Tulis(gfx, $"Nilai ujian: {NilaiTampil(nilai)}", PdfFonts.Font(12, tebal: true),
                XBrushes.Black, x, y + 166, isiLebar, tengah);

        GambarPenandatangan(gfx, lebar, tinggi, data);
        GambarQr(gfx, tinggi, data.UrlVerifikasi);
    }

    private static void GambarPenandatangan(XGraphics gfx, double lebar, double tinggi, DataSertifikatPdf data)
    {
        var kiri = lebar - 330;
        const double kolom = 270;
        var atas = tinggi - 175;
        var kiriRata = XStringFormats.TopLeft;
        Tulis(gfx, $"Pesawaran, {IndonesianDates.Panjang(Wib.Hari(data.DiterbitkanPada))}", PdfFonts.Font(11), XBrushes.Black,
            kiri, atas, kolom, kiriRata);
        var jabatan = data.Penandatangan.Jabatan;
        Tulis(gfx, jabatan, PdfFonts.FontMuat(gfx, jabatan, kolom, 11), XBrushes.Black, kiri, atas + 16, kolom, kiriRata);
        var fontNama = PdfFonts.FontMuat(gfx, data.Penandatangan.Nama, kolom, 11, tebal: true);
        Tulis(gfx, data.Penandatangan.Nama, fontNama, XBrushes.Black, kiri, atas + 95, kolom, kiriRata);
        var lebarNama = gfx.MeasureString(data.Penandatangan.Nama, fontNama).Width;
        gfx.DrawLine(new XPen(XColors.Black, 0.6), kiri, atas + 109, kiri + lebarNama, atas + 109);
        Tulis(gfx, $"NIP {data.Penandatangan.Nip}", PdfFonts.Font(11), XBrushes.Black, kiri, atas + 112, kolom, kiriRata);
    }

    private static void GambarQr(XGraphics gfx, double tinggi, string url)
    {
        const double sisi = 96;
        const double kiri = 60;
        var atas = tinggi - 60 - sisi - 22;
        gfx.DrawRectangles(XBrushes.Black, QrVektor.Kotak(url, kiri, atas, sisi));
        Tulis(gfx, "Pindai untuk memeriksa keaslian", PdfFonts.Font(7.5), XBrushes.Black, kiri, atas + sisi + 3, 300,
            XStringFormats.TopLeft);
        Tulis(gfx, url, PdfFonts.FontMuat(gfx, url, 320, 7, 5), new XSolidBrush(Abu), kiri, atas + sisi + 13, 320,
            XStringFormats.TopLeft);
    }

    // Indonesian decimal comma, written out so the text does not depend on the server's culture data.
    public static string NilaiTampil(decimal nilai) => nilai.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    private static void Tulis(XGraphics gfx, string teks, XFont font, XBrush kuas, double x, double y, double lebar, XStringFormat format) =>
        gfx.DrawString(teks, font, kuas, new XRect(x, y, lebar, font.Height), format);
}

// The QR is drawn as vector squares: sharp at any zoom, and no PNG to encode and decode for every certificate.
public static class QrVektor
{
    public static bool[,] Modul(string teks)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(teks, QRCodeGenerator.ECCLevel.M);
        var n = data.ModuleMatrix.Count;
        var modul = new bool[n, n];
        for (var baris = 0; baris < n; baris++)
            for (var kolom = 0; kolom < n; kolom++)
                modul[baris, kolom] = data.ModuleMatrix[baris][kolom];
        return modul;
    }

    // Horizontal runs of dark modules as rectangles; one rectangle per run keeps the page content small.
    public static XRect[] Kotak(string teks, double x, double y, double sisi)
    {
        var modul = Modul(teks);
        var n = modul.GetLength(0);
        var ukuran = sisi / n;
        var kotak = new List<XRect>();
        for (var baris = 0; baris < n; baris++)
        {
            var kolom = 0;
            while (kolom < n)
            {
                if (!modul[baris, kolom]) { kolom++; continue; }
                var awal = kolom;
                while (kolom < n && modul[baris, kolom]) kolom++;
                kotak.Add(new XRect(x + awal * ukuran, y + baris * ukuran, (kolom - awal) * ukuran, ukuran));
            }
        }
        return kotak.ToArray();
    }
}
