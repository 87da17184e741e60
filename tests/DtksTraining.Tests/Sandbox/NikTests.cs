using DtksTraining.Web.Sandbox;

namespace DtksTraining.Tests.Sandbox;

public class NikTests
{
    [Theory]
    [InlineData("1809011203850001", null)]
    [InlineData("1809015203850001", null)]
    [InlineData(" 1809015203850001 ", null)]
    [InlineData("1809012902000003", null)]
    [InlineData("", "NIK kosong.")]
    [InlineData("180901120385001", "NIK harus 16 angka, yang tertulis 15 karakter.")]
    [InlineData("18090112038500O1", "NIK hanya boleh berisi angka.")]
    [InlineData("0009011203850001", "Kode wilayah pada NIK (6 angka pertama) tidak sah.")]
    [InlineData("1809011213850001", "Bulan lahir pada NIK harus 01–12.")]
    [InlineData("1809013503850001", "Tanggal lahir pada NIK harus 01–31 (laki-laki) atau 41–71 (perempuan).")]
    [InlineData("1809017203850001", "Tanggal lahir pada NIK harus 01–31 (laki-laki) atau 41–71 (perempuan).")]
    [InlineData("1809010003850001", "Tanggal lahir pada NIK harus 01–31 (laki-laki) atau 41–71 (perempuan).")]
    [InlineData("1809013102850001", "Tanggal lahir pada NIK (31-02-85) tidak ada di kalender.")]
    [InlineData("1809017102850001", "Tanggal lahir pada NIK (31-02-85) tidak ada di kalender.")]
    [InlineData("1809012902850001", "Tanggal lahir pada NIK (29-02-85) tidak ada di kalender.")]
    [InlineData("1809011203850000", "Nomor urut NIK tidak boleh 0000.")]
    public void Periksa_names_the_first_problem(string teks, string? alasan) => Assert.Equal(alasan, Nik.Periksa(teks));

    [Theory]
    [InlineData("1809011203850001", JenisKelamin.LakiLaki, 1985, 3, 12, "180901", 1)]
    [InlineData("1809055203850042", JenisKelamin.Perempuan, 1985, 3, 12, "180905", 42)]
    [InlineData("3174077101249999", JenisKelamin.Perempuan, 2024, 1, 31, "317407", 9999)]
    [InlineData("1809014107260001", JenisKelamin.Perempuan, 1926, 7, 1, "180901", 1)]
    public void Parse_reads_sex_date_and_region(string teks, JenisKelamin jk, int tahun, int bulan, int hari, string wilayah, int urut)
    {
        var nik = Nik.Parse(teks);
        Assert.Equal(jk, nik.JenisKelamin);
        Assert.Equal(new DateOnly(tahun, bulan, hari), nik.TanggalLahir(new DateOnly(2026, 1, 1)));
        Assert.Equal(wilayah, nik.KodeWilayah);
        Assert.Equal(urut, nik.NomorUrut);
        Assert.Equal("18", Nik.Parse("1809011203850001").KodeProvinsi);
    }

    [Theory]
    [InlineData("18.09.01", 1985, 3, 12, JenisKelamin.LakiLaki, 1, "1809011203850001")]
    [InlineData("180905", 1985, 3, 12, JenisKelamin.Perempuan, 42, "1809055203850042")]
    [InlineData("317407", 2024, 1, 31, JenisKelamin.Perempuan, 9999, "3174077101249999")]
    public void Buat_composes_the_sixteen_digits(string wilayah, int tahun, int bulan, int hari, JenisKelamin jk, int urut, string hasil)
    {
        var nik = Nik.Buat(wilayah, new DateOnly(tahun, bulan, hari), jk, urut);
        Assert.Equal(hasil, nik.Teks);
        Assert.Null(Nik.Periksa(nik.Teks));
        Assert.True(nik.CocokTanggalLahir(new DateOnly(tahun, bulan, hari)));
        Assert.False(nik.CocokTanggalLahir(new DateOnly(tahun, bulan, hari).AddDays(1)));
    }

    [Theory]
    [InlineData("18091", 1)]
    [InlineData("180901", 0)]
    [InlineData("180901", 10000)]
    public void Buat_refuses_bad_parts(string wilayah, int urut) =>
        Assert.ThrowsAny<ArgumentException>(() => Nik.Buat(wilayah, new DateOnly(2000, 1, 1), JenisKelamin.LakiLaki, urut));

    [Theory]
    [InlineData("1809011503200017", null, "180901")]
    [InlineData("1809051503200017", null, "180905")]
    [InlineData("180901150320001", "Nomor KK harus 16 angka, yang tertulis 15 karakter.", null)]
    [InlineData("18090115032000A7", "Nomor KK hanya boleh berisi angka.", null)]
    [InlineData("1809011503200000", "Nomor urut KK tidak boleh 0000.", null)]
    [InlineData("1800011503200017", "Kode kecamatan penerbit pada Nomor KK (6 angka pertama) tidak sah.", null)]
    public void NoKk_checks_and_reads_the_issuing_kecamatan(string teks, string? alasan, string? kecamatan)
    {
        Assert.Equal(alasan, NoKk.Periksa(teks));
        Assert.Equal(kecamatan, NoKk.TryParse(teks, out var kk) ? kk.Value.KodeKecamatan : null);
    }

    [Fact]
    public void NoKk_Buat_starts_with_the_kecamatan()
    {
        var kk = NoKk.Buat("18.09.07", new DateOnly(2020, 3, 15), 17);
        Assert.Equal("1809071503200017", kk.Teks);
        Assert.True(kk.DiterbitkanDi("18.09.07"));
        Assert.False(kk.DiterbitkanDi("18.09.01"));
    }
}
