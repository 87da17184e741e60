using DtksTraining.Web.Jadwal;

namespace DtksTraining.Tests.Jadwal;

public class NomorSuratTests
{
    [Theory]
    [InlineData("005/{seq}/V.06/{year}", 7, "2024-10-03", "005/7/V.06/2024")]
    [InlineData("005/{seq:000}/V.06/{year}", 7, "2024-10-03", "005/007/V.06/2024")]
    [InlineData("005/{seq:000}/V.06/{year}", 1234, "2024-10-03", "005/1234/V.06/2024")]
    [InlineData("005/{seq:0000}/Dinsos/{month-roman}/{year}", 45, "2024-10-03", "005/0045/Dinsos/X/2024")]
    [InlineData("{seq:00}.{month:00}.{year}", 3, "2024-04-30", "03.04.2024")]
    [InlineData("{seq}/{month}/{month-roman}", 12, "2025-12-01", "12/12/XII")]
    [InlineData("400.{seq:000}/UND/{month-roman}/{year}", 148, "2024-09-15", "400.148/UND/IX/2024")]
    public void Letter_numbers_follow_the_configured_pattern(string pola, int urut, string tanggal, string nomor)
    {
        Assert.Null(NomorSurat.Periksa(pola));
        Assert.Equal(nomor, NomorSurat.Format(pola, urut, DateOnly.Parse(tanggal)));
    }

    [Theory]
    [InlineData("", "Pola nomor surat wajib diisi.")]
    [InlineData("005/V.06/{year}", "Pola nomor surat harus memuat {seq} (nomor urut).")]
    [InlineData("005/{nomor}/{year}", "Bagian {nomor} tidak dikenal. Gunakan {seq}, {seq:000}, {year}, {month}, {month:00} atau {month-roman}.")]
    [InlineData("005/{seq:abc}/{year}", "Bagian {seq:abc} tidak dikenal. Gunakan {seq}, {seq:000}, {year}, {month}, {month:00} atau {month-roman}.")]
    [InlineData("005/{year:00}/{seq}", "Bagian {year:00} tidak dikenal. Gunakan {seq}, {seq:000}, {year}, {month}, {month:00} atau {month-roman}.")]
    [InlineData("005/{seq/{year}", "Kurung kurawal pada pola nomor surat tidak berpasangan.")]
    [InlineData("005/seq}/{year}", "Kurung kurawal pada pola nomor surat tidak berpasangan.")]
    public void Bad_patterns_are_explained_and_refused(string pola, string pesan)
    {
        Assert.Equal(pesan, NomorSurat.Periksa(pola));
        Assert.Equal(pesan, Assert.Throws<FormatException>(() => NomorSurat.Format(pola, 1, new DateOnly(2024, 10, 1))).Message);
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(6, "VI")]
    [InlineData(9, "IX")]
    [InlineData(11, "XI")]
    public void Months_in_roman_numerals(int bulan, string romawi) => Assert.Equal(romawi, NomorSurat.BulanRomawi(bulan));

    [Fact]
    public void Sequence_starts_at_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NomorSurat.Format(NomorSurat.PolaBawaan, 0, new DateOnly(2024, 10, 1)));
}
