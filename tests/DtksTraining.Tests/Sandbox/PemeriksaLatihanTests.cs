using DtksTraining.Tests.Belajar;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Sandbox;

namespace DtksTraining.Tests.Sandbox;

public class PemeriksaLatihanTests
{
    private static readonly DateOnly HariIni = GeneratorDtksTests.HariIni;
    private static readonly Lazy<PustakaLatihan> Pustaka = new(() => PustakaLatihan.Load(FolderLatihan()));

    public static string FolderLatihan() => Path.Combine(PustakaKontenTests.ContentFolder(), "exercises");

    public static TheoryData<string, int> SemuaLatihan()
    {
        var data = new TheoryData<string, int>();
        foreach (var l in Pustaka.Value.Semua)
        {
            data.Add(l.Id, 5);
            data.Add(l.Id, 77);
        }
        return data;
    }

    private static SandboxDesa Baru(int seed) => SkenarioLatihan.Buat(GeneratorDtksTests.Bagelen, seed, HariIni);

    private static Latihan Latihan(string id) => Pustaka.Value.Cari(id) ?? throw new InvalidOperationException(id);

    [Fact]
    public void Real_exercises_load_and_cover_every_row_of_the_fix_table()
    {
        var semua = Pustaka.Value.Semua;
        Assert.True(semua.Count >= 24, $"{semua.Count} latihan");
        foreach (var masalah in PustakaLatihan.MasalahDtks)
            Assert.Contains(semua, l => l.Masalah == masalah);
        Assert.Equal(semua.Count, semua.Select(l => l.Id).Distinct().Count());
        Assert.All(semua, l => Assert.NotEmpty(l.Cek));
    }

    [Fact]
    public void The_family_level_anomalies_are_exactly_those_without_a_nik()
    {
        var kunci = Baru(5).KunciJawaban;
        Assert.Equal(PustakaLatihan.TanpaNik.Order(), kunci.Where(a => a.Nik is null).Select(a => a.Jenis).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(SemuaLatihan))]
    public void A_fresh_sandbox_fails_and_its_brief_names_the_planted_target(string id, int seed)
    {
        var latihan = Latihan(id);
        var sandbox = Baru(seed);
        var sasaran = PemeriksaLatihan.Sasaran(latihan, sandbox);

        var ringkasan = PemeriksaLatihan.Ringkasan(latihan, sandbox);
        Assert.Contains(sasaran.NoKk, ringkasan);
        if (sasaran.Nik is not null) Assert.Contains(sasaran.Nik, ringkasan);
        Assert.DoesNotContain("{", ringkasan);

        var hasil = PemeriksaLatihan.Periksa(latihan, sandbox, sandbox.Data, []);
        Assert.False(hasil.Lulus);
        Assert.InRange(hasil.Skor, 0, 99);
        Assert.All(hasil.Gagal, c => Assert.False(string.IsNullOrWhiteSpace(c.Petunjuk)));
        Assert.All(hasil.Cek, c => Assert.DoesNotContain("{", c.Judul + c.Pesan + c.Petunjuk));
    }

    [Theory]
    [MemberData(nameof(SemuaLatihan))]
    public void The_correct_fix_passes_every_check(string id, int seed)
    {
        var latihan = Latihan(id);
        var sandbox = Baru(seed);
        var usulan = PerbaikanBenar(latihan, sandbox);

        var hasil = PemeriksaLatihan.Periksa(latihan, Baru(seed), sandbox.Data, usulan);

        Assert.True(hasil.Lulus, string.Join(" | ", hasil.Gagal.Select(c => $"{c.Judul}: {c.Rincian}")));
        Assert.Equal(100, hasil.Skor);
    }

    [Fact]
    public void A_wrong_reason_fails_the_proposal_check_and_names_it()
    {
        var latihan = Latihan("meninggal-anggota-keluarga");
        var sandbox = Baru(5);
        var s = PemeriksaLatihan.Sasaran(latihan, sandbox);
        Anggota(sandbox.Data, s).Keberadaan = StatusKeberadaan.Meninggal;
        UsulanTercatat[] usulan = [new(JenisUsulan.Nonaktif, StatusUsulan.Diajukan, s.NoKk, s.Nik, AlasanNonaktif.Pindah, true)];

        var hasil = PemeriksaLatihan.Periksa(latihan, Baru(5), sandbox.Data, usulan);

        var gagal = Assert.Single(hasil.Gagal);
        Assert.Equal(JenisCek.UsulanAda, gagal.Jenis);
        Assert.Contains("beralasan meninggal", gagal.Pesan);
        Assert.Contains(s.AnggotaAwal!.Nama, gagal.Pesan);
        Assert.Contains("Pindah", gagal.Rincian);
        Assert.Equal(66, hasil.Skor);
        Assert.False(hasil.Lulus);
    }

