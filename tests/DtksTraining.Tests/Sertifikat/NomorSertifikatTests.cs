using DtksTraining.Web.Sertifikat;

namespace DtksTraining.Tests.Sertifikat;

public class NomorSertifikatTests
{
    [Theory]
    [InlineData(2024, 123, "DTKS-PSW/2024/000123", "DTKS-PSW-2024-000123")]
    [InlineData(2026, 1, "DTKS-PSW/2026/000001", "DTKS-PSW-2026-000001")]
    [InlineData(2030, 999_999, "DTKS-PSW/2030/999999", "DTKS-PSW-2030-999999")]
    public void Format_CetakDanUrl(int tahun, int urutan, string cetak, string url)
    {
        var nomor = new NomorSertifikat(tahun, urutan);

        Assert.Equal(cetak, nomor.ToString());
        Assert.Equal(url, nomor.UntukUrl);
        Assert.Equal(Uri.EscapeDataString(url), url);
        Assert.Equal(nomor, NomorSertifikat.Parse(cetak));
        Assert.Equal(nomor, NomorSertifikat.Parse(url));
    }

    [Theory]
    [InlineData("DTKS-PSW/2024/000123")]
    [InlineData("DTKS-PSW-2024-000123")]
    [InlineData("dtks-psw-2024-000123")]
    [InlineData("  DTKS-PSW/2024/000123 ")]
    [InlineData("DTKS-PSW%2F2024%2F000123")]
    [InlineData("DTKS-PSW%2f2024%2f000123")]
    public void TryParse_MenerimaBentukYangSah(string teks)
    {
        Assert.True(NomorSertifikat.TryParse(teks, out var nomor));
        Assert.Equal(new NomorSertifikat(2024, 123), nomor);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("DTKS-PSW/2024/123")]
    [InlineData("DTKS-PSW/2024/0001234")]
    [InlineData("DTKS-PSW/2024-000123")]
    [InlineData("DTKS-PSW-2024/000123")]
    [InlineData("DTKS-PSW/24/000123")]
    [InlineData("DTKS-PSW/1999/000123")]
    [InlineData("DTKS-PSW/2024/000000")]
    [InlineData("DTKS-LPG/2024/000123")]
    [InlineData("DTKS-PSW/2024/00012a")]
    [InlineData("DTKS-PSW/2024/000123/")]
    [InlineData("DTKS-PSW/２０２４/000123")]
    public void TryParse_MenolakBentukLain(string? teks)
    {
        Assert.False(NomorSertifikat.TryParse(teks, out _));
        Assert.Throws<FormatException>(() => NomorSertifikat.Parse(teks!));
    }

    [Theory]
    [InlineData(1999, 1)]
    [InlineData(10000, 1)]
    [InlineData(2024, 0)]
    [InlineData(2024, 1_000_000)]
    public void Konstruktor_MenolakDiLuarRentang(int tahun, int urutan) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NomorSertifikat(tahun, urutan));
}
