using DtksTraining.Web.Sandbox;

namespace DtksTraining.Tests.Sandbox;

// The fields of issue #20 §4 as the generator fills them: plausible for a rural Lampung desa and never against a rule.
public class GeneratorRincianTests
{
    private static readonly DateOnly HariIni = GeneratorDtksTests.HariIni;
    private static readonly DesaSumber Sukarame = new("18.09.06.2016", "Sukarame", "18.09.06", "Punduh Pidada");

    public static TheoryData<int, string> Kasus => new()
    {
        { 1, "18.09.01.2007" }, { 42, "18.09.01.2007" }, { 2024, "18.09.06.2016" }, { 7, "18.09.06.2016" }, { 99, "18.09.03.2001" },
    };

    private static DesaSumber Desa(string kode) =>
        kode == Sukarame.Kode ? Sukarame : GeneratorDtksTests.SemuaDesa().Single(d => d.Kode == kode);

    [Theory]
    [MemberData(nameof(Kasus))]
    public void Education_follows_age_and_diploma(int seed, string desa)
    {
        var anggota = GeneratorDtks.BuatDesa(Desa(desa), seed, HariIni).Anggota.ToList();
        foreach (var a in anggota)
        {
            var umur = a.Umur(HariIni);
            Assert.Null(ValidasiDtks.SekolahTidakSesuaiUmur(a, umur));
            Assert.Equal(a.PartisipasiSekolah == PartisipasiSekolah.TidakPernah, a.Pendidikan is null);
        }
        Assert.Contains(anggota, a => a.Pendidikan == Pendidikan.Sd);
        Assert.Contains(anggota, a => a.Pendidikan is Pendidikan.Sma or Pendidikan.MadrasahAliyah or Pendidikan.PaketC);
        Assert.Contains(anggota, a => a.Pendidikan == Pendidikan.MadrasahIbtidaiyah || a.Pendidikan == Pendidikan.MadrasahTsanawiyah);
    }

    [Theory]
    [MemberData(nameof(Kasus))]
    public void Houses_are_placed_near_their_kecamatan_centre(int seed, string desa)
    {
        var data = GeneratorDtks.BuatDesa(Desa(desa), seed, HariIni);
        var pusat = TitikKecamatan.Pusat[data.Desa.KodeKecamatan.Replace(".", "")];
        foreach (var r in data.RumahTangga)
        {
            Assert.InRange(r.Lintang!.Value, pusat.Lintang - TitikKecamatan.Jitter, pusat.Lintang + TitikKecamatan.Jitter);
            Assert.InRange(r.Bujur!.Value, pusat.Bujur - TitikKecamatan.Jitter, pusat.Bujur + TitikKecamatan.Jitter);
            // Pesawaran lies between 5.1° and 5.9° south, 104.8° and 105.4° east.
            Assert.InRange(r.Lintang.Value, -5.9, -5.1);
            Assert.InRange(r.Bujur.Value, 104.8, 105.4);
        }
        Assert.True(data.RumahTangga.Select(r => (r.Lintang, r.Bujur)).Distinct().Count() > data.RumahTangga.Count * 0.95);
    }

    [Theory]
    [MemberData(nameof(Kasus))]
    public void Every_family_has_a_desil_and_a_unique_well_formed_dtsen_id(int seed, string desa)
    {
        var keluarga = GeneratorDtks.BuatDesa(Desa(desa), seed, HariIni).Keluarga.ToList();
        Assert.All(keluarga, k => Assert.InRange(k.Desil!.Value, 1, 10));
        Assert.All(keluarga, k => Assert.Equal(SimulasiDesil.Hitung(k, HariIni).Desil, (int)k.Desil!.Value));
        Assert.True(keluarga.Select(k => k.Desil).Distinct().Count() >= 5, "desil terlalu seragam");
        Assert.All(keluarga, k => Assert.Matches($"^{desa.Replace(".", "")}22\\d{{6}}$", k.IdDtsen));
        Assert.Equal(keluarga.Count, keluarga.Select(k => k.IdDtsen).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Kasus))]
    public void Work_land_birthplace_and_disability_are_consistent(int seed, string desa)
    {
        var data = GeneratorDtks.BuatDesa(Desa(desa), seed, HariIni);
        var anggota = data.Anggota.ToList();
        foreach (var a in anggota)
        {
            Assert.Equal(a.Pekerjaan is not null, a.LapanganUsaha is not null);
            Assert.Equal(a.Pekerjaan is not null, a.JenisPekerjaan is not null);
            Assert.False(string.IsNullOrWhiteSpace(a.TempatLahir));
            Assert.Equal(a.Disabilitas, PetaDisabilitas.Tuna(a.KesulitanFungsi, a.TingkatKesulitan));
        }
        // Born where the NIK was issued for most people: a Pesawaran NIK mostly means born in Pesawaran.
        var nikPesawaran = anggota.Where(a => a.Nik.StartsWith("1809", StringComparison.Ordinal)).ToList();
        Assert.InRange(nikPesawaran.Count(a => a.TempatLahir == "Pesawaran") / (double)nikPesawaran.Count, 0.8, 0.95);
        Assert.All(anggota.Where(a => a.Nik.StartsWith("3171", StringComparison.Ordinal) && a.TempatLahir == "Pesawaran"), _ => Assert.Fail("NIK Jakarta, lahir di Pesawaran"));

        var pesisir = TitikKecamatan.Pesisir.Contains(data.Desa.KodeKecamatan.Replace(".", ""));
        Assert.Equal(pesisir, anggota.Any(a => a.LapanganUsaha == LapanganUsaha.Perikanan));
        Assert.Contains(anggota, a => a.LapanganUsaha == LapanganUsaha.Perkebunan);
        foreach (var r in data.RumahTangga)
        {
            Assert.InRange(r.LuasLahan, 0, 20_000);
            Assert.InRange(r.TernakSapi + r.TernakKambing + r.TernakUnggas, 0, 40);
        }
        Assert.InRange(data.RumahTangga.Count(r => r.LuasLahan >= 2_500) / (double)data.RumahTangga.Count, pesisir ? 0.05 : 0.15, 0.8);
        Assert.InRange(data.RumahTangga.Count(r => r.TernakUnggas > 0) / (double)data.RumahTangga.Count, 0.3, 0.8);
    }
}