    [Fact]
    public void Partial_work_earns_partial_credit_and_a_draft_is_not_yet_submitted()
    {
        var latihan = Latihan("meninggal-kepala-keluarga");
        var sandbox = Baru(77);
        var s = PemeriksaLatihan.Sasaran(latihan, sandbox);
        Anggota(sandbox.Data, s).Keberadaan = StatusKeberadaan.Meninggal;
        UsulanTercatat[] draf = [new(JenisUsulan.Nonaktif, StatusUsulan.Draft, s.NoKk, s.Nik, AlasanNonaktif.Meninggal, false)];

        var hasil = PemeriksaLatihan.Periksa(latihan, Baru(77), sandbox.Data, draf);

        Assert.Equal([true, false, false, true], hasil.Cek.Select(c => c.Lulus));
        Assert.Equal(50, hasil.Skor);
        Assert.Contains("Draf", hasil.Cek[1].Rincian);
        Assert.Contains("kepala keluarga", hasil.Cek[2].Pesan);
    }

    [Fact]
    public void Names_are_compared_ignoring_case_and_spacing_but_one_wrong_letter_fails()
    {
        var latihan = Latihan("nik-tidak-padan-nama-panggilan");
        var sandbox = Baru(5);
        var s = PemeriksaLatihan.Sasaran(latihan, sandbox);
        var orang = Anggota(sandbox.Data, s);

        orang.Nama = "  " + s.Dukcapil!.Nama.ToLowerInvariant().Replace(" ", "   ") + " ";
        Assert.True(PemeriksaLatihan.Periksa(latihan, Baru(5), sandbox.Data, []).Lulus);

        orang.Nama = SkenarioLatihan.SatuHurufSalah(s.Dukcapil.Nama, new Random(1));
        var hasil = PemeriksaLatihan.Periksa(latihan, Baru(5), sandbox.Data, []);
        Assert.False(hasil.Cek[0].Lulus);
        Assert.Contains(orang.Nama, hasil.Cek[0].Rincian);
    }

    [Fact]
    public void Deactivating_the_record_Dukcapil_confirms_fails_the_duplicate_exercise()
    {
        var latihan = Latihan("data-ganda-nik-dua-kk");
        var sandbox = Baru(5);
        var s = PemeriksaLatihan.Sasaran(latihan, sandbox);
        UsulanTercatat[] salahKk = [new(JenisUsulan.Nonaktif, StatusUsulan.Diajukan, s.Dukcapil!.NoKk, s.Nik, AlasanNonaktif.Ganda, true)];

        var hasil = PemeriksaLatihan.Periksa(latihan, Baru(5), sandbox.Data, salahKk);

        Assert.Equal([true, false, false], hasil.Cek.Select(c => c.Lulus));
        Assert.Equal(33, hasil.Skor);
    }

    // A finding made to disappear the wrong way, or the right data on the wrong route: exactly these checks fail.
    public static TheoryData<string, string, JenisCek[]> PerbaikanSalah() => new()
    {
        { "konsistensi-pasangan-sejenis", "hubungan-diganti", [JenisCek.PadanDukcapil] },
        { "konsistensi-umur-kawin", "tanggal-lahir-dimundurkan", [JenisCek.PadanDukcapil] },
        { "konsistensi-umur-kawin", "dinonaktifkan", [JenisCek.NikAktifDiSatuKk] },
        { "konsistensi-ijazah-umur", "ijazah-dikosongkan", [JenisCek.FieldTerisi] },
        { "konsistensi-kode-wilayah-nik", "anggota-baru-ditambah", [JenisCek.TemuanHilang] },
        { "konsistensi-pkh-tanpa-komponen", "keluarga-dinonaktifkan", [JenisCek.TemuanHilang, JenisCek.UsulanTidakAda, JenisCek.NikAktifDiSatuKk] },
        { "konsistensi-meninggal-menurut-dukcapil", "hanya-keberadaan", [JenisCek.UsulanAda] },
        { "konsistensi-kk-ganda", "kk-salah-dinonaktifkan", [JenisCek.KeluargaAda, JenisCek.AnggotaSesuaiKk] },
        { "sanggah-cek-bansos", "belum-diajukan", [JenisCek.UsulanAda] },
        { "pindah-masuk", "usulan-baru", [JenisCek.UsulanAda, JenisCek.UsulanTidakAda] },
    };

