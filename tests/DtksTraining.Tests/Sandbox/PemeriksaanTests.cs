using DtksTraining.Web.Sandbox;

namespace DtksTraining.Tests.Sandbox;

public class PemeriksaanTests
{
    private static readonly DateOnly HariIni = GeneratorDtksTests.HariIni;
    private static readonly DateOnly LahirHermawan = new(1985, 3, 12);

    private static DukcapilTiruan Dukcapil() => new(
    [
        new IdentitasDukcapil("1809011203850001", "Hermawan Saputra", LahirHermawan, JenisKelamin.LakiLaki, "1809011503200017"),
        new IdentitasDukcapil("1809015506900002", "Siti Aminah", new DateOnly(1990, 6, 15), JenisKelamin.Perempuan, "1809011503200017") { Meninggal = true },
    ]);

    [Theory]
    [InlineData("1809011203850001", "Hermawan Saputra", "1985-03-12", JenisKelamin.LakiLaki, true, "")]
    [InlineData(" 1809011203850001 ", "  HERMAWAN saputra ", "1985-03-12", JenisKelamin.LakiLaki, true, "")]
    [InlineData("1809011203850001", "Wawan Saputra", "1985-03-12", JenisKelamin.LakiLaki, false, "Nama tidak sama persis")]
    [InlineData("1809011203850001", "Hermawan Saputri", "1985-03-12", JenisKelamin.LakiLaki, false, "Nama tidak sama persis")]
    [InlineData("1809011203850001", "Hermawan  Saputra", "1985-03-12", JenisKelamin.LakiLaki, false, "Nama tidak sama persis")]
    [InlineData("1809011203850001", "Hermawan Saputra", "1985-03-13", JenisKelamin.LakiLaki, false, "Tanggal lahir berbeda")]
    [InlineData("1809011203850001", "Hermawan Saputra", "1985-03-12", JenisKelamin.Perempuan, false, "Jenis kelamin berbeda")]
    [InlineData("1809011203850009", "Hermawan Saputra", "1985-03-12", JenisKelamin.LakiLaki, false, "NIK tidak terdaftar di Dukcapil.")]
    [InlineData("180901120385000", "Hermawan Saputra", "1985-03-12", JenisKelamin.LakiLaki, false, "NIK harus 16 angka")]
    [InlineData("1809015506900002", "Siti Aminah", "1990-06-15", JenisKelamin.Perempuan, false, "sudah meninggal")]
    public void Padan_is_exact_after_trim_and_case(string nik, string nama, string lahir, JenisKelamin jk, bool padan, string alasan)
    {
        var hasil = Dukcapil().Padankan(nik, nama, DateOnly.Parse(lahir), jk);
        Assert.Equal(padan, hasil.Padan);
        Assert.Equal(padan ? "PADAN" : "TIDAK PADAN", hasil.Status);
        if (padan) Assert.Empty(hasil.Alasan);
        else Assert.Contains(hasil.Alasan, a => a.Contains(alasan));
    }

    private static Keluarga Keluarga(string noKk, params AnggotaKeluarga[] anggota)
    {
        var k = new Keluarga
        {
            NoKk = noKk, DesaKode = "18.09.01.2007", Alamat = "Dusun Krajan, RT 001/RW 001, Desa Bagelen, Kec. Gedong Tataan",
            RumahTangga = new RumahTangga { IdRumahTangga = "1" },
        };
        k.Anggota.AddRange(anggota);
        k.RumahTangga.Keluarga.Add(k);
        return k;
    }

    private static AnggotaKeluarga Orang(string nik, HubunganKeluarga hubungan = HubunganKeluarga.KepalaKeluarga,
        StatusPerkawinan kawin = StatusPerkawinan.Kawin, string nama = "Hermawan")
    {
        var n = Nik.Parse(nik);
        return new AnggotaKeluarga
        {
            Nik = nik, Nama = nama, JenisKelamin = n.JenisKelamin, TanggalLahir = n.TanggalLahir(HariIni),
            Hubungan = hubungan, StatusPerkawinan = kawin,
        };
    }

