using DtksTraining.Web.Sandbox;

namespace DtksTraining.Tests.Sandbox;

// Each consistency anomaly the scenario plants is one the rules of ValidasiDtks actually flag, and the generator alone plants none.
public class SkenarioKonsistensiTests
{
    private static readonly DateOnly HariIni = GeneratorDtksTests.HariIni;

    // Anomaly → the rule that must flag it, and whether the finding names the person (else it is about the family).
    public static TheoryData<JenisAnomali, int, bool> Aturan() => new()
    {
        { JenisAnomali.PasanganSejenis, ValidasiDtks.PasanganSejenis, true },
        { JenisAnomali.SelisihUmurAnak, ValidasiDtks.SelisihUmurAnak, true },
        { JenisAnomali.UmurKawin, ValidasiDtks.UmurKawin, true },
        { JenisAnomali.SekolahTidakSesuaiUmur, ValidasiDtks.SekolahUmur, true },
        { JenisAnomali.WilayahNikSalah, ValidasiDtks.WilayahNik, false },
        { JenisAnomali.KkLuarKecamatan, ValidasiDtks.KkLuarKecamatan, false },
        { JenisAnomali.PkhTanpaKomponen, ValidasiDtks.PkhTanpaKomponen, false },
        { JenisAnomali.MeninggalMenurutDukcapil, ValidasiDtks.MeninggalDukcapil, true },
        { JenisAnomali.IbuKandungPbiKosong, ValidasiDtks.IbuKandungPbi, true },
        { JenisAnomali.KkGanda, ValidasiDtks.KkGanda, false },
        { JenisAnomali.SanggahCekBansos, 7, true },
    };

    private static readonly int[] Seeds = [1, 5, 42, 77, 2024, 31337, 90210, 123456];

    [Theory]
    [MemberData(nameof(Aturan))]
    public void Every_planted_consistency_error_is_flagged_on_its_family_and_person(JenisAnomali jenis, int aturan, bool perOrang)
    {
        foreach (var seed in Seeds)
        {
            var sandbox = SkenarioLatihan.Buat(GeneratorDtksTests.Bagelen, seed, HariIni);
            var anomali = Assert.Single(sandbox.KunciJawaban, a => a.Jenis == jenis);
            var keluarga = sandbox.Data.Keluarga.ToList();
            var temuan = ValidasiDtks.Periksa(keluarga, HariIni).Concat(ValidasiDtks.MeninggalMenurutDukcapil(keluarga, sandbox.Dukcapil)).ToList();
            // The family the error sits in: the KK of the key, or the one holding the person under a wrong No KK.
            var tempat = keluarga.Where(k => k.NoKk == anomali.NoKk || k.Anggota.Any(a => a.Nik == anomali.Nik)).Select(k => k.NoKk).ToHashSet();
            Assert.NotEmpty(tempat);
            Assert.Contains(temuan, t => t.Aturan == aturan && tempat.Contains(t.NoKk) && (!perOrang || t.Nik == anomali.Nik));
        }
    }

    [Fact]
    public void The_generator_alone_breaks_none_of_the_consistency_rules()
    {
        int[] aturan = [.. Enumerable.Range(ValidasiDtks.PasanganSejenis, ValidasiDtks.KkGanda - ValidasiDtks.PasanganSejenis + 1)];
        foreach (var seed in Seeds)
        {
            var data = GeneratorDtks.BuatDesa(GeneratorDtksTests.Bagelen, seed, HariIni);
            var keluarga = data.Keluarga.ToList();
            var temuan = ValidasiDtks.Periksa(keluarga, HariIni)
                .Concat(ValidasiDtks.MeninggalMenurutDukcapil(keluarga, DukcapilTiruan.Dari(data)))
                .Where(t => aturan.Contains(t.Aturan)).ToList();
            Assert.True(temuan.Count == 0, $"seed {seed}: " + string.Join(" | ", temuan.Take(5).Select(t => $"{t.Aturan} {t.NoKk}: {t.Pesan}")));
        }
    }

    [Fact]
    public void Every_anomaly_kind_is_planted_and_the_new_ones_come_last()
    {
        var sandbox = SkenarioLatihan.Buat(GeneratorDtksTests.Bagelen, 5, HariIni);
        Assert.Equal(Enum.GetValues<JenisAnomali>().Order(), sandbox.KunciJawaban.Select(a => a.Jenis).Distinct().Order());
        // The answer key is in the order of planting: the anomalies added for issue #20 come after every earlier one.
        var pertamaBaru = sandbox.KunciJawaban.ToList().FindIndex(a => a.Jenis >= JenisAnomali.PasanganSejenis);
        Assert.All(sandbox.KunciJawaban.Skip(pertamaBaru), a => Assert.True(a.Jenis >= JenisAnomali.PasanganSejenis, a.Jenis.ToString()));
    }
}
