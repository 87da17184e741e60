using DtksTraining.Web.Akun;
using DtksTraining.Web.Cakupan;

namespace DtksTraining.Tests.Cakupan;

public class KesiapanDesaTests
{
    [Theory]
    // kadesHadir, operatorHadir, kadesLulus, operatorLulus, latihanLulus, latihanWajib, expected
    [InlineData(false, false, false, false, 0, 3, 0)]
    [InlineData(true, false, false, false, 0, 3, 20)]
    [InlineData(true, true, false, false, 0, 3, 40)]
    [InlineData(true, true, true, false, 0, 3, 55)]
    [InlineData(true, true, true, true, 0, 3, 70)]
    [InlineData(true, true, true, true, 1, 3, 80)]
    [InlineData(true, true, true, true, 2, 3, 90)]
    [InlineData(true, true, true, true, 3, 3, 100)]
    [InlineData(true, true, true, true, 5, 3, 100)]
    [InlineData(false, false, false, false, 1, 0, 30)]
    [InlineData(false, false, false, false, 0, 0, 0)]
    [InlineData(false, true, false, true, 1, 2, 50)]
    public void Readiness_follows_the_documented_formula(bool kadesHadir, bool operatorHadir, bool kadesLulus, bool operatorLulus,
        int latihanLulus, int latihanWajib, int expected) =>
        Assert.Equal(expected, HitungCakupan.Kesiapan(kadesHadir, operatorHadir, kadesLulus, operatorLulus, latihanLulus, latihanWajib));

    [Fact]
    public void Quiz_pass_rate_and_sandbox_completion_are_counted_per_kecamatan_and_desa()
    {
        DesaWilayah[] desa =
        [
            new("18.09.01.2007", "Bagelen", "18.09.01", "Gedong Tataan"),
            new("18.09.01.2008", "Sukaraja", "18.09.01", "Gedong Tataan"),
        ];
        FaktaPeserta[] peserta =
        [
            new("1", "Sutrisno", Peran.KepalaDesa, "18.09.01.2007", true, true, false, IkutKuis: true, LulusKuis: true),
            new("2", "Nur Aini", Peran.Operator, "18.09.01.2007", true, true, false, IkutKuis: true, LulusKuis: true, LatihanLulus: 2),
            new("3", "Rahmat", Peran.Operator, "18.09.01.2007", true, false, false, IkutKuis: true, LulusKuis: false, LatihanLulus: 1),
            new("4", "Kades Sukaraja", Peran.KepalaDesa, "18.09.01.2008", true, false, true, IkutKuis: true, LulusKuis: false),
        ];
        var perDesa = HitungCakupan.PerDesa(desa, peserta, jumlahLatihanWajib: 2);
        var bagelen = perDesa.Single(d => d.Desa.Nama == "Bagelen");
        Assert.True(bagelen.KadesLulusKuis && bagelen.OperatorLulusKuis && bagelen.SandboxSelesai);
        Assert.Equal(100, bagelen.Kesiapan);
        var sukaraja = perDesa.Single(d => d.Desa.Nama == "Sukaraja");
        Assert.Equal(0, sukaraja.Kesiapan);
        Assert.True(sukaraja.BelumAdaYangTerlatih);

        var kecamatan = HitungCakupan.PerKecamatan(perDesa, peserta, jumlahLatihanWajib: 2).Single();
        Assert.Equal((4, 2, 2, 1), (kecamatan.IkutKuis, kecamatan.LulusKuis, kecamatan.Operator, kecamatan.OperatorSandboxSelesai));
        Assert.Equal(50, kecamatan.PersenLulusKuis);
        Assert.Equal(50, kecamatan.PersenSandbox);
        Assert.Equal(50, kecamatan.RataKesiapan);
    }

    [Fact]
    public void Empty_kecamatan_rates_are_zero_not_an_error()
    {
        var k = new CakupanKecamatan("x", "x", 0, 0, 0, 0, 0, 0, 0, 0);
        Assert.Equal((0.0, 0.0), (k.PersenLulusKuis, k.PersenSandbox));
    }
}