    public static TheoryData<string, Func<List<Keluarga>>, int, string> Kasus => new()
    {
        { "bersih", () => [Keluarga("1809011503200017", Orang("1809011203850001"), Orang("1809015506900002", HubunganKeluarga.IstriSuami))], 0, "" },
        { "NIK rusak", () => [Keluarga("1809011503200017", Orang("1809011203850001"), new AnggotaKeluarga { Nik = "18090112038", Nama = "Anak", Hubungan = HubunganKeluarga.Anak })], 1, "NIK harus 16 angka" },
        { "jenis kelamin", () => { var a = Orang("1809011203850001"); a.JenisKelamin = JenisKelamin.Perempuan; return [Keluarga("1809011503200017", a)]; }, 2, "jenis kelamin menurut NIK Laki-laki" },
        { "tanggal lahir", () => { var a = Orang("1809011203850001"); a.TanggalLahir = a.TanggalLahir.AddDays(1); return [Keluarga("1809011503200017", a)]; }, 2, "tanggal lahir menurut NIK 12-03-85" },
        { "NIK di dua KK", () => [Keluarga("1809011503200017", Orang("1809011203850001")), Keluarga("1809011503200018", Orang("1809011203850001"))], 3, "data ganda" },
        { "meninggal masih penerima", () => { var a = Orang("1809015506900002", HubunganKeluarga.IstriSuami, nama: "Siti"); a.Keberadaan = StatusKeberadaan.Meninggal; a.Program = ProgramBantuan.PbiJk; return [Keluarga("1809011503200017", Orang("1809011203850001"), a)]; }, 4, "Siti sudah meninggal tetapi masih tercatat penerima PBI-JK" },
        { "kepala meninggal", () => { var a = Orang("1809011203850001"); a.Keberadaan = StatusKeberadaan.Meninggal; return [Keluarga("1809011503200017", a, Orang("1809015506900002", HubunganKeluarga.IstriSuami))]; }, 4, "tetapkan kepala keluarga baru" },
        { "dua kepala", () => [Keluarga("1809011503200017", Orang("1809011203850001"), Orang("1809015506900002"))], 5, "punya 2 kepala keluarga" },
        { "tanpa kepala", () => [Keluarga("1809011503200017", Orang("1809011203850001", HubunganKeluarga.Anak, StatusPerkawinan.BelumKawin))], 5, "tidak punya kepala keluarga" },
        { "istri belum kawin", () => [Keluarga("1809011503200017", Orang("1809011203850001"), Orang("1809015506900002", HubunganKeluarga.IstriSuami, StatusPerkawinan.BelumKawin))], 5, "tercatat sebagai istri/suami tetapi statusnya Belum kawin" },
        { "hamil laki-laki", () => { var a = Orang("1809011203850001"); a.StatusHamil = StatusHamil.Ya; return [Keluarga("1809011503200017", a)]; }, 6, "hanya untuk perempuan." },
        { "hamil 60 tahun", () => { var a = Orang("1809015506640002"); a.StatusHamil = StatusHamil.Ya; return [Keluarga("1809011503200017", a)]; }, 6, "umur 10–49 tahun (umurnya 60)" },
        { "hamil belum kawin", () => { var a = Orang("1809015506000002", kawin: StatusPerkawinan.BelumKawin); a.StatusHamil = StatusHamil.Ya; return [Keluarga("1809011503200017", a)]; }, 6, "kawin atau pernah kawin" },
        { "PNS", () => { var a = Orang("1809011203850001"); a.Pekerjaan = StatusPekerjaan.PnsTniPolriBumnBumdLegislator; return [Keluarga("1809011503200017", a)]; }, 7, "PNS/TNI/Polri" },
        { "mobil", () => { var k = Keluarga("1809011503200017", Orang("1809011203850001")); k.RumahTangga.Aset = Aset.Mobil; return [k]; }, 7, "memiliki mobil" },
    };

    [Theory]
    [MemberData(nameof(Kasus))]
    public void Each_rule_names_its_failure(string kasus, Func<List<Keluarga>> buat, int aturan, string pesan)
    {
        var temuan = ValidasiDtks.Periksa(buat(), HariIni);
        if (aturan == 0) Assert.Empty(temuan);
        else Assert.True(temuan.Any(t => t.Aturan == aturan && t.Pesan.Contains(pesan)),
            $"{kasus}: {string.Join(" | ", temuan.Select(t => $"{t.Aturan}: {t.Pesan}"))}");
    }

    [Theory]
    [InlineData("  Siti   Aminah ", "SITI AMINAH")]
    [InlineData("siti aminah", "SITI AMINAH")]
    [InlineData("Siti Aminah.", "SITI AMINAH")]
    [InlineData("M. Rizki", "M RIZKI")]
    [InlineData("Andréa", "ANDREA")]
    public void Names_are_normalised_for_the_duplicate_finder(string nama, string hasil) =>
        Assert.Equal(hasil, PencariGanda.NormalisasiNama(nama));

