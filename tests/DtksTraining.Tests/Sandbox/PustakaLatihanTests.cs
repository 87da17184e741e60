using DtksTraining.Tests.Belajar;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Sandbox;

namespace DtksTraining.Tests.Sandbox;

public class PustakaLatihanTests
{
    private const string Berkas = "exercises/keluarga-menolak.yaml";

    private static string Asli() => File.ReadAllText(Path.Combine(PustakaKontenTests.ContentFolder(), "exercises", "keluarga-menolak.yaml"));

    [Fact]
    public void The_real_exercise_reads_without_problems()
    {
        var masalah = new List<MasalahKonten>();
        Assert.NotNull(PustakaLatihan.BacaLatihan(Asli(), Berkas, "keluarga-menolak", masalah));
        Assert.Empty(masalah);
    }

    [Theory]
    [InlineData("order: 15", "order: 15\nurutan: 3", 4, "Kunci 'urutan' tidak dikenal")]
    [InlineData("    jenis: nonaktif", "    jenis: nonaktif\n    jenis_usulan: nonaktif", 14, "Kunci 'jenis_usulan' tidak dikenal")]
    [InlineData("checks:", "checks:\n\t", 12, "karakter tab")]
    [InlineData("  - check: usulan_ada\n    jenis", "  - check: usulan_ada\n\tjenis", 13, "karakter tab")]
    public void A_broken_exercise_is_reported_with_file_line_and_key(string cari, string ganti, int baris, string pesan)
    {
        var teks = Asli();
        var i = teks.IndexOf(cari, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{cari}' tidak ada");
        var masalah = new List<MasalahKonten>();

        var latihan = PustakaLatihan.BacaLatihan(teks[..i] + ganti + teks[(i + cari.Length)..], Berkas, "keluarga-menolak", masalah);

        Assert.Null(latihan);
        Assert.Contains(masalah, m => m.Berkas == Berkas && m.Baris == baris && m.Pesan.Contains(pesan));
    }
}
