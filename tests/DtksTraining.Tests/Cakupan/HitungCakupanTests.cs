using DtksTraining.Web.Akun;
using DtksTraining.Web.Cakupan;
using DtksTraining.Web.Wilayah;

namespace DtksTraining.Tests.Cakupan;

public class HitungCakupanTests
{
    private static readonly DesaWilayah[] Desa =
    [
        new("18.09.01.2007", "Bagelen", "18.09.01", "Gedong Tataan"),
        new("18.09.01.2008", "Sukaraja", "18.09.01", "Gedong Tataan"),
        new("18.09.05.2001", "Banjaran", "18.09.05", "Padang Cermin"),
    ];

    [Fact]
    public void Coverage_counts_desa_whose_head_and_operator_both_attended()
    {
        FaktaPeserta[] peserta =
        [
            new("1", "Sutrisno", Peran.KepalaDesa, "18.09.01.2007", true, true, false),
            new("2", "Nur Aini", Peran.Operator, "18.09.01.2007", true, true, false),
            new("3", "Kades Sukaraja", Peran.KepalaDesa, "18.09.01.2008", true, false, true),
            new("4", "Operator Sukaraja", Peran.Operator, "18.09.01.2008", true, true, false),
            new("5", "Suryadi", Peran.KepalaDesa, "18.09.05.2001", false, false, false),
        ];
        var perDesa = HitungCakupan.PerDesa(Desa, peserta);
        var perKecamatan = HitungCakupan.PerKecamatan(perDesa);

        Assert.Equal([true, false, false], perDesa.Select(d => d.TerlatihLengkap));
        Assert.Equal([false, false, true], perDesa.Select(d => d.BelumAdaYangTerlatih));
        var gedong = perKecamatan.Single(k => k.Kode == "18.09.01");
        Assert.Equal((2, 2, 1, 2, 2, 1, 0, 1), (gedong.JumlahDesa, gedong.KadesTerdaftar, gedong.KadesHadir, gedong.OperatorTerdaftar,
            gedong.OperatorHadir, gedong.DesaLengkap, gedong.DesaBelumTerlatih, gedong.TidakDatang));
        Assert.Equal(50, gedong.PersenCakupan);
        var padang = perKecamatan.Single(k => k.Kode == "18.09.05");
        Assert.Equal(0, padang.PersenCakupan);
        Assert.Equal(1, padang.DesaBelumTerlatih);
    }

    [Fact]
    public void Certified_desa_count_only_participants_holding_a_valid_certificate_per_role()
    {
        FaktaPeserta[] peserta =
        [
            new("1", "Sutrisno", Peran.KepalaDesa, "18.09.01.2007", true, true, false, Bersertifikat: true),
            new("2", "Nur Aini", Peran.Operator, "18.09.01.2007", true, true, false, Bersertifikat: false),
            new("3", "Kades Sukaraja", Peran.KepalaDesa, "18.09.01.2008", true, true, false, Bersertifikat: true),
            new("4", "Operator Sukaraja", Peran.Operator, "18.09.01.2008", true, true, false, Bersertifikat: true),
            new("5", "Operator kedua Sukaraja", Peran.Operator, "18.09.01.2008", true, true, false, Bersertifikat: true),
            new("6", "Suryadi", Peran.KepalaDesa, "18.09.05.2001", true, true, false),
        ];
        var perDesa = HitungCakupan.PerDesa(Desa, peserta);
        var perKecamatan = HitungCakupan.PerKecamatan(perDesa, peserta);

        Assert.Equal([(true, false), (true, true), (false, false)], perDesa.Select(d => (d.KadesBersertifikat, d.OperatorBersertifikat)));
        var gedong = perKecamatan.Single(k => k.Kode == "18.09.01");
        Assert.Equal((2, 1), (gedong.KadesBersertifikat, gedong.OperatorBersertifikat));
        Assert.Equal((0, 0), perKecamatan.Single(k => k.Kode == "18.09.05") is var p ? (p.KadesBersertifikat, p.OperatorBersertifikat) : default);
    }

    [Fact]
    public void A_kecamatan_without_desa_has_zero_coverage_not_an_error() =>
        Assert.Equal(0, new CakupanKecamatan("x", "x", 0, 0, 0, 0, 0, 0, 0, 0).PersenCakupan);

    [Fact]
    public void The_chart_is_svg_with_a_title_and_one_bar_per_row()
    {
        var svg = GrafikBatang.Svg("Cakupan <uji>", [("Gedong Tataan", 50), ("Padang Cermin", 0), ("Lebih", 140)]);
        Assert.StartsWith("<svg", svg);
        Assert.Contains("<title id=\"grafik-judul\">Cakupan &lt;uji&gt;</title>", svg);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Matches(svg, "<rect").Count);
        Assert.Contains("width=\"200.0\"", svg);
        Assert.Contains("50%", svg);
    }
}