    [Theory]
    [MemberData(nameof(PerbaikanSalah))]
    public void A_wrong_fix_fails_the_check_that_names_it(string id, string salah, JenisCek[] gagal)
    {
        var latihan = Latihan(id);
        var sandbox = Baru(77);
        var s = PemeriksaLatihan.Sasaran(latihan, sandbox);
        var data = sandbox.Data;
        List<UsulanTercatat> usulan = [];
        switch (salah)
        {
            case "hubungan-diganti":
                Anggota(data, s).Hubungan = HubunganKeluarga.Lainnya;
                break;
            case "tanggal-lahir-dimundurkan":
                Anggota(data, s).TanggalLahir = Anggota(data, s).TanggalLahir.AddYears(-5);
                break;
            case "dinonaktifkan":
                Anggota(data, s).Aktif = false;
                break;
            case "ijazah-dikosongkan":
                Anggota(data, s).Ijazah = null;
                break;
            case "anggota-baru-ditambah":
                data.Keluarga.Single(k => k.NoKk == s.NoKk).Anggota.Add(new AnggotaKeluarga
                {
                    Nik = s.Nik!, Nama = s.Dukcapil!.Nama, TanggalLahir = s.Dukcapil.TanggalLahir, JenisKelamin = s.Dukcapil.JenisKelamin,
                    Hubungan = HubunganKeluarga.Lainnya, Keberadaan = StatusKeberadaan.AnggotaBaru,
                });
                break;
            case "keluarga-dinonaktifkan":
                foreach (var a in data.Keluarga.Single(k => k.NoKk == s.NoKk).Anggota) a.Aktif = false;
                usulan.Add(new(JenisUsulan.Nonaktif, StatusUsulan.Diajukan, s.NoKk, null, AlasanNonaktif.SudahMampu, true));
                break;
            case "hanya-keberadaan":
                Anggota(data, s).Keberadaan = StatusKeberadaan.Meninggal;
                break;
            case "kk-salah-dinonaktifkan":
                foreach (var a in data.Keluarga.Single(k => k.Anggota.Any(a => a.Nik == s.Nik)).Anggota) a.Aktif = false;
                break;
            case "belum-diajukan":
                Anggota(data, s).Pekerjaan = StatusPekerjaan.PekerjaBebasPertanian;
                usulan.Add(new(JenisUsulan.PerbaikanData, StatusUsulan.Draft, s.NoKk, s.Nik, null, false));
                break;
            case "usulan-baru":
                PerbaikanBenar(latihan, sandbox);
                usulan.Add(new(JenisUsulan.UsulanBaru, StatusUsulan.Diajukan, s.NoKk, s.Nik, null, true));
                break;
        }

        var hasil = PemeriksaLatihan.Periksa(latihan, Baru(77), data, usulan);

        Assert.Equal(gagal, hasil.Gagal.Select(c => c.Jenis));
        Assert.All(hasil.Gagal, c => Assert.False(string.IsNullOrWhiteSpace(c.Petunjuk)));
    }

    [Fact]
    public void A_consistency_check_needs_its_rule_number()
    {
        var masalah = new List<MasalahKonten>();
        var teks = File.ReadAllText(Path.Combine(FolderLatihan(), "konsistensi-umur-kawin.yaml")).Replace("    aturan: 10\n", "");

        Assert.Null(PustakaLatihan.BacaLatihan(teks, "exercises/konsistensi-umur-kawin.yaml", "konsistensi-umur-kawin", masalah));
        Assert.Contains(masalah, m => m.Pesan.Contains("'aturan'") && m.Pesan.Contains("wajib"));
    }

