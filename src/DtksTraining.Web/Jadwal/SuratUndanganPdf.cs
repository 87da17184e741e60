using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using PdfSharp.Drawing.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DtksTraining.Web.Jadwal;

public sealed record BarisUndangan(string Nama, string Jabatan, string Pin, string KodeQr);

public sealed record AcaraUndangan(DateOnly Tanggal, TimeOnly JamMulai, TimeOnly JamSelesai, string Tempat, string AlamatTempat,
    IReadOnlyList<BarisUndangan> Peserta);

public sealed record DataSuratUndangan(
    string Nomor,
    DateOnly TanggalSurat,
    string NamaKepalaDesa,
    string NamaDesa,
    string NamaKecamatan,
    string NamaPutaran,
    IReadOnlyList<AcaraUndangan> Acara,
    Penandatangan Penandatangan);

// The letter a village head receives: the training's date, time and place, and one line per participant of the
// desa with the personal QR code and the 6-digit PIN that attendance accepts at registration. A4, fonts embedded.
public static class SuratUndanganPdf
{
    private const double Tepi = 56;
    private const double TinggiBaris = 62;
    private const double SisiQr = 54;
    private static readonly double[] Kolom = [26, 190, 120, 70, 77];

    public static byte[] Buat(DataSuratUndangan data)
    {
        PdfFonts.Daftarkan();
        using var dokumen = new PdfDocument();
        dokumen.Info.Title = $"Surat Undangan {data.Nomor}";
        dokumen.Info.Author = "Dinas Sosial Kabupaten Pesawaran";
        dokumen.Info.Subject = $"Undangan {data.NamaPutaran} — Desa {data.NamaDesa}";
        dokumen.Info.Creator = "DtksTraining";
        dokumen.Info.CreationDate = data.TanggalSurat.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        dokumen.Info.ModificationDate = dokumen.Info.CreationDate;
        var sidik = Sidik(data);
        var id = string.Concat(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sidik)).AsSpan(0, 16).ToArray().Select(b => (char)b));
        dokumen.Internals.FirstDocumentID = id;
        dokumen.Internals.SecondDocumentID = id;
        new Penulis(dokumen, data).Tulis();
        using var keluaran = new MemoryStream();
        dokumen.Save(keluaran, false);
        return DeterministicPdf.Stabilkan(keluaran.ToArray(), sidik);
    }

    private static string Sidik(DataSuratUndangan data) => string.Join('\u001F',
        new[] { data.Nomor, data.NamaDesa, data.NamaKepalaDesa, data.TanggalSurat.ToString("O"), data.Penandatangan.Nip }
            .Concat(data.Acara.SelectMany(a => a.Peserta.Select(p => p.Nama + p.Pin + p.KodeQr))));

    public static string NamaBerkas(string nomor, string namaDesa) =>
        $"surat-undangan-{Aman(namaDesa)}-{Aman(nomor)}.pdf";

    private static string Aman(string teks) =>
        string.Concat(teks.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');

    private sealed class Penulis(PdfDocument dokumen, DataSuratUndangan data)
    {
        private readonly XFont teks = PdfFonts.Font(10.5);
        private readonly XFont tebal = PdfFonts.Font(10.5, tebal: true);
        private readonly XFont kecil = PdfFonts.Font(9);
        private PdfPage halaman = null!;
        private XGraphics gfx = null!;
        private double y;
        private double Lebar => halaman.Width.Point - 2 * Tepi;
        private double Bawah => halaman.Height.Point - Tepi;

        public void Tulis()
        {
            HalamanBaru(kop: true);
            Kanan($"Pesawaran, {IndonesianDates.Panjang(data.TanggalSurat)}");
            y += 6;
            Label("Nomor", data.Nomor);
            Label("Sifat", "Penting");
            Label("Lampiran", "-");
            Label("Perihal", "Undangan Pelatihan Pemutakhiran DTKS");
            y += 10;
            foreach (var baris in new[] { "Kepada Yth.", $"Kepala Desa {data.NamaDesa}", data.NamaKepalaDesa, $"Kecamatan {data.NamaKecamatan}", "di tempat" })
                Baris(baris, baris == data.NamaKepalaDesa ? tebal : teks);
            y += 10;
            Paragraf($"Dengan hormat, dalam rangka {data.NamaPutaran}, kami mengundang peserta dari Desa {data.NamaDesa} " +
                     "yang namanya tercantum di bawah ini untuk hadir pada:");
            foreach (var acara in data.Acara)
            {
                Muat(60 + TinggiBaris + 20);
                y += 4;
                Label("Hari/tanggal", IndonesianDates.DenganHari(acara.Tanggal), 90);
                Label("Waktu", $"pukul {acara.JamMulai:HH\\.mm}–{acara.JamSelesai:HH\\.mm} WIB", 90);
                Label("Tempat", $"{acara.Tempat}, {acara.AlamatTempat}", 90);
                y += 6;
                Tabel(acara.Peserta);
                y += 8;
            }
            Paragraf("Setiap peserta dimohon membawa surat ini serta KTP, datang 30 menit sebelum acara dimulai, dan " +
                     "menunjukkan kode QR atau PIN check-in miliknya saat registrasi. PIN bersifat pribadi; jangan dibagikan. " +
                     "Atas perhatian dan kehadiran Saudara kami ucapkan terima kasih.");
            TandaTangan();
            gfx.Dispose();
        }

        private void HalamanBaru(bool kop)
        {
            gfx?.Dispose();
            halaman = dokumen.AddPage();
            halaman.Size = PdfSharp.PageSize.A4;
            gfx = XGraphics.FromPdfPage(halaman);
            y = Tepi - 16;
            if (!kop)
            {
                gfx.DrawString($"Lanjutan surat nomor {data.Nomor}", kecil, XBrushes.Gray, new XRect(Tepi, y, Lebar, 12), XStringFormats.TopLeft);
                y += 20;
                return;
            }
            Tengah("PEMERINTAH KABUPATEN PESAWARAN", PdfFonts.Font(13, tebal: true));
            Tengah("DINAS SOSIAL", PdfFonts.Font(15, tebal: true));
            Tengah("Kabupaten Pesawaran, Provinsi Lampung", kecil);
            y += 4;
            gfx.DrawLine(new XPen(XColors.Black, 1.5), Tepi, y, Tepi + Lebar, y);
            y += 12;
        }

        private void Muat(double tinggi)
        {
            if (y + tinggi > Bawah) HalamanBaru(kop: false);
        }

        private void Tengah(string isi, XFont font)
        {
            gfx.DrawString(isi, font, XBrushes.Black, new XRect(Tepi, y, Lebar, font.Height), XStringFormats.TopCenter);
            y += font.Height + 2;
        }

        private void Kanan(string isi)
        {
            gfx.DrawString(isi, teks, XBrushes.Black, new XRect(Tepi, y, Lebar, 14), XStringFormats.TopRight);
            y += 15;
        }

        private void Baris(string isi, XFont font)
        {
            Muat(15);
            gfx.DrawString(isi, PdfFonts.FontMuat(gfx, isi, Lebar, font.Size, tebal: font.Bold), XBrushes.Black,
                new XRect(Tepi, y, Lebar, 14), XStringFormats.TopLeft);
            y += 15;
        }

        private void Label(string label, string isi, double lebarLabel = 70)
        {
            Muat(30);
            gfx.DrawString(label, teks, XBrushes.Black, new XRect(Tepi, y, lebarLabel, 14), XStringFormats.TopLeft);
            gfx.DrawString(":", teks, XBrushes.Black, new XRect(Tepi + lebarLabel, y, 8, 14), XStringFormats.TopLeft);
            var tinggi = TinggiTeks(isi, Lebar - lebarLabel - 10);
            new XTextFormatter(gfx).DrawString(isi, teks, XBrushes.Black, new XRect(Tepi + lebarLabel + 10, y, Lebar - lebarLabel - 10, tinggi));
            y += tinggi + 2;
        }

        private void Paragraf(string isi)
        {
            var tinggi = TinggiTeks(isi, Lebar);
            Muat(tinggi);
            new XTextFormatter(gfx) { Alignment = XParagraphAlignment.Justify }
                .DrawString(isi, teks, XBrushes.Black, new XRect(Tepi, y, Lebar, tinggi));
            y += tinggi + 6;
        }

        // XTextFormatter does not measure; a word-by-word estimate of the line count is enough for letter text.
        private double TinggiTeks(string isi, double lebar)
        {
            var baris = 1;
            var panjang = 0d;
            var spasi = gfx.MeasureString(" ", teks).Width;
            foreach (var kata in isi.Split(' '))
            {
                var w = gfx.MeasureString(kata, teks).Width;
                if (panjang > 0 && panjang + spasi + w > lebar) { baris++; panjang = w; }
                else panjang += (panjang > 0 ? spasi : 0) + w;
            }
            return baris * teks.GetHeight() + 1;
        }

        private void Tabel(IReadOnlyList<BarisUndangan> peserta)
        {
            Kepala();
            for (var i = 0; i < peserta.Count; i++)
            {
                if (y + TinggiBaris > Bawah)
                {
                    HalamanBaru(kop: false);
                    Kepala();
                }
                BarisPeserta(i + 1, peserta[i]);
            }
        }

        private void Kepala()
        {
            string[] judul = ["No", "Nama", "Jabatan", "PIN", "Kode QR"];
            var x = Tepi;
            for (var i = 0; i < Kolom.Length; i++)
            {
                gfx.DrawRectangle(XPens.Black, XBrushes.LightGray, x, y, Kolom[i], 18);
                gfx.DrawString(judul[i], tebal, XBrushes.Black, new XRect(x, y, Kolom[i], 18), XStringFormats.Center);
                x += Kolom[i];
            }
            y += 18;
        }

        private void BarisPeserta(int nomor, BarisUndangan p)
        {
            var x = Tepi;
            string[] isi = [nomor.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Nama, p.Jabatan, p.Pin];
            for (var i = 0; i < Kolom.Length; i++)
            {
                gfx.DrawRectangle(XPens.Black, x, y, Kolom[i], TinggiBaris);
                if (i < isi.Length && isi[i].Length > 0)
                {
                    var font = i == 3 ? PdfFonts.Font(13, tebal: true, keluarga: PdfFonts.DejaVuSans)
                        : PdfFonts.FontMuat(gfx, isi[i], Kolom[i] - 6, 10, 6.5);
                    gfx.DrawString(isi[i], font, XBrushes.Black, new XRect(x + 3, y, Kolom[i] - 6, TinggiBaris),
                        i is 0 or 3 ? XStringFormats.Center : XStringFormats.CenterLeft);
                }
                x += Kolom[i];
            }
            var kiriQr = Tepi + Kolom[..^1].Sum() + (Kolom[^1] - SisiQr) / 2;
            foreach (var kotak in QrVektor.Kotak(p.KodeQr, kiriQr, y + (TinggiBaris - SisiQr) / 2, SisiQr))
                gfx.DrawRectangle(XBrushes.Black, kotak);
            y += TinggiBaris;
        }

        private void TandaTangan()
        {
            Muat(120);
            y += 10;
            var kolom = Tepi + Lebar / 2;
            var lebar = Lebar / 2;
            void Tulis(string isi, XFont font, double jarak = 14)
            {
                gfx.DrawString(isi, PdfFonts.FontMuat(gfx, isi, lebar, font.Size, tebal: font.Bold), XBrushes.Black,
                    new XRect(kolom, y, lebar, 14), XStringFormats.TopLeft);
                y += jarak;
            }
            Tulis(data.Penandatangan.Jabatan, teks, 60);
            Tulis(data.Penandatangan.Nama, tebal);
            Tulis($"NIP {data.Penandatangan.Nip}", teks);
        }
    }
}