    [Fact]
    public void The_duplicate_finder_groups_across_KK_only()
    {
        var lahir = new DateOnly(1990, 1, 1);
        IdentitasAnggota[] aktif =
        [
            new("1809010101900001", "Budi", lahir, "KK1"),
            new("1809010101900001", "Budi", lahir, "KK2"),
            new("1809010101900002", "Siti Aminah", lahir, "KK1"),
            new("1809010101900003", "SITI  aminah", lahir, "KK3"),
            new("1809010101900004", "Joko", lahir, "KK4"),
            new("1809010101900005", "Joko", lahir, "KK4"),
            new("1809010101900006", "Joko", lahir.AddDays(1), "KK5"),
        ];
        var hasil = PencariGanda.Cari(aktif);
        Assert.Equal(2, hasil.Count);
        Assert.Contains(hasil, g => g.Jenis == JenisGanda.NikSama && g.Kunci == "1809010101900001" && g.Indeks.SequenceEqual([0, 1]));
        Assert.Contains(hasil, g => g.Jenis == JenisGanda.NamaDanTanggalLahirSama && g.Indeks.SequenceEqual([2, 3]) && g.Keterangan.Contains("Siti Aminah, 01-01-1990"));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(77)]
    public void The_scenario_plants_every_problem_and_the_checks_find_them(int seed)
    {
        var sandbox = SkenarioLatihan.Buat(GeneratorDtksTests.Bagelen, seed, HariIni);
        var kunci = sandbox.KunciJawaban;
        Assert.Equal(Enum.GetValues<JenisAnomali>().ToHashSet(), kunci.Select(a => a.Jenis).ToHashSet());
        var temuan = ValidasiDtks.Periksa(sandbox.Data.Keluarga, HariIni);
        foreach (var a in kunci.Where(a => a.Jenis is JenisAnomali.NikGanda))
            Assert.Contains(temuan, t => t.Aturan == 3 && t.Nik == a.Nik);
        foreach (var a in kunci.Where(a => a.Jenis is JenisAnomali.MeninggalMasihAktif))
            Assert.Contains(temuan, t => t.Aturan == 4 && t.NoKk == a.NoKk);
        foreach (var a in kunci.Where(a => a.Jenis is JenisAnomali.PnsPenerimaPkh or JenisAnomali.PemilikMobilPenerimaPkh))
            Assert.Contains(temuan, t => t.Aturan == 7 && t.NoKk == a.NoKk);
        foreach (var a in kunci.Where(a => a.Jenis is JenisAnomali.TidakPadanTanggalLahir or JenisAnomali.TidakPadanJenisKelamin))
            Assert.Contains(temuan, t => t.Aturan == 2 && t.Nik == a.Nik);
        var anggota = sandbox.Data.Keluarga.SelectMany(k => k.Anggota.Select(x => (k, x))).ToList();
        foreach (var a in kunci.Where(a => a.Jenis.ToString().StartsWith("TidakPadan")))
        {
            var (_, orang) = anggota.Single(p => p.x.Nik == a.Nik);
            Assert.False(sandbox.Dukcapil.Padankan(orang.Nik, orang.Nama, orang.TanggalLahir, orang.JenisKelamin).Padan, a.Keterangan);
        }
        foreach (var a in kunci.Where(a => a.Jenis is JenisAnomali.AnggotaHilang or JenisAnomali.BayiBaru))
        {
            Assert.DoesNotContain(anggota, p => p.x.Nik == a.Nik);
            Assert.Equal(a.NoKk, sandbox.Dukcapil.Cari(a.Nik!)!.NoKk);
        }
        Assert.NotNull(sandbox.Dukcapil.Cari(kunci.First(a => a.Jenis == JenisAnomali.Pindah).Nik!)!.PindahKe);
        var ganda = PencariGanda.Cari(anggota.Where(p => p.x.Aktif).Select(p => new IdentitasAnggota(p.x.Nik, p.x.Nama, p.x.TanggalLahir, p.k.NoKk)).ToList());
        Assert.Equal(kunci.Where(a => a.Jenis == JenisAnomali.NikGanda).Select(a => a.Nik).Order(), ganda.Where(g => g.Jenis == JenisGanda.NikSama).Select(g => g.Kunci).Order());
        var jujur = anggota.Where(p => kunci.All(a => a.Nik != p.x.Nik)).Take(200);
        Assert.All(jujur, p => Assert.True(sandbox.Dukcapil.Padankan(p.x.Nik, p.x.Nama, p.x.TanggalLahir, p.x.JenisKelamin).Padan));
    }

    [Theory]
    [InlineData("Hermawan Saputra", "Wawan")]
    [InlineData("Suryani", "Yayani")]
    public void Nicknames_double_the_last_syllable(string nama, string panggilan) =>
        Assert.Equal(panggilan, SkenarioLatihan.NamaPanggilan(nama));
}