    [Fact]
    public void Invalid_exercise_files_are_refused_with_file_and_line()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dtks-latihan", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "contoh.yaml"), """
            id: contoh
            title: Contoh
            order: 1
            problem: menolak
            anomaly: menolak
            brief: "Keluarga {kepala} di KK {nokk}, anggota {nama}, {tidak_ada}."
            checks:
              - check: anggota_keberadaan
                keberadaan: meninggal
                title: "t"
                message: "m"
                hint: "h"
              - check: usulan_ada
                jenis: nonaktif
                alasan: bosan
                title: "t"
                message: "m"
                hint: "h"
              - check: terbang
                title: "t"
                message: "m"
                hint: "h"
            """);
        File.WriteAllText(Path.Combine(folder, "lain.yaml"), "id: bukan-lain\ntitle: [tidak ditutup\n");
        File.WriteAllText(Path.Combine(folder, "kosong.yaml"), "id: kosong\ntitle: Kosong\norder: 1\nproblem: hilang\nanomaly: menolak\nbrief: b\nchecks: []\n");

        var e = Assert.Throws<KontenTidakSahException>(() => PustakaLatihan.Load(folder));

        var pesan = e.Masalah.Select(m => m.ToString()).ToList();
        Assert.Contains(pesan, m => m.StartsWith("exercises/contoh.yaml, baris 6:") && m.Contains("{nama}") && m.Contains("perlu NIK"));
        Assert.Contains(pesan, m => m.StartsWith("exercises/contoh.yaml, baris 6:") && m.Contains("{tidak_ada}") && m.Contains("tidak dikenal"));
        Assert.Contains(pesan, m => m.StartsWith("exercises/contoh.yaml, baris 8:") && m.Contains("perlu NIK"));
        Assert.Contains(pesan, m => m.StartsWith("exercises/contoh.yaml, baris 15:") && m.Contains("'bosan'") && m.Contains("sudah_mampu"));
        Assert.Contains(pesan, m => m.StartsWith("exercises/contoh.yaml, baris 19:") && m.Contains("'terbang'"));
        Assert.Contains(pesan, m => m.StartsWith("exercises/lain.yaml, baris ") && m.Contains("YAML tidak bisa dibaca"));
        Assert.Contains(pesan, m => m.StartsWith("exercises/kosong.yaml") && m.Contains("'problem'") && m.Contains("'hilang'"));
        Assert.Contains(pesan, m => m.StartsWith("exercises/kosong.yaml") && m.Contains("'checks'"));
    }

    private static AnggotaKeluarga Anggota(DataDesa data, SasaranLatihan s) =>
        data.Keluarga.Single(k => k.NoKk == s.NoKk).Anggota.Single(a => a.Nik == s.Nik);

    // What a careful operator does for each planted problem (DTKS.md §5), applied in memory.
    private static List<UsulanTercatat> PerbaikanBenar(Latihan latihan, SandboxDesa sandbox)
    {
        var s = PemeriksaLatihan.Sasaran(latihan, sandbox);
        var data = sandbox.Data;
        var asli = s.Dukcapil;
        UsulanTercatat Nonaktif(AlasanNonaktif alasan, string? nik) => new(JenisUsulan.Nonaktif, StatusUsulan.Diajukan, s.NoKk, nik, alasan, true);
        switch (latihan.Anomali)
        {
            case JenisAnomali.TidakPadanNamaPanggilan or JenisAnomali.TidakPadanSatuHuruf or JenisAnomali.TidakPadanTanggalLahir
                or JenisAnomali.TidakPadanJenisKelamin:
                var orang = Anggota(data, s);
                orang.Nama = asli!.Nama.ToUpperInvariant();
                orang.TanggalLahir = asli.TanggalLahir;
                orang.JenisKelamin = asli.JenisKelamin;
                return [new(JenisUsulan.PerbaikanData, StatusUsulan.Diajukan, s.NoKk, s.Nik, null, false)];
            case JenisAnomali.NikGanda:
                return [Nonaktif(AlasanNonaktif.Ganda, s.Nik)];
            case JenisAnomali.MeninggalMasihAktif:
            {
                var meninggal = Anggota(data, s);
                meninggal.Keberadaan = StatusKeberadaan.Meninggal;
                if (meninggal.Hubungan == HubunganKeluarga.KepalaKeluarga)
                {
                    var k = data.Keluarga.Single(k => k.NoKk == s.NoKk);
                    k.Anggota.First(a => a != meninggal).Hubungan = HubunganKeluarga.KepalaKeluarga;
                    meninggal.Hubungan = HubunganKeluarga.Lainnya;
                }
                return [Nonaktif(AlasanNonaktif.Meninggal, s.Nik)];
            }
            case JenisAnomali.Pindah:
                Anggota(data, s).Keberadaan = StatusKeberadaan.Pindah;
                return [Nonaktif(AlasanNonaktif.Pindah, s.Nik)];
            case JenisAnomali.PnsPenerimaPkh or JenisAnomali.PemilikMobilPenerimaPkh:
                return [Nonaktif(AlasanNonaktif.SudahMampu, null)];
            case JenisAnomali.Menolak:
                return [Nonaktif(AlasanNonaktif.Menolak, null)];
            case JenisAnomali.KeluargaTidakTerdata or JenisAnomali.PindahMasuk:
            {
                var rt = new RumahTangga { IdRumahTangga = "RT-BARU" };
                var k = new Keluarga { NoKk = s.NoKk, RumahTangga = rt, DesaKode = data.Desa.Kode, Alamat = "Dusun Baru" };
                foreach (var i in sandbox.Dukcapil.Semua.Where(i => i.NoKk == s.NoKk))
                    k.Anggota.Add(new AnggotaKeluarga
                    {
                        Nik = i.Nik, Nama = i.Nama, TanggalLahir = i.TanggalLahir, JenisKelamin = i.JenisKelamin,
                        Hubungan = i.Nik == s.Nik ? HubunganKeluarga.KepalaKeluarga : HubunganKeluarga.Anak,
                    });
                rt.Keluarga.Add(k);
                data.RumahTangga.Add(rt);
                var jenis = latihan.Anomali == JenisAnomali.PindahMasuk ? JenisUsulan.PindahMasuk : JenisUsulan.UsulanBaru;
                return [new(jenis, StatusUsulan.DiverifikasiDinsos, s.NoKk, s.Nik, null, true)];
            }
            case JenisAnomali.AnggotaHilang or JenisAnomali.BayiBaru:
                data.Keluarga.Single(k => k.NoKk == s.NoKk).Anggota.Add(new AnggotaKeluarga
                {
                    Nik = asli!.Nik, Nama = asli.Nama, TanggalLahir = asli.TanggalLahir, JenisKelamin = asli.JenisKelamin,
                    Hubungan = HubunganKeluarga.Anak, Keberadaan = StatusKeberadaan.AnggotaBaru,
                });
                return [new(JenisUsulan.AnggotaBaru, StatusUsulan.Diajukan, s.NoKk, s.Nik, null, true)];
            case JenisAnomali.DataTidakLengkap:
                var kurang = Anggota(data, s);
                kurang.NamaIbuKandung = "Sumiati";
                kurang.Ijazah = Ijazah.Sd;
                return [];
            case JenisAnomali.KesalahanPrelist:
                Anggota(data, s).Keberadaan = StatusKeberadaan.KesalahanPrelist;
                return [];
            case JenisAnomali.PasanganSejenis:
                Anggota(data, s).JenisKelamin = asli!.JenisKelamin;
                return [];
            case JenisAnomali.SelisihUmurAnak:
                Anggota(data, s).TanggalLahir = asli!.TanggalLahir;
                return [];
            case JenisAnomali.UmurKawin:
                Anggota(data, s).StatusPerkawinan = StatusPerkawinan.BelumKawin;
                return [];
            case JenisAnomali.SekolahTidakSesuaiUmur:
                Anggota(data, s).Ijazah = Ijazah.Tidak;
                return [];
            case JenisAnomali.WilayahNikSalah:
                data.Keluarga.Single(k => k.NoKk == s.NoKk).Anggota.Single(a => KodeWilayah.PeriksaNik(a.Nik) is not null).Nik = s.Nik!;
                return [];
            case JenisAnomali.KkLuarKecamatan or JenisAnomali.KkGanda:
                var pindahKk = data.Keluarga.Single(k => k.Anggota.Any(a => a.Nik == s.Nik));
                pindahKk.NoKk = s.NoKk;
                return [new(JenisUsulan.PerbaikanData, StatusUsulan.Draft, s.NoKk, null, null, false)];
            case JenisAnomali.PkhTanpaKomponen:
                Anggota(data, s).PartisipasiSekolah = PartisipasiSekolah.MasihSekolah;
                return [];
            case JenisAnomali.MeninggalMenurutDukcapil:
                Anggota(data, s).Keberadaan = StatusKeberadaan.Meninggal;
                return [Nonaktif(AlasanNonaktif.Meninggal, s.Nik)];
            case JenisAnomali.IbuKandungPbiKosong:
                Anggota(data, s).NamaIbuKandung = "Sumiati";
                return [];
            case JenisAnomali.SanggahCekBansos:
                Anggota(data, s).Pekerjaan = StatusPekerjaan.PekerjaBebasPertanian;
                return [new(JenisUsulan.PerbaikanData, StatusUsulan.Diajukan, s.NoKk, s.Nik, null, true)];
            default:
                throw new InvalidOperationException(latihan.Anomali.ToString());
        }
    }
}
