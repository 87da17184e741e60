using System.ComponentModel.DataAnnotations;
using DtksTraining.Tests.Belajar;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Sandbox;

namespace DtksTraining.Tests.Sandbox;

// Sandbox:DaftarKode: stored values keep their meaning, the active list gives the number and label.
public class DaftarKodeTests
{
    private static readonly DateOnly HariIni = GeneratorDtksTests.HariIni;

    [Theory]
    [InlineData(VersiKode.Dtks, StatusKeberadaan.TinggalDiRumahTangga, 1)]
    [InlineData(VersiKode.Dtks, StatusKeberadaan.Meninggal, 2)]
    [InlineData(VersiKode.Dtks, StatusKeberadaan.Pindah, 3)]
    [InlineData(VersiKode.Dtks, StatusKeberadaan.AnggotaBaru, 4)]
    [InlineData(VersiKode.Dtks, StatusKeberadaan.KesalahanPrelist, 5)]
    [InlineData(VersiKode.Dtks, StatusKeberadaan.TidakDitemukan, 6)]
    [InlineData(VersiKode.Dtks, StatusKeberadaan.PindahLuarNegeri, null)]
    [InlineData(VersiKode.Dtsen, StatusKeberadaan.TinggalDiRumahTangga, 1)]
    [InlineData(VersiKode.Dtsen, StatusKeberadaan.Meninggal, 2)]
    [InlineData(VersiKode.Dtsen, StatusKeberadaan.Pindah, 3)]
    [InlineData(VersiKode.Dtsen, StatusKeberadaan.PindahLuarNegeri, 4)]
    [InlineData(VersiKode.Dtsen, StatusKeberadaan.AnggotaBaru, 5)]
    [InlineData(VersiKode.Dtsen, StatusKeberadaan.TidakDitemukan, 6)]
    [InlineData(VersiKode.Dtsen, StatusKeberadaan.KesalahanPrelist, null)]
    public void Each_list_numbers_the_statuses_it_has(VersiKode versi, StatusKeberadaan arti, int? kode)
    {
        var daftar = DaftarKode.Untuk(versi);
        Assert.Equal(kode, daftar.Cari(arti)?.Kode);
        Assert.Equal(kode is not null, daftar.Berlaku(arti));
        if (kode is { } k) Assert.Equal(arti, daftar.DariKode(k));
        else Assert.Contains($"tidak ada di daftar {daftar.Nama}", daftar.Teks(arti));
    }

    [Fact]
    public void Each_list_has_six_distinct_codes_and_the_stored_values_are_never_renumbered()
    {
        foreach (var daftar in new[] { DaftarKode.Dtks, DaftarKode.Dtsen })
        {
            Assert.Equal([1, 2, 3, 4, 5, 6], daftar.Keberadaan.Select(k => k.Kode));
            Assert.Equal(6, daftar.Keberadaan.Select(k => k.Arti).Distinct().Count());
        }
        Assert.Equal(4, (int)StatusKeberadaan.AnggotaBaru);
        Assert.Equal(5, (int)StatusKeberadaan.KesalahanPrelist);
        Assert.Equal(7, (int)StatusKeberadaan.PindahLuarNegeri);
    }

    [Theory]
    [InlineData("Dtsen", true, VersiKode.Dtsen)]
    [InlineData("dtks", true, VersiKode.Dtks)]
    [InlineData("DTKS", true, VersiKode.Dtks)]
    [InlineData("Bdt", false, VersiKode.Dtsen)]
    [InlineData("", false, VersiKode.Dtsen)]
    [InlineData("Dtks ", false, VersiKode.Dtsen)]
    public void The_option_accepts_only_the_two_lists(string nilai, bool sah, VersiKode versi)
    {
        var options = new SandboxOptions { DaftarKode = nilai };
        var galat = new List<ValidationResult>();
        Assert.Equal(sah, Validator.TryValidateObject(options, new ValidationContext(options), galat, validateAllProperties: true));
        if (sah) Assert.Equal(versi, options.Versi);
        else Assert.Contains(galat, g => g.ErrorMessage!.Contains("Sandbox:DaftarKode") && g.ErrorMessage.Contains("Dtsen atau Dtks"));
    }

