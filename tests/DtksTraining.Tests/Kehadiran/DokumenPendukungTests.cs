using System.Text;
using DtksTraining.Web.Shared;
using PdfSharp.Fonts;

namespace DtksTraining.Tests.Kehadiran;

public class DokumenPendukungTests
{
    [Theory]
    [InlineData(2026, 11, 28, "28 November 2026", "Sabtu, 28 November 2026")]
    [InlineData(2024, 10, 15, "15 Oktober 2024", "Selasa, 15 Oktober 2024")]
    [InlineData(2025, 1, 1, "1 Januari 2025", "Rabu, 1 Januari 2025")]
    [InlineData(2024, 2, 29, "29 Februari 2024", "Kamis, 29 Februari 2024")]
    [InlineData(2025, 8, 17, "17 Agustus 2025", "Minggu, 17 Agustus 2025")]
    public void TanggalIndonesia_Format(int tahun, int bulan, int hari, string panjang, string denganHari)
    {
        var tanggal = new DateOnly(tahun, bulan, hari);
        Assert.Equal(panjang, IndonesianDates.Panjang(tanggal));
        Assert.Equal(denganHari, IndonesianDates.DenganHari(tanggal));
    }

    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void HashDokumen_Sha256Hex(string isi, string hex)
    {
        var bytes = Encoding.ASCII.GetBytes(isi);
        Assert.Equal(hex, DocumentHash.Sha256Hex(bytes));
        Assert.Equal(hex, DocumentHash.Sha256Hex(new MemoryStream(bytes)));
    }

    [Theory]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", true)]
    [InlineData("abc", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", true)]
    [InlineData("abd", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", false)]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015", false)]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad00", false)]
    [InlineData("abc", "zz7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", false)]
    [InlineData("abc", "", false)]
    public void HashDokumen_Cocok(string unggahan, string tercatat, bool cocok)
    {
        var bytes = Encoding.ASCII.GetBytes(unggahan);
        Assert.Equal(cocok, DocumentHash.Cocok(tercatat, bytes));
        Assert.Equal(cocok, DocumentHash.Cocok(tercatat, new MemoryStream(bytes)));
    }

    [Fact]
    public void PdfFonts_DaftarkanBolehBerulang()
    {
        PdfFonts.Daftarkan();
        var resolver = GlobalFontSettings.FontResolver;
        PdfFonts.Daftarkan();

        Assert.NotNull(resolver);
        Assert.Same(resolver, GlobalFontSettings.FontResolver);
    }

    [Theory]
    [InlineData("DejaVu Sans", false, false, "DejaVuSans")]
    [InlineData("DejaVu Sans", true, false, "DejaVuSans-Bold")]
    [InlineData("DejaVu Sans", true, true, "DejaVuSans-BoldOblique")]
    [InlineData("Liberation Sans", false, false, "LiberationSans")]
    [InlineData("Liberation Sans", false, true, "LiberationSans-Italic")]
    [InlineData("Arial", true, false, "LiberationSans-Bold")]
    [InlineData("Helvetica", true, true, "LiberationSans-BoldItalic")]
    [InlineData("Times New Roman", false, false, "DejaVuSans")]
    public void PdfFonts_MemetakanKeluargaKeBerkasTtf(string keluarga, bool tebal, bool miring, string wajah)
    {
        PdfFonts.Daftarkan();
        var resolver = Assert.IsType<IFontResolver>(GlobalFontSettings.FontResolver, exactMatch: false);
        var info = Assert.IsType<FontResolverInfo>(resolver.ResolveTypeface(keluarga, tebal, miring));
        var ttf = Assert.IsType<byte[]>(resolver.GetFont(info.FaceName));

        Assert.Equal(wajah, info.FaceName);
        Assert.Equal([0x00, 0x01, 0x00, 0x00], ttf[..4]);
        Assert.Same(ttf, resolver.GetFont(info.FaceName));
    }
}
