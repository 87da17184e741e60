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
        { "hamil 60 tahun", () => { var a = Orang("1809015506640002"); a.StatusHamil = StatusHamil.Ya; return [Keluarga("1809011503200017", a)]; }, 6, "umur 10–54 tahun menurut daftar kode DTSEN (umurnya 60)" },
        { "hamil belum kawin", () => { var a = Orang("1809015506000002", kawin: StatusPerkawinan.BelumKawin); a.StatusHamil = StatusHamil.Ya; return [Keluarga("1809011503200017", a)]; }, 6, "kawin atau pernah kawin" },
        { "PNS", () => { var a = Orang("1809011203850001"); a.Pekerjaan = StatusPekerjaan.PnsTniPolriBumnBumdLegislator; return [Keluarga("1809011503200017", a)]; }, 7, "PNS/TNI/Polri" },
        { "mobil", () => { var k = Keluarga("1809011503200017", Orang("1809011203850001")); k.RumahTangga.Aset = Aset.Mobil; return [k]; }, 7, "memiliki mobil" },
        { "pasangan sejenis", () => [Keluarga("1809011503200017", Orang("1809011203850001"), Orang("1809011506900003", HubunganKeluarga.IstriSuami, nama: "Budi"))], 8, "Budi tercatat istri/suami dari Hermawan tetapi jenis kelaminnya sama" },
        { "anak 10 tahun lebih muda", () => [Keluarga("1809011503200017", Orang("1809011203850001"), Orang("1809011001950004", HubunganKeluarga.Anak, StatusPerkawinan.BelumKawin, "Dodi"))], 9, "Dodi lahir 10-01-1995, kurang dari 15 tahun sesudah Hermawan" },
        { "anak tepat 15 tahun lebih muda", () => [Keluarga("1809011503200017", Orang("1809011203850001"), Orang("1809011203000004", HubunganKeluarga.Anak, StatusPerkawinan.BelumKawin, "Dodi"))], 0, "" },
        { "kawin umur 17", () => [Keluarga("1809011503200017", Orang("1809011203850001"), Orang("1809015506090002", HubunganKeluarga.IstriSuami, nama: "Rina"))], 10, "tetapi berstatus kawin: umur kawin paling rendah 19 tahun" },
        { "ijazah SMA umur 13", () => { var a = Orang("1809011001130004", HubunganKeluarga.Anak, StatusPerkawinan.BelumKawin, "Dodi"); a.Ijazah = Ijazah.Sma; a.PartisipasiSekolah = PartisipasiSekolah.MasihSekolah; return [Keluarga("1809011503200017", Orang("1809011203850001"), a)]; }, 11, "ijazah SMA/sederajat biasanya diperoleh paling cepat umur 17" },
        { "sekolah umur 3", () => { var a = Orang("1809011001230004", HubunganKeluarga.Anak, StatusPerkawinan.BelumKawin, "Dodi"); a.PartisipasiSekolah = PartisipasiSekolah.MasihSekolah; return [Keluarga("1809011503200017", Orang("1809011203850001"), a)]; }, 11, "masih sekolah, padahal belum 5 tahun" },
        { "kecamatan 12", () => [Keluarga("1809011503200017", Orang("1809121203850001"))], 12, "kode kecamatan 12 pada NIK tidak ada di Kabupaten Pesawaran" },
        { "provinsi 99", () => [Keluarga("1809011503200017", Orang("9909011203850001"))], 12, "kode provinsi 99 pada NIK tidak ada" },
        { "NIK Jakarta sah", () => [Keluarga("1809011503200017", Orang("3171011203850001"))], 0, "" },
        { "KK dari Jakarta", () => [Keluarga("3171011503200017", Orang("1809011203850001"))], 13, "diterbitkan kecamatan 317101, bukan kecamatan desa ini (180901)" },
        { "PKH tanpa komponen", () => { var k = Keluarga("1809011503200017", Orang("1809011203850001"), Orang("1809015506900002", HubunganKeluarga.IstriSuami)); k.Program = ProgramBantuan.Pkh; return [k]; }, 14, "penerima PKH tetapi tidak ada anggota yang layak komponen PKH" },
        { "PKH dengan balita", () => { var k = Keluarga("1809011503200017", Orang("1809011203850001"), Orang("1809011001240004", HubunganKeluarga.Anak, StatusPerkawinan.BelumKawin)); k.Program = ProgramBantuan.Pkh; return [k]; }, 0, "" },
        { "PBI-JK tanpa ibu kandung", () => { var a = Orang("1809011203850001"); a.Program = ProgramBantuan.PbiJk; return [Keluarga("1809011503200017", a)]; }, 16, "Hermawan penerima PBI-JK tetapi nama ibu kandung kosong" },
        { "PBI-JK dengan ibu kandung", () => { var a = Orang("1809011203850001"); a.Program = ProgramBantuan.PbiJk; a.NamaIbuKandung = "Sumiati"; return [Keluarga("1809011503200017", a)]; }, 0, "" },
        { "KK ganda", () => [Keluarga("1809011503200017", Orang("1809011203850001")), Keluarga("1809011503200017", Orang("1809011506900003"))], 17, "Nomor KK 1809011503200017 tercatat 2 kali" },
    };

    [Fact]
    public void A_member_dead_in_dukcapil_but_still_active_is_flagged()
    {
        var hidup = Keluarga("1809011503200017", Orang("1809011203850001"), Orang("1809015506900002", HubunganKeluarga.IstriSuami, nama: "Siti Aminah"));
        var temuan = ValidasiDtks.MeninggalMenurutDukcapil([hidup], Dukcapil()).ToList();
        Assert.Equal("1809015506900002", Assert.Single(temuan).Nik);
        Assert.Contains("Siti Aminah tercatat meninggal di Dukcapil tetapi masih aktif", temuan[0].Pesan);
        hidup.Anggota[1].Keberadaan = StatusKeberadaan.Meninggal;
        Assert.Empty(ValidasiDtks.MeninggalMenurutDukcapil([hidup], Dukcapil()));
    }

    [Fact]
    public void The_pesawaran_kecamatan_of_kode_wilayah_are_those_of_the_seed_data()
    {
        var berkas = Path.Combine(DtksTraining.Tests.Shared.LocalizationCoverageTests.RepositoryRoot(), "seed-data", "wilayah.csv");
        var kecamatan = File.ReadLines(berkas).Skip(1).Select(l => l.Split(',')[0].Replace(".", "")).ToHashSet();
        Assert.Equal(kecamatan.Order(), KodeWilayah.KecamatanPesawaran.Order());
    }

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