    [Theory]
    [InlineData(VersiKode.Dtks, 49, false)]
    [InlineData(VersiKode.Dtks, 50, true)]
    [InlineData(VersiKode.Dtks, 54, true)]
    [InlineData(VersiKode.Dtsen, 49, false)]
    [InlineData(VersiKode.Dtsen, 50, false)]
    [InlineData(VersiKode.Dtsen, 54, false)]
    [InlineData(VersiKode.Dtsen, 55, true)]
    [InlineData(VersiKode.Dtks, 9, true)]
    [InlineData(VersiKode.Dtsen, 9, true)]
    [InlineData(VersiKode.Dtsen, 10, false)]
    public void Pregnancy_is_asked_within_the_active_lists_age_range(VersiKode versi, int umur, bool temuan)
    {
        var daftar = DaftarKode.Untuk(versi);
        var lahir = HariIni.AddYears(-umur).AddDays(-10);
        var ibu = new AnggotaKeluarga
        {
            Nik = Nik.Buat("180901", lahir, JenisKelamin.Perempuan, 1).Teks, Nama = "Siti Aminah", JenisKelamin = JenisKelamin.Perempuan,
            TanggalLahir = lahir, Hubungan = HubunganKeluarga.KepalaKeluarga, StatusPerkawinan = StatusPerkawinan.CeraiMati,
            StatusHamil = StatusHamil.Ya,
        };
        var k = new Keluarga
        {
            NoKk = "1809011503200017", DesaKode = "18.09.01.2007", Alamat = "Dusun Krajan", RumahTangga = new RumahTangga { IdRumahTangga = "1" },
        };
        k.Anggota.Add(ibu);
        k.RumahTangga.Keluarga.Add(k);

        var hasil = ValidasiDtks.PeriksaKeluarga(k, HariIni, daftar).Where(t => t.Aturan == 6).ToList();

        if (!temuan) Assert.Empty(hasil);
        else Assert.Contains(hasil, t => t.Pesan.Contains($"umur 10–{daftar.UmurHamilMaks} tahun menurut daftar kode {daftar.Nama} (umurnya {umur})"));
    }

    [Theory]
    [InlineData(Disabilitas.TunaDaksa, KesulitanFungsi.BerjalanNaikTangga | KesulitanFungsi.MenggunakanTangan)]
    [InlineData(Disabilitas.TunaNetra, KesulitanFungsi.Melihat)]
    [InlineData(Disabilitas.TunaRungu, KesulitanFungsi.Mendengar)]
    [InlineData(Disabilitas.TunaWicara, KesulitanFungsi.Berkomunikasi)]
    [InlineData(Disabilitas.RunguWicara, KesulitanFungsi.Mendengar | KesulitanFungsi.Berkomunikasi)]
    [InlineData(Disabilitas.NetraDaksa, KesulitanFungsi.Melihat | KesulitanFungsi.BerjalanNaikTangga | KesulitanFungsi.MenggunakanTangan)]
    [InlineData(Disabilitas.MentalRetardasi, KesulitanFungsi.MengingatBerkonsentrasi | KesulitanFungsi.MengurusDiri)]
    [InlineData(Disabilitas.MantanSakitJiwa, KesulitanFungsi.PerilakuEmosi)]
    [InlineData(Disabilitas.Tidak, KesulitanFungsi.Tidak)]
    public void A_tuna_code_maps_to_functional_difficulty(Disabilitas tuna, KesulitanFungsi fungsi)
    {
        Assert.Equal(fungsi, PetaDisabilitas.Fungsi(tuna));
        Assert.Equal(tuna == Disabilitas.Tidak ? TingkatKesulitan.TidakAda : TingkatKesulitan.Banyak, PetaDisabilitas.Tingkat(tuna));
    }

    [Fact]
    public void Every_tuna_code_comes_back_from_its_functional_difficulty_so_both_columns_agree()
    {
        foreach (var tuna in Enum.GetValues<Disabilitas>())
        {
            Assert.Equal(tuna, PetaDisabilitas.Tuna(PetaDisabilitas.Fungsi(tuna), PetaDisabilitas.Tingkat(tuna)));
            Assert.Equal(tuna, PetaDisabilitas.Tuna(PetaDisabilitas.Fungsi(tuna), TingkatKesulitan.SamaSekaliTidakBisa));
        }
    }

    [Theory]
    [InlineData(KesulitanFungsi.Melihat, TingkatKesulitan.Sedikit, Disabilitas.Tidak, false)]
    [InlineData(KesulitanFungsi.Melihat, TingkatKesulitan.Banyak, Disabilitas.TunaNetra, true)]
    [InlineData(KesulitanFungsi.MengurusDiri, TingkatKesulitan.SamaSekaliTidakBisa, Disabilitas.TunaDaksa, true)]
    [InlineData(KesulitanFungsi.Melihat | KesulitanFungsi.Mendengar, TingkatKesulitan.Banyak, Disabilitas.TunaNetra, true)]
    [InlineData(KesulitanFungsi.PerilakuEmosi | KesulitanFungsi.Melihat, TingkatKesulitan.Banyak, Disabilitas.FisikDanMental, true)]
    [InlineData(KesulitanFungsi.Tidak, TingkatKesulitan.TidakAda, Disabilitas.Tidak, false)]
    public void Only_a_severe_difficulty_is_a_disability_for_pkh(KesulitanFungsi fungsi, TingkatKesulitan tingkat, Disabilitas tuna, bool berat)
    {
        Assert.Equal(tuna, PetaDisabilitas.Tuna(fungsi, tingkat));
        Assert.Equal(berat, PetaDisabilitas.Berat(Disabilitas.Tidak, fungsi, tingkat));
        var anggota = new AnggotaKeluarga
        {
            Nik = "1809011503850001", Nama = "Hermawan", TanggalLahir = new(1985, 3, 15), KesulitanFungsi = fungsi, TingkatKesulitan = tingkat,
            Disabilitas = tuna, PartisipasiSekolah = PartisipasiSekolah.TidakSekolahLagi,
        };
        Assert.Equal(berat, KomponenPkh.Layak(anggota, HariIni));
    }

