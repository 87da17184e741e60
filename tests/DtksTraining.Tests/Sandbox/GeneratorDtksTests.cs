using DtksTraining.Tests.Shared;
using DtksTraining.Web.Sandbox;

namespace DtksTraining.Tests.Sandbox;

public class GeneratorDtksTests
{
    public static readonly DateOnly HariIni = new(2024, 9, 30);
    public static readonly DesaSumber Bagelen = new("18.09.01.2007", "Bagelen", "18.09.01", "Gedong Tataan");

    public static List<DesaSumber> SemuaDesa()
    {
        using var csv = File.OpenText(Path.Combine(LocalizationCoverageTests.RepositoryRoot(), "seed-data", "wilayah.csv"));
        return DaftarDesa.Baca(csv);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(2024)]
    public void A_desa_is_consistent(int seed)
    {
        var data = GeneratorDtks.BuatDesa(Bagelen, seed, HariIni);
        var keluarga = data.Keluarga.ToList();
        var anggota = keluarga.SelectMany(k => k.Anggota).ToList();
        Assert.Equal(650, keluarga.Count);
        Assert.InRange(anggota.Count, 1500, 2200);
        Assert.Equal(anggota.Count, anggota.Select(a => a.Nik).Distinct().Count());
        Assert.Equal(keluarga.Count, keluarga.Select(k => k.NoKk).Distinct().Count());
        foreach (var k in keluarga)
        {
            Assert.Single(k.Anggota, a => a.Hubungan == HubunganKeluarga.KepalaKeluarga);
            Assert.Matches(@"^Dusun [A-Za-z ]+, RT 0\d\d/RW 00\d, Desa Bagelen, Kec\. Gedong Tataan$", k.Alamat);
            Assert.Null(NoKk.Periksa(k.NoKk));
            var kepala = k.Kepala!;
            var orangTua = k.Anggota.Where(a => a.Hubungan is HubunganKeluarga.KepalaKeluarga or HubunganKeluarga.IstriSuami).ToList();
            foreach (var pasangan in k.Anggota.Where(a => a.Hubungan == HubunganKeluarga.IstriSuami))
            {
                Assert.Equal(StatusPerkawinan.Kawin, pasangan.StatusPerkawinan);
                Assert.Equal(StatusPerkawinan.Kawin, kepala.StatusPerkawinan);
                Assert.NotEqual(kepala.JenisKelamin, pasangan.JenisKelamin);
            }
            foreach (var anak in k.Anggota.Where(a => a.Hubungan == HubunganKeluarga.Anak))
                foreach (var o in orangTua)
                    Assert.True(o.TanggalLahir.AddYears(15) <= anak.TanggalLahir, $"{anak.Nama} kurang dari 15 tahun lebih muda dari {o.Nama}");
        }
        foreach (var a in anggota)
        {
            var nik = Nik.Parse(a.Nik);
            Assert.Equal(a.JenisKelamin, nik.JenisKelamin);
            Assert.True(nik.CocokTanggalLahir(a.TanggalLahir));
        }
        var pesawaran = anggota.Count(a => a.Nik.StartsWith("1809")) / (double)anggota.Count;
        Assert.InRange(pesawaran, 0.86, 0.94);
        // Module 08: a KK is issued by the family's kecamatan, never elsewhere.
        Assert.All(keluarga, k => Assert.True(NoKk.Parse(k.NoKk).DiterbitkanDi("18.09.01"), $"KK {k.NoKk} tidak diterbitkan di Gedong Tataan"));
        Assert.All(keluarga, k => Assert.True(Enum.IsDefined(k.RumahTangga.Lantai) && Enum.IsDefined(k.RumahTangga.Dinding)
            && Enum.IsDefined(k.RumahTangga.Atap) && Enum.IsDefined(k.RumahTangga.AirMinum), k.RumahTangga.IdRumahTangga));
        Assert.True(keluarga.Select(k => k.RumahTangga.Lantai).Distinct().Count() >= 3, "Jenis lantai terlalu seragam.");
        // Generated data break no rule by accident; PKH without an eligible member (14) is a real inclusion error and may occur.
        Assert.DoesNotContain(ValidasiDtks.Periksa(keluarga, HariIni), t => t.Aturan is >= 1 and <= 6 or (>= 8 and not 14));
    }

