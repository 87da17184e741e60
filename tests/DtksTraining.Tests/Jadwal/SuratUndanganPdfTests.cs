using DtksTraining.Tests.Sertifikat;
using DtksTraining.Tests.Shared;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sertifikat;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace DtksTraining.Tests.Jadwal;

public class SuratUndanganPdfTests(ITestOutputHelper output)
{
    private static readonly Penandatangan Kadis = new("Drs. Budi Santoso, M.Si.", "19700101 199003 1 001");

    internal static DataSuratUndangan Contoh(int jumlahPeserta = 2, string nomor = "005/007/V.06/2024") => new(
        nomor, new DateOnly(2024, 10, 1), "Hermawan", "Bagelen", "Gedong Tataan", "Pelatihan Pemutakhiran DTKS 2024",
        [
            new AcaraUndangan(new DateOnly(2024, 10, 21), new TimeOnly(8, 0), new TimeOnly(15, 0), "Balai Desa Bagelen",
                "Jl. Raya Bagelen No. 1, Gedong Tataan",
                Enumerable.Range(1, jumlahPeserta).Select(i => new BarisUndangan(
                    i == 1 ? "Hermawan" : $"Siti Rahmawati {i}", i == 1 ? "Kepala Desa" : "Operator SIKS-NG",
                    (482910 + i).ToString(), $"DTKS1:{i}:abcdefghijklmnopqrstuv")).ToList()),
        ],
        Kadis);

    private static string Teks(byte[] pdf)
    {
        using var dokumen = PdfDocument.Open(pdf);
        return SertifikatPdfTests.TanpaSpasi(string.Concat(dokumen.GetPages().Select(h => h.Text)));
    }

    public static TheoryData<int, int> Ukuran => new() { { 1, 1 }, { 2, 1 }, { 12, 2 }, { 30, 3 } };

    [Theory]
    [MemberData(nameof(Ukuran))]
    public void Buat_MemuatNomorPenerimaAcaraPesertaPinDanPenandatangan(int jumlah, int halamanMinimum)
    {
        var pdf = SuratUndanganPdf.Buat(Contoh(jumlah));
        using var dokumen = PdfDocument.Open(pdf);
        var teks = Teks(pdf);

        Assert.InRange(dokumen.NumberOfPages, halamanMinimum, halamanMinimum + 1);
        Assert.Equal(595, dokumen.GetPage(1).Width, 0);
        string[] ada =
        [
            "Nomor", "005/007/V.06/2024", "Perihal", "Undangan Pelatihan Pemutakhiran DTKS", "Kepala Desa Bagelen", "Hermawan",
            "Kecamatan Gedong Tataan", "Senin, 21 Oktober 2024", "pukul 08.00–15.00 WIB", "Balai Desa Bagelen",
            "Jl. Raya Bagelen No. 1, Gedong Tataan", "Kepala Dinas Sosial Kabupaten Pesawaran", "Drs. Budi Santoso, M.Si.",
            "NIP 19700101 199003 1 001", "Pesawaran, 1 Oktober 2024",
        ];
        Assert.All(ada, isian => Assert.Contains(SertifikatPdfTests.TanpaSpasi(isian), teks));
        for (var i = 1; i <= jumlah; i++)
        {
            Assert.Contains((482910 + i).ToString(), teks);
            if (i > 1) Assert.Contains($"SitiRahmawati{i}", teks);
        }
    }

    [Fact]
    public void Buat_FontTertanamDanHasilnyaStabil()
    {
        var pdf = SuratUndanganPdf.Buat(Contoh());
        using var dokumen = PdfDocument.Open(pdf);
        var font = dokumen.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(font);
        Assert.All(font, nama => Assert.Matches(@"^[A-Z]{6}\+(Liberation ?Sans|DejaVu ?Sans)", nama));
        Assert.Equal(pdf, SuratUndanganPdf.Buat(Contoh()));
        Assert.NotEqual(pdf, SuratUndanganPdf.Buat(Contoh(nomor: "005/008/V.06/2024")));
    }

    [Fact]
    public void Buat_HalamanTergambarTidakKosong()
    {
        var (lebar, tinggi, piksel) = GambarPdf.Halaman(SuratUndanganPdf.Buat(Contoh(4)), dpi: 30);
        Assert.True(tinggi > lebar, "A4 tegak");
        var gelap = piksel.Count(p => p < 200) / (double)piksel.Length;
        output.WriteLine($"{lebar}x{tinggi}, piksel gelap {gelap:P1}");
        Assert.InRange(gelap, 0.02, 0.5);
    }
}