    [Theory]
    [InlineData(VersiKode.Dtsen, "Ubah menjadi {kode:anggota_baru}; bukan {kode:pindah_luar_negeri}.", "Ubah menjadi 5 (anggota baru); bukan 4 (pindah ke luar negeri).")]
    [InlineData(VersiKode.Dtks, "Ubah menjadi {kode:anggota_baru}; bukan {kode:kesalahan_prelist}.", "Ubah menjadi 4 (anggota baru); bukan 5 (kesalahan prelist).")]
    [InlineData(VersiKode.Dtks, "{kode:meninggal}, {kode:pindah}", "2 (meninggal), 3 (pindah)")]
    [InlineData(VersiKode.Dtsen, "{nama} tetap {nama}", "{nama} tetap {nama}")]
    public void Exercise_texts_name_the_active_lists_code(VersiKode versi, string teks, string hasil) =>
        Assert.Equal(hasil, PemeriksaLatihan.IsiKode(teks, DaftarKode.Untuk(versi)));

    [Fact]
    public void The_prelist_exercise_exists_only_under_dtks_and_the_others_under_both()
    {
        var semua = PustakaLatihan.Load(Path.Combine(PustakaKontenTests.ContentFolder(), "exercises"));
        var dtsen = semua.Untuk(VersiKode.Dtsen);
        var dtks = semua.Untuk(VersiKode.Dtks);

        Assert.Null(dtsen.Cari("kesalahan-prelist"));
        Assert.NotNull(dtks.Cari("kesalahan-prelist"));
        Assert.Equal(semua.Semua.Count, dtks.Semua.Count);
        Assert.Equal(semua.Semua.Count - semua.Semua.Count(l => l.DaftarKode == VersiKode.Dtks), dtsen.Semua.Count);
        // No exercise text writes a keberadaan number by hand any more.
        foreach (var berkas in Directory.GetFiles(Path.Combine(PustakaKontenTests.ContentFolder(), "exercises"), "*.yaml"))
            Assert.DoesNotMatch(@"keberadaan(nya)? (tetap |menjadi |adalah |sudah )?\d|\d \((anggota baru|meninggal|pindah|kesalahan prelist)\)", File.ReadAllText(berkas));
    }

    private const string Dasar = """
        id: contoh
        title: "Contoh"
        order: 50
        problem: prelist
        anomaly: kesalahan-prelist
        brief: "Ubah {nama} menjadi {kode:kesalahan_prelist}."
        checks:
          - check: anggota_keberadaan
            keberadaan: kesalahan_prelist
            title: "Keberadaan {kode:kesalahan_prelist}"
            message: "Belum."
            hint: "Pilih {kode:kesalahan_prelist}."
        """;

    [Theory]
    [InlineData("", "tidak ada di daftar kode DTSEN: batasi latihan ini dengan 'daftar_kode: dtks'")]
    [InlineData("daftar_kode: dtsen\n", "tidak ada di daftar kode DTSEN")]
    [InlineData("daftar_kode: bdt\n", "'daftar_kode' tidak mengenal 'bdt'")]
    [InlineData("daftar_kode: dtks\n", null)]
    public void The_library_checks_daftar_kode_against_the_codes_an_exercise_uses(string kunci, string? pesan)
    {
        var masalah = new List<MasalahKonten>();
        var latihan = PustakaLatihan.BacaLatihan(kunci + Dasar, "exercises/contoh.yaml", "contoh", masalah);
        if (pesan is null)
        {
            Assert.Empty(masalah);
            Assert.Equal(VersiKode.Dtks, latihan!.DaftarKode);
        }
        else
        {
            Assert.Null(latihan);
            Assert.Contains(masalah, m => m.Pesan.Contains(pesan));
        }
    }

    [Theory]
    [InlineData("{kode:terbang}", "Isian '{kode:terbang}' tidak dikenal")]
    [InlineData("Judul {nama}", "hanya boleh memakai isian {kode:…}")]
    public void A_title_takes_only_known_code_placeholders(string judul, string pesan)
    {
        var masalah = new List<MasalahKonten>();
        var teks = "daftar_kode: dtks\n" + Dasar.Replace("title: \"Contoh\"", $"title: \"{judul}\"");
        Assert.Null(PustakaLatihan.BacaLatihan(teks, "exercises/contoh.yaml", "contoh", masalah));
        Assert.Contains(masalah, m => m.Pesan.Contains(pesan));
    }
}
