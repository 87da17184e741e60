using System.Text;
using DtksTraining.Tests.Shared;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace DtksTraining.Tests.Sertifikat;

public class SertifikatPdfTests(ITestOutputHelper output)
{
    private const string Url = "https://pelatihan-dtks.pesawarankab.go.id/verifikasi/DTKS-PSW-2024-000123";

    internal static DataSertifikatPdf Contoh(NomorSertifikat? menggantikan = null, string nama = "Siti Rahmawati",
        string peran = Peran.Operator, decimal? nilai = 87.5m) => new(
        new NomorSertifikat(2024, 123), nama, peran, "Bagelen", "Gedong Tataan",
        "Pelatihan Pemutakhiran DTKS 2024", new DateOnly(2024, 10, 21), "Balai Desa Bagelen", nilai,
        new DateTimeOffset(2026, 11, 28, 20, 0, 0, TimeSpan.Zero),
        new Penandatangan("Drs. Budi Santoso, M.Si.", "19700101 199003 1 001"), Url, menggantikan);

    public static TheoryData<DataSertifikatPdf, string[], string[]> Kasus => new()
    {
        {
            Contoh(),
            ["Nomor: DTKS-PSW/2024/000123", "Siti Rahmawati", "Operator SIKS-NG", "Desa Bagelen", "Kecamatan Gedong Tataan",
                "Pelatihan Pemutakhiran DTKS 2024", "21 Oktober 2024", "Balai Desa Bagelen", "Nilai ujian: 87,5",
                "Pesawaran, 29 November 2026", "Kepala Dinas Sosial Kabupaten Pesawaran", "Drs. Budi Santoso, M.Si.",
                "NIP 19700101 199003 1 001", Url, "SERTIFIKAT"],
            ["Menggantikan"]
        },
        {
            Contoh(new NomorSertifikat(2024, 45), "Hermawan", Peran.KepalaDesa, 90m),
            ["Hermawan", "Kepala Desa", "Nilai ujian: 90", "Menggantikan sertifikat nomor DTKS-PSW/2024/000045"],
            ["Operator SIKS-NG"]
        },
        {
            Contoh(nama: "Raden Ajeng Kartika Dewi Puspitasari Wulandari Ningsih Kusumawardhani Simanjuntak", nilai: null),
            ["Raden Ajeng Kartika Dewi Puspitasari Wulandari Ningsih Kusumawardhani Simanjuntak"],
            ["Nilai ujian"]
        },
    };

    [Theory]
    [MemberData(nameof(Kasus))]
    public void Buat_MemuatSemuaIsian(DataSertifikatPdf data, string[] ada, string[] tidakAda)
    {
        using var dokumen = PdfDocument.Open(SertifikatPdf.Buat(data));
        var halaman = dokumen.GetPage(1);
        var teks = TanpaSpasi(halaman.Text);

        Assert.Equal(1, dokumen.NumberOfPages);
        Assert.True(halaman.Width > halaman.Height, "halaman harus mendatar (landscape)");
        Assert.Equal(842, halaman.Width, 0);
        Assert.All(ada, isian => Assert.Contains(TanpaSpasi(isian), teks));
        Assert.All(tidakAda, isian => Assert.DoesNotContain(TanpaSpasi(isian), teks));
    }

    [Fact]
    public void Buat_FontTertanam()
    {
        using var dokumen = PdfDocument.Open(SertifikatPdf.Buat(Contoh()));
        var font = dokumen.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();

        Assert.NotEmpty(font);
        Assert.All(font, nama => Assert.Matches(@"^[A-Z]{6}\+Liberation ?Sans", nama));
    }

    [Fact]
    public void Buat_IsiSamaMenghasilkanByteSama()
    {
        var pertama = SertifikatPdf.Buat(Contoh());
        var kedua = SertifikatPdf.Buat(Contoh());
        var lain = SertifikatPdf.Buat(Contoh(new NomorSertifikat(2024, 45)));

        Assert.Equal(pertama, kedua);
        Assert.Equal(DocumentHash.Sha256Hex(pertama), DocumentHash.Sha256Hex(kedua));
        Assert.NotEqual(DocumentHash.Sha256Hex(pertama), DocumentHash.Sha256Hex(lain));
        var info = Encoding.Latin1.GetString(pertama);
        Assert.Contains("/CreationDate(D:20261128200000", info);
    }

    [Fact]
    public void Buat_HalamanTergambarTidakKosong()
    {
        var (lebar, tinggi, piksel) = GambarPdf.Halaman(SertifikatPdf.Buat(Contoh()), dpi: 20);
        Assert.True(lebar > tinggi);
        var gelap = piksel.Count(p => p < 200) / (double)piksel.Length;
        output.WriteLine($"{lebar}x{tinggi}, piksel gelap {gelap:P1}");
        Assert.InRange(gelap, 0.03, 0.6);
    }

    internal static string TanpaSpasi(string teks) => string.Concat(teks.Where(c => !char.IsWhiteSpace(c)));
}
