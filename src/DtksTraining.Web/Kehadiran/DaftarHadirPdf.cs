using DtksTraining.Web.Shared;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DtksTraining.Web.Kehadiran;

public sealed record BarisDaftarHadir(string Nama, string Jabatan, string Desa, string? Keterangan);

public sealed record DataDaftarHadir(string NamaPutaran, string Tempat, string AlamatTempat, DateOnly Tanggal, string Jam,
    IReadOnlyList<BarisDaftarHadir> Peserta);

// The paper sheet Dinsos files: No, Nama, Jabatan, Desa and a signature column whose boxes alternate left and right.
public static class DaftarHadirPdf
{
    private const double Tepi = 40;
    private const double TinggiBaris = 34;
    private static readonly double[] Kolom = [28, 170, 95, 100, 122];

    public static byte[] Buat(DataDaftarHadir data)
    {
        PdfFonts.Daftarkan();
        using var dokumen = new PdfDocument();
        dokumen.Info.Title = $"Daftar Hadir {data.NamaPutaran} {IndonesianDates.Panjang(data.Tanggal)}";
        dokumen.Info.Author = "Dinas Sosial Kabupaten Pesawaran";
        var judul = PdfFonts.Font(13, tebal: true);
        var teks = PdfFonts.Font(9.5);
        var tebal = PdfFonts.Font(9.5, tebal: true);
        var nomor = 0;
        var halamanKe = 0;
        var baris = data.Peserta.Count == 0 ? [new BarisDaftarHadir("", "", "", null)] : data.Peserta;
        while (nomor < baris.Count)
        {
            var halaman = dokumen.AddPage();
            halaman.Size = PdfSharp.PageSize.A4;
            halamanKe++;
            using var gfx = XGraphics.FromPdfPage(halaman);
            var y = Tepi;
            gfx.DrawString("DAFTAR HADIR", judul, XBrushes.Black, new XRect(0, y, halaman.Width.Point, 16), XStringFormats.TopCenter);
            y += 20;
            foreach (var line in new[]
                     {
                         data.NamaPutaran,
                         $"{data.Tempat} — {data.AlamatTempat}",
                         $"{IndonesianDates.DenganHari(data.Tanggal)}, pukul {data.Jam} WIB",
                     })
            {
                gfx.DrawString(line, teks, XBrushes.Black, new XRect(Tepi, y, halaman.Width.Point - 2 * Tepi, 12), XStringFormats.TopCenter);
                y += 13;
            }
            y += 8;
            y = Kepala(gfx, y, tebal);
            var muat = (int)((halaman.Height.Point - y - Tepi - 20) / TinggiBaris);
            for (var i = 0; i < muat && nomor < baris.Count; i++, nomor++)
                y = Baris(gfx, y, nomor + 1, baris[nomor], teks, data.Peserta.Count > 0);
            gfx.DrawString($"Halaman {halamanKe}", teks, XBrushes.Gray,
                new XRect(Tepi, halaman.Height.Point - Tepi, halaman.Width.Point - 2 * Tepi, 12), XStringFormats.TopRight);
        }
        using var keluaran = new MemoryStream();
        dokumen.Save(keluaran, false);
        return keluaran.ToArray();
    }

    private static double Kepala(XGraphics gfx, double y, XFont font)
    {
        string[] judul = ["No", "Nama", "Jabatan", "Desa", "Tanda tangan"];
        var x = Tepi;
        for (var i = 0; i < Kolom.Length; i++)
        {
            gfx.DrawRectangle(XPens.Black, XBrushes.LightGray, x, y, Kolom[i], 18);
            gfx.DrawString(judul[i], font, XBrushes.Black, new XRect(x, y, Kolom[i], 18), XStringFormats.Center);
            x += Kolom[i];
        }
        return y + 18;
    }

    private static double Baris(XGraphics gfx, double y, int nomor, BarisDaftarHadir peserta, XFont font, bool berisi)
    {
        var x = Tepi;
        string[] isi = [berisi ? nomor.ToString() : "", peserta.Nama, peserta.Jabatan, peserta.Desa];
        for (var i = 0; i < Kolom.Length; i++)
        {
            gfx.DrawRectangle(XPens.Black, x, y, Kolom[i], TinggiBaris);
            if (i < isi.Length && isi[i].Length > 0)
            {
                var muat = i == 0 ? font : PdfFonts.FontMuat(gfx, isi[i], Kolom[i] - 6, 9.5, 6.5);
                gfx.DrawString(isi[i], muat, XBrushes.Black, new XRect(x + 3, y, Kolom[i] - 6, TinggiBaris),
                    i == 0 ? XStringFormats.Center : XStringFormats.CenterLeft);
            }
            x += Kolom[i];
        }
        if (berisi)
        {
            // Odd numbers sign on the left half, even on the right, so neighbours never sign over each other.
            var kolomTtd = Tepi + Kolom[..^1].Sum();
            var setengah = Kolom[^1] / 2;
            var kiri = nomor % 2 == 1 ? kolomTtd + 3 : kolomTtd + setengah + 3;
            gfx.DrawString($"{nomor}.", font, XBrushes.Black, new XRect(kiri, y + 3, setengah, 12), XStringFormats.TopLeft);
            if (peserta.Keterangan is { Length: > 0 } ket)
                gfx.DrawString(ket, PdfFonts.Font(7, miring: true), XBrushes.DimGray,
                    new XRect(kolomTtd + 3, y + TinggiBaris - 11, Kolom[^1] - 6, 10), XStringFormats.TopRight);
        }
        return y + TinggiBaris;
    }
}