    [Fact]
    public void The_same_seed_gives_the_same_desa_and_another_seed_another()
    {
        string Sidik(int seed) => string.Join("|", GeneratorDtks.BuatDesa(Bagelen, seed, HariIni).Anggota.Select(a => $"{a.Nik}{a.Nama}{a.Program}"));
        Assert.Equal(Sidik(7), Sidik(7));
        Assert.NotEqual(Sidik(7), Sidik(8));
    }

    [Fact]
    public void Programme_shares_follow_Pesawaran_September_2024()
    {
        var data = GeneratorDtks.BuatDesa(Bagelen, 3, HariIni);
        var keluarga = data.Keluarga.ToList();
        var jiwa = keluarga.Sum(k => k.Anggota.Count);
        Assert.Equal(Math.Round(650 * 23_307 / 96_425.0), keluarga.Count(k => k.Program.HasFlag(ProgramBantuan.Pkh)));
        Assert.Equal(Math.Round(650 * 41_640 / 96_425.0), keluarga.Count(k => k.Program.HasFlag(ProgramBantuan.Sembako)));
        Assert.Equal(Math.Round(jiwa * 225_942 / 271_490.0), data.Anggota.Count(a => a.Program.HasFlag(ProgramBantuan.PbiJk)));
    }

    [Fact]
    public void The_regency_has_every_desa_and_the_exact_totals()
    {
        var desa = SemuaDesa();
        Assert.Equal(148, desa.Count);
        var kabupaten = GeneratorDtks.BuatKabupaten(desa, 11, HariIni);
        Assert.Equal(AngkaPesawaran.Keluarga, kabupaten.Keluarga.Length);
        Assert.Equal(AngkaPesawaran.Jiwa, kabupaten.Anggota.Length);
        Assert.Equal(AngkaPesawaran.Jiwa, kabupaten.Keluarga.Sum(k => k.Anggota.Count));
        Assert.Equal(AngkaPesawaran.KeluargaPkh, kabupaten.Keluarga.Count(k => k.Program.HasFlag(ProgramBantuan.Pkh)));
        Assert.Equal(AngkaPesawaran.KeluargaSembako, kabupaten.Keluarga.Count(k => k.Program.HasFlag(ProgramBantuan.Sembako)));
        Assert.Equal(AngkaPesawaran.JiwaPbiJk, kabupaten.Anggota.Count(a => a.Program.HasFlag(ProgramBantuan.PbiJk)));
        Assert.Equal(148, kabupaten.Keluarga.Select(k => k.DesaKode).Distinct().Count());
        // Planted duplicates replace people, so every NIK is unique except the planted "moved but not removed" ones.
        Assert.InRange(kabupaten.NikGandaLintasDesa.Count, 250, 400);
        Assert.InRange(kabupaten.NikKembarNama.Count, 80, 150);
        Assert.Equal(AngkaPesawaran.Jiwa - kabupaten.NikGandaLintasDesa.Count, kabupaten.Anggota.Select(a => a.Nik).Distinct().Count());
        var ganda = PencariGanda.Cari([.. kabupaten.Keluarga.SelectMany(k => k.Anggota.Select(a => new IdentitasAnggota(a.Nik, a.Nama, a.TanggalLahir, k.NoKk)))]);
        Assert.Equal(kabupaten.NikGandaLintasDesa.Order(), ganda.Where(g => g.Jenis == JenisGanda.NikSama).Select(g => g.Kunci).Order());
        var kembar = ganda.Where(g => g.Jenis == JenisGanda.NamaDanTanggalLahirSama).SelectMany(g => g.Indeks).ToHashSet();
        var semua = kabupaten.Keluarga.SelectMany(k => k.Anggota).ToList();
        Assert.All(kabupaten.NikKembarNama, nik => Assert.Contains(semua.FindIndex(a => a.Nik == nik), kembar));
        Assert.Equal(1, kabupaten.Keluarga.Min(k => k.Anggota.Count(a => a.Hubungan == HubunganKeluarga.KepalaKeluarga)));
        Assert.Equal(1, kabupaten.Keluarga.Max(k => k.Anggota.Count(a => a.Hubungan == HubunganKeluarga.KepalaKeluarga)));
    }
}
