using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DtksTraining.Web.Kehadiran;

public sealed record DataBeritaAcara(string NamaPutaran, string Tempat, string AlamatTempat, DateOnly Tanggal, string Jam,
    IReadOnlyList<string> Fasilitator, int Terdaftar, int Hadir, int Terlambat, int Izin, int TidakHadir, int TanpaDaftar,
    Penandatangan Penandatangan);

// Berita acara pelaksanaan: the one-page record Dinsos files for each session.
public static class BeritaAcaraPdf
{
    private const double Tepi = 56;

    public static byte[] Buat(DataBeritaAcara data)
    {
        PdfFonts.Daftarkan();
        using var dokumen = new PdfDocument();
        dokumen.Info.Title = $"Berita Acara Pelaksanaan {data.NamaPutaran} {IndonesianDates.Panjang(data.Tanggal)}";
        dokumen.Info.Author = "Dinas Sosial Kabupaten Pesawaran";
        var halaman = dokumen.AddPage();
        halaman.Size = PdfSharp.PageSize.A4;
        using var gfx = XGraphics.FromPdfPage(halaman);
        var lebar = halaman.Width.Point - 2 * Tepi;
        var judul = PdfFonts.Font(13, tebal: true);
        var teks = PdfFonts.Font(10.5);
        var tebal = PdfFonts.Font(10.5, tebal: true);
        var y = Tepi;

        void Baris(string isi, XFont font, XStringFormat? format = null, double tinggi = 16)
        {
            gfx.DrawString(isi, font, XBrushes.Black, new XRect(Tepi, y, lebar, tinggi), format ?? XStringFormats.TopLeft);
            y += tinggi;
        }

        Baris("PEMERINTAH KABUPATEN PESAWARAN", tebal, XStringFormats.TopCenter);
        Baris("DINAS SOSIAL", tebal, XStringFormats.TopCenter);
        y += 10;
        Baris("BERITA ACARA PELAKSANAAN PELATIHAN", judul, XStringFormats.TopCenter, 20);
        Baris(data.NamaPutaran, teks, XStringFormats.TopCenter);
        y += 14;
        Baris($"Pada hari ini, {IndonesianDates.DenganHari(data.Tanggal)}, pukul {data.Jam} WIB, bertempat di", teks);
        Baris($"{data.Tempat} ({data.AlamatTempat}), telah dilaksanakan pelatihan", teks);
        Baris("pemutakhiran Data Terpadu Kesejahteraan Sosial (DTKS) dengan rincian sebagai berikut:", teks);
        y += 8;
        (string Label, string Nilai)[] rincian =
        [
            ("Peserta terdaftar", $"{data.Terdaftar} orang"),
            ("Hadir tepat waktu", $"{data.Hadir} orang"),
            ("Hadir terlambat", $"{data.Terlambat} orang"),
            ("Izin", $"{data.Izin} orang"),
            ("Tidak hadir", $"{data.TidakHadir} orang"),
            ("Hadir tanpa pendaftaran", $"{data.TanpaDaftar} orang"),
            ("Fasilitator", data.Fasilitator.Count == 0 ? "-" : string.Join(", ", data.Fasilitator)),
        ];
        foreach (var (label, nilai) in rincian)
        {
            gfx.DrawString(label, teks, XBrushes.Black, new XRect(Tepi + 16, y, 180, 16), XStringFormats.TopLeft);
            gfx.DrawString(": " + nilai, teks, XBrushes.Black, new XRect(Tepi + 196, y, lebar - 196, 16), XStringFormats.TopLeft);
            y += 17;
        }
        y += 10;
        Baris("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.", teks);
        y += 30;
        var kolom = Tepi + lebar / 2;
        foreach (var (isi, font) in new[]
                 {
                     ($"Pesawaran, {IndonesianDates.Panjang(data.Tanggal)}", teks), (data.Penandatangan.Jabatan, teks),
                 })
        {
            gfx.DrawString(isi, font, XBrushes.Black, new XRect(kolom, y, lebar / 2, 16), XStringFormats.TopLeft);
            y += 16;
        }
        y += 56;
        gfx.DrawString(data.Penandatangan.Nama, tebal, XBrushes.Black, new XRect(kolom, y, lebar / 2, 16), XStringFormats.TopLeft);
        y += 16;
        gfx.DrawString("NIP " + data.Penandatangan.Nip, teks, XBrushes.Black, new XRect(kolom, y, lebar / 2, 16), XStringFormats.TopLeft);

        using var keluaran = new MemoryStream();
        dokumen.Save(keluaran, false);
        return keluaran.ToArray();
    }
}
