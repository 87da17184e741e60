
namespace DtksTraining.Web.Sandbox;

public enum JenisAnomali
{
    NikGanda = 1, MeninggalMasihAktif, Pindah, PnsPenerimaPkh, PemilikMobilPenerimaPkh, TidakPadanNamaPanggilan,
    TidakPadanSatuHuruf, TidakPadanTanggalLahir, TidakPadanJenisKelamin, AnggotaHilang, BayiBaru, DataTidakLengkap, Menolak,
    KeluargaTidakTerdata, KesalahanPrelist,
    // One per consistency rule 8–17 of ValidasiDtks, then the DTSEN cases: a sanggah through Cek Bansos, a family moving in.
    PasanganSejenis, SelisihUmurAnak, UmurKawin, SekolahTidakSesuaiUmur, WilayahNikSalah, KkLuarKecamatan, PkhTanpaKomponen,
    MeninggalMenurutDukcapil, IbuKandungPbiKosong, KkGanda, SanggahCekBansos, PindahMasuk,
}

public sealed record Anomali(JenisAnomali Jenis, string NoKk, string? Nik, string Keterangan, string Perbaikan);

public sealed record SandboxDesa(DataDesa Data, DukcapilTiruan Dukcapil, IReadOnlyList<Anomali> KunciJawaban)
{
    // The scenario's date: ages in the answer key were planted as of this day.
    public DateOnly HariIni { get; init; }
}

// Plants the problems of DTKS §5 into a generated desa and keeps the answer key; Dukcapil keeps the truth.
public static class SkenarioLatihan
{
    private static readonly string[] AsalPindah =
    [
        "Desa Rejosari, Kec. Natar, Kab. Lampung Selatan", "Kel. Kemiling Permai, Kec. Kemiling, Kota Bandar Lampung",
        "Desa Bumi Agung, Kec. Kalirejo, Kab. Lampung Tengah", "Desa Sukoharjo I, Kec. Sukoharjo, Kab. Pringsewu",
    ];

    public static SandboxDesa Buat(DesaSumber desa, int seed, DateOnly hariIni, int jumlahKeluarga = 650)
    {
        var data = GeneratorDtks.BuatDesa(desa, seed, hariIni, jumlahKeluarga);
        var dukcapil = DukcapilTiruan.Dari(data);
        var acak = new Random(unchecked(seed * 31 + 7));
        var keluarga = data.Keluarga.ToList();
        var dipakai = new HashSet<Keluarga>();
        var kunci = new List<Anomali>();

        Keluarga Ambil(Func<Keluarga, bool> syarat)
        {
            for (var coba = 0; coba < keluarga.Count * 4; coba++)
            {
                var k = keluarga[acak.Next(keluarga.Count)];
                if (!dipakai.Contains(k) && syarat(k)) { dipakai.Add(k); return k; }
            }
            throw new InvalidOperationException("Desa terlalu kecil untuk skenario latihan.");
        }
        AnggotaKeluarga BukanKepala(Keluarga k) => k.Anggota.Where(a => a.Hubungan != HubunganKeluarga.KepalaKeluarga).OrderBy(_ => acak.Next()).First();
        AnggotaKeluarga Siapa(Keluarga k) => k.Anggota[acak.Next(k.Anggota.Count)];

        for (var i = 0; i < 3; i++)
        {
            var asal = Ambil(k => k.Anggota.Count >= 2);
            var orang = BukanKepala(asal);
            var tujuan = Ambil(k => k.Anggota.Count >= 1);
            tujuan.Anggota.Add(Salin(orang, HubunganKeluarga.Lainnya));
            kunci.Add(new Anomali(JenisAnomali.NikGanda, tujuan.NoKk, orang.Nik,
                $"{orang.Nama} tercatat di KK {asal.NoKk} dan KK {tujuan.NoKk}.",
                "Pertahankan satu catatan sesuai KK di Dukcapil, nonaktifkan yang lain dengan alasan \"ganda\"."));
        }
        for (var i = 0; i < 3; i++)
        {
            var k = Ambil(k => k.Anggota.Count >= 2);
            var orang = i == 0 ? k.Anggota[0] : BukanKepala(k);
            orang.Keberadaan = StatusKeberadaan.Meninggal;
            orang.Program |= ProgramBantuan.PbiJk;
            dukcapil.Simpan(dukcapil.Cari(orang.Nik)! with { Meninggal = true });
            kunci.Add(new Anomali(JenisAnomali.MeninggalMasihAktif, k.NoKk, orang.Nik,
                $"{orang.Nama} sudah meninggal tetapi masih aktif sebagai penerima bantuan{(i == 0 ? " dan masih kepala keluarga" : "")}.",
                i == 0 ? "Nonaktifkan dengan alasan \"meninggal\" dan tetapkan kepala keluarga baru." : "Nonaktifkan dengan alasan \"meninggal\"."));
        }
        for (var i = 0; i < 3; i++)
        {
            var k = Ambil(k => k.Anggota.Count >= 2);
            var orang = BukanKepala(k);
            dukcapil.Simpan(dukcapil.Cari(orang.Nik)! with { PindahKe = "Kec. Kemiling, Kota Bandar Lampung" });
            kunci.Add(new Anomali(JenisAnomali.Pindah, k.NoKk, orang.Nik,
                $"{orang.Nama} sudah pindah ke Kec. Kemiling, Kota Bandar Lampung menurut Dukcapil.",
                "Ubah keberadaan menjadi \"pindah\" dan nonaktifkan di desa ini."));
        }
        for (var i = 0; i < 2; i++)
        {
            var k = Ambil(k => k.Anggota.Any(a => a.Umur(hariIni) is >= 20 and < 58));
            var orang = k.Anggota.First(a => a.Umur(hariIni) is >= 20 and < 58);
            orang.Pekerjaan = StatusPekerjaan.PnsTniPolriBumnBumdLegislator;
            TandaiPkh(k);
            kunci.Add(new Anomali(JenisAnomali.PnsPenerimaPkh, k.NoKk, orang.Nik,
                $"{orang.Nama} bekerja sebagai PNS/TNI/Polri tetapi keluarganya penerima PKH.",
                "Usulkan nonaktif dengan alasan \"sudah mampu\" melalui musdes."));
        }
        for (var i = 0; i < 2; i++)
        {
            var k = Ambil(k => k.RumahTangga.Keluarga.Count == 1);
            k.RumahTangga.Aset |= Aset.Mobil;
            TandaiPkh(k);
            kunci.Add(new Anomali(JenisAnomali.PemilikMobilPenerimaPkh, k.NoKk, null,
                "Keluarga memiliki mobil tetapi masih penerima PKH.",
                "Usulkan nonaktif dengan alasan \"sudah mampu\" melalui musdes."));
        }
        {
            var k = Ambil(k => k.Anggota.Any(a => a.Nama.Split(' ')[0].Length >= 6));
            var orang = k.Anggota.First(a => a.Nama.Split(' ')[0].Length >= 6);
            var asli = orang.Nama;
            orang.Nama = NamaPanggilan(asli);
            kunci.Add(new Anomali(JenisAnomali.TidakPadanNamaPanggilan, k.NoKk, orang.Nik,
                $"Tertulis nama panggilan \"{orang.Nama}\", di Dukcapil \"{asli}\".",
                "Perbaiki nama persis seperti KTP/KK."));
        }
        {
            var k = Ambil(_ => true);
            var orang = Siapa(k);
            var asli = orang.Nama;
            orang.Nama = SatuHurufSalah(asli, acak);
            kunci.Add(new Anomali(JenisAnomali.TidakPadanSatuHuruf, k.NoKk, orang.Nik,
                $"Tertulis \"{orang.Nama}\", di Dukcapil \"{asli}\".", "Perbaiki nama persis seperti KTP/KK."));
        }
        {
            var k = Ambil(_ => true);
            var orang = Siapa(k);
            orang.TanggalLahir = orang.TanggalLahir.AddDays(acak.Next(2) == 0 ? -3 : 11);
            kunci.Add(new Anomali(JenisAnomali.TidakPadanTanggalLahir, k.NoKk, orang.Nik,
                $"Tanggal lahir {orang.Nama} tidak sama dengan NIK dan Dukcapil.", "Salin tanggal lahir persis dari KTP/KK."));
        }
        {
            var k = Ambil(_ => true);
            var orang = Siapa(k);
            orang.JenisKelamin = orang.JenisKelamin == JenisKelamin.LakiLaki ? JenisKelamin.Perempuan : JenisKelamin.LakiLaki;
            kunci.Add(new Anomali(JenisAnomali.TidakPadanJenisKelamin, k.NoKk, orang.Nik,
                $"Jenis kelamin {orang.Nama} tidak sama dengan NIK dan Dukcapil.", "Perbaiki jenis kelamin sesuai KTP/KK."));
        }
        {
            var k = Ambil(k => k.Anggota.Count >= 3);
            var orang = k.Anggota.Last();
            k.Anggota.Remove(orang);
            kunci.Add(new Anomali(JenisAnomali.AnggotaHilang, k.NoKk, orang.Nik,
                $"{orang.Nama} ada di KK menurut Dukcapil tetapi tidak tercatat di keluarga ini.",
                "Tambahkan dengan status keberadaan \"anggota baru\" sesuai KK."));
        }
        {
            var k = Ambil(k => k.Anggota.Any(a => a.Hubungan == HubunganKeluarga.IstriSuami && a.Umur(hariIni) <= 40));
            var ibu = k.Anggota.First(a => a.Hubungan == HubunganKeluarga.IstriSuami);
            var lahir = hariIni.AddDays(-acak.Next(20, 120));
            var jk = acak.Next(2) == 0 ? JenisKelamin.LakiLaki : JenisKelamin.Perempuan;
            var nik = Nik.Buat(k.NoKk[..6], lahir, jk, 9000 + acak.Next(999)).Teks;
            var nama = $"Bayi {ibu.Nama.Split(' ')[0]}";
            dukcapil.Simpan(new IdentitasDukcapil(nik, nama, lahir, jk, k.NoKk));
            kunci.Add(new Anomali(JenisAnomali.BayiBaru, k.NoKk, nik,
                $"Bayi {nama} lahir {lahir:dd-MM-yyyy} sudah ada di KK Dukcapil tetapi belum tercatat.",
                "Tambahkan dengan status keberadaan \"anggota baru\" dengan NIK dari KK."));
        }
        for (var i = 0; i < 2; i++)
        {
            var k = Ambil(_ => true);
            var orang = Siapa(k);
            orang.NamaIbuKandung = null;
            orang.Ijazah = null;
            kunci.Add(new Anomali(JenisAnomali.DataTidakLengkap, k.NoKk, orang.Nik,
                $"Nama ibu kandung dan ijazah {orang.Nama} kosong.", "Lengkapi saat verval."));
        }
        {
            var k = Ambil(_ => true);
            k.CatatanVerval = "Keluarga menolak didata saat kunjungan rumah.";
            kunci.Add(new Anomali(JenisAnomali.Menolak, k.NoKk, null, "Keluarga menolak didata.",
                "Nonaktifkan dengan alasan \"menolak\"."));
        }
        // Planted last so the earlier anomalies stay the same for a given seed.
        {
            var k = Ambil(k => k.RumahTangga.Keluarga.Count == 1 && k.Anggota.Count >= 2 && k.Kepala is not null);
            data.RumahTangga.Remove(k.RumahTangga);
            k.Program = ProgramBantuan.Tidak;
            foreach (var a in k.Anggota) a.Program = ProgramBantuan.Tidak;
            var kepala = k.Kepala!;
            kunci.Add(new Anomali(JenisAnomali.KeluargaTidakTerdata, k.NoKk, kepala.Nik,
                $"Keluarga {kepala.Nama} ({k.Anggota.Count} jiwa, {k.Alamat}) miskin tetapi belum terdaftar di DTKS.",
                "Usulkan sebagai keluarga baru melalui musdes dan verval, dengan data persis seperti KK."));
        }
        {
            var k = Ambil(k => k.Anggota.Count >= 2);
            var contoh = keluarga[acak.Next(keluarga.Count)].Anggota[0];
            var lahir = contoh.TanggalLahir.AddDays(acak.Next(30, 300));
            var nik = Nik.Buat(k.NoKk[..6], lahir, contoh.JenisKelamin, 8000 + acak.Next(999)).Teks;
            while (dukcapil.Cari(nik) is not null || data.Anggota.Any(a => a.Nik == nik))
                nik = Nik.Buat(k.NoKk[..6], lahir, contoh.JenisKelamin, 8000 + acak.Next(999)).Teks;
            var nama = $"{contoh.Nama.Split(' ')[0]} {k.Kepala?.Nama.Split(' ')[^1] ?? "Saputra"}";
            k.Anggota.Add(new AnggotaKeluarga
            {
                Nomor = data.Anggota.Max(a => a.Nomor) + 1, Nik = nik, Nama = nama, JenisKelamin = contoh.JenisKelamin,
                TanggalLahir = lahir, Hubungan = HubunganKeluarga.Lainnya, StatusPerkawinan = contoh.StatusPerkawinan,
                PartisipasiSekolah = PartisipasiSekolah.TidakSekolahLagi, Ijazah = contoh.Ijazah, Pekerjaan = contoh.Pekerjaan,
                NamaIbuKandung = contoh.NamaIbuKandung, Program = ProgramBantuan.PbiJk, TempatLahir = contoh.TempatLahir,
                Pendidikan = contoh.Pendidikan, LapanganUsaha = contoh.LapanganUsaha, JenisPekerjaan = contoh.JenisPekerjaan,
            });
            kunci.Add(new Anomali(JenisAnomali.KesalahanPrelist, k.NoKk, nik,
                $"{nama} tercatat di KK {k.NoKk}, tetapi menurut ketua RT tidak pernah tinggal di sana dan NIK-nya tidak terdaftar di Dukcapil.",
                "Ubah keberadaan menjadi \"kesalahan prelist\" (ada di daftar kode DTKS; daftar DTSEN tidak memakainya)."));
        }

        // Planted after every earlier anomaly, so the targets above stay the same for a given seed. Rules 8–17 first.
        {
            var k = Ambil(k => k.Kepala is { } kepala && k.Anggota.Any(a => a.Hubungan == HubunganKeluarga.IstriSuami && a.JenisKelamin != kepala.JenisKelamin));
            var orang = k.Anggota.First(a => a.Hubungan == HubunganKeluarga.IstriSuami);
            var asli = orang.JenisKelamin;
            orang.JenisKelamin = k.Kepala!.JenisKelamin;
            kunci.Add(new Anomali(JenisAnomali.PasanganSejenis, k.NoKk, orang.Nik,
                $"{orang.Nama}, istri/suami kepala keluarga, tercatat {orang.JenisKelamin.Teks().ToLowerInvariant()} seperti kepala keluarganya; menurut KTP/KK ia {asli.Teks().ToLowerInvariant()}.",
                "Perbaiki jenis kelamin sesuai KTP/KK."));
        }
        {
            var k = Ambil(k => k.Anggota.Any(a => a.Hubungan == HubunganKeluarga.Anak)
                && k.Anggota.Any(a => a.Hubungan is HubunganKeluarga.KepalaKeluarga or HubunganKeluarga.IstriSuami));
            var anak = k.Anggota.First(a => a.Hubungan == HubunganKeluarga.Anak);
            var asli = anak.TanggalLahir;
            var termuda = k.Anggota.Where(a => a.Hubungan is HubunganKeluarga.KepalaKeluarga or HubunganKeluarga.IstriSuami).Max(a => a.TanggalLahir);
            anak.TanggalLahir = termuda.AddYears(10 + acak.Next(4)).AddDays(acak.Next(1, 200));
            kunci.Add(new Anomali(JenisAnomali.SelisihUmurAnak, k.NoKk, anak.Nik,
                $"Tanggal lahir {anak.Nama} tercatat {anak.TanggalLahir:dd-MM-yyyy}, kurang dari 15 tahun sesudah orang tuanya; menurut KTP/KK {asli:dd-MM-yyyy}.",
                "Salin tanggal lahir persis dari KTP/KK."));
        }
        {
            var k = Ambil(k => k.Anggota.Any(a => a.Hubungan == HubunganKeluarga.Anak && a.Umur(hariIni) is >= 15 and <= 17));
            var anak = k.Anggota.First(a => a.Hubungan == HubunganKeluarga.Anak && a.Umur(hariIni) is >= 15 and <= 17);
            anak.StatusPerkawinan = StatusPerkawinan.Kawin;
            kunci.Add(new Anomali(JenisAnomali.UmurKawin, k.NoKk, anak.Nik,
                $"{anak.Nama} ({anak.Umur(hariIni)} tahun) tercatat kawin; menurut KK ia belum kawin dan tidak ada dispensasi kawin.",
                "Perbaiki status perkawinan menjadi belum kawin sesuai KK."));
        }
        {
            var k = Ambil(k => k.Anggota.Any(a => a.Umur(hariIni) is >= 8 and <= 12));
            var anak = k.Anggota.First(a => a.Umur(hariIni) is >= 8 and <= 12);
            anak.Ijazah = Ijazah.Sma;
            kunci.Add(new Anomali(JenisAnomali.SekolahTidakSesuaiUmur, k.NoKk, anak.Nik,
                $"{anak.Nama} ({anak.Umur(hariIni)} tahun, masih SD) tercatat berijazah SMA.",
                "Perbaiki ijazah tertinggi: belum punya ijazah."));
        }
        {
            var k = Ambil(k => k.Anggota.Any(a => a.Nik.StartsWith(KodeWilayah.KabupatenPesawaran, StringComparison.Ordinal)));
            var orang = k.Anggota.First(a => a.Nik.StartsWith(KodeWilayah.KabupatenPesawaran, StringComparison.Ordinal));
            var benar = orang.Nik;
            orang.Nik = string.Concat(benar.AsSpan(0, 4), "12", benar.AsSpan(6));
            kunci.Add(new Anomali(JenisAnomali.WilayahNikSalah, k.NoKk, benar,
                $"NIK {orang.Nama} tercatat {orang.Nik}: kode kecamatan 12 tidak ada di Kabupaten Pesawaran. Menurut KTP/KK NIK-nya {benar}.",
                "Perbaiki NIK persis seperti KTP/KK."));
        }
        {
            var k = Ambil(k => k.Anggota.Count >= 2 && k.Kepala is not null);
            var benar = k.NoKk;
            k.NoKk = NoKk.Buat("317101", hariIni.AddYears(-8 - acak.Next(6)).AddDays(-acak.Next(365)), 1 + acak.Next(9999)).Teks;
            kunci.Add(new Anomali(JenisAnomali.KkLuarKecamatan, benar, k.Kepala!.Nik,
                $"Keluarga {k.Kepala.Nama} masih tercatat dengan KK lama {k.NoKk} dari Jakarta Pusat; sejak pindah ke desa ini KK-nya {benar}.",
                $"Perbaiki No KK menjadi {benar} sesuai KK terbaru."));
        }
        {
            var k = Ambil(k => KomponenPkh.Hitung(k.Anggota, hariIni) == 1 && k.Anggota.Any(a => SatuSatunyaKomponenSekolah(a, hariIni)));
            var anak = k.Anggota.First(a => SatuSatunyaKomponenSekolah(a, hariIni));
            anak.PartisipasiSekolah = PartisipasiSekolah.TidakSekolahLagi;
            TandaiPkh(k);
            k.CatatanVerval = $"Kunjungan verval: {anak.Nama} masih sekolah dan rapor semester ini ditunjukkan.";
            kunci.Add(new Anomali(JenisAnomali.PkhTanpaKomponen, k.NoKk, anak.Nik,
                $"Keluarga penerima PKH tanpa anggota yang layak komponen: {anak.Nama} tercatat tidak sekolah lagi, padahal menurut catatan verval masih sekolah.",
                "Perbaiki partisipasi sekolah menjadi masih sekolah."));
        }
        {
            var k = Ambil(k => k.Anggota.Count >= 2);
            var orang = BukanKepala(k);
            dukcapil.Simpan(dukcapil.Cari(orang.Nik)! with { Meninggal = true });
            kunci.Add(new Anomali(JenisAnomali.MeninggalMenurutDukcapil, k.NoKk, orang.Nik,
                $"Menurut Dukcapil {orang.Nama} sudah meninggal, tetapi di DTSEN masih tinggal di rumah tangga dan aktif.",
                "Pastikan ke keluarga, ubah keberadaan menjadi meninggal, lalu usulkan nonaktif beralasan meninggal."));
        }
        {
            var k = Ambil(k => k.Anggota.Any(a => a.Program.HasFlag(ProgramBantuan.PbiJk) && !string.IsNullOrWhiteSpace(a.NamaIbuKandung)));
            var orang = k.Anggota.First(a => a.Program.HasFlag(ProgramBantuan.PbiJk) && !string.IsNullOrWhiteSpace(a.NamaIbuKandung));
            var ibu = orang.NamaIbuKandung;
            orang.NamaIbuKandung = null;
            kunci.Add(new Anomali(JenisAnomali.IbuKandungPbiKosong, k.NoKk, orang.Nik,
                $"{orang.Nama} penerima PBI-JK tetapi nama ibu kandungnya kosong; menurut dokumennya nama ibu kandung {ibu}.",
                $"Isi nama ibu kandung: {ibu}."));
        }
        {
            var lain = Ambil(k => k.Kepala is not null);
            var k = Ambil(k => k.Anggota.Count >= 2 && k.Kepala is not null);
            var benar = k.NoKk;
            k.NoKk = lain.NoKk;
            kunci.Add(new Anomali(JenisAnomali.KkGanda, benar, k.Kepala!.Nik,
                $"Keluarga {k.Kepala.Nama} tercatat dengan No KK {lain.NoKk}, nomor KK keluarga {lain.Kepala!.Nama}; KK-nya sendiri {benar}.",
                $"Perbaiki No KK keluarga {k.Kepala.Nama} menjadi {benar} sesuai KK."));
        }
        {
            bool BukanPns(AnggotaKeluarga a) => a.Pekerjaan is { } p && p != StatusPekerjaan.PnsTniPolriBumnBumdLegislator && a.Umur(hariIni) is >= 25 and < 58;
            // No car: the family's only inclusion flag is the wrong PNS entry the citizen disputes.
            var k = Ambil(k => !k.RumahTangga.Aset.HasFlag(Aset.Mobil) && k.Anggota.Any(BukanPns));
            var orang = k.Anggota.First(BukanPns);
            var asli = orang.Pekerjaan!.Value;
            orang.Pekerjaan = StatusPekerjaan.PnsTniPolriBumnBumdLegislator;
            k.Program = ProgramBantuan.Tidak;
            foreach (var a in k.Anggota) a.Program = ProgramBantuan.Tidak;
            k.CatatanVerval = $"Kunjungan verval: {orang.Nama} bekerja sebagai {asli.Teks().ToLowerInvariant()}; tidak ada anggota keluarga yang PNS/TNI/Polri.";
            // Keterangan holds the citizen's words: the sandbox shows them as the incoming sanggah.
            kunci.Add(new Anomali(JenisAnomali.SanggahCekBansos, k.NoKk, orang.Nik,
                $"Saya bukan PNS, pekerjaan saya {asli.Teks().ToLowerInvariant()}. Di Cek Bansos keluarga kami tertulis tidak lagi menerima bantuan. Mohon data kami diperiksa.",
                "Cocokkan dengan catatan verval, perbaiki status pekerjaan, bahas di musdes, lalu ajukan perbaikan data dengan berita acara."));
        }
        {
            var k = Ambil(k => k.RumahTangga.Keluarga.Count == 1 && k.Anggota.Count >= 2 && k.Kepala is not null);
            data.RumahTangga.Remove(k.RumahTangga);
            var kepala = k.Kepala!;
            kunci.Add(new Anomali(JenisAnomali.PindahMasuk, k.NoKk, kepala.Nik,
                $"Keluarga {kepala.Nama} ({k.Anggota.Count} jiwa) pindah dari {AsalPindah[acak.Next(AsalPindah.Length)]} dan kini tinggal di {k.Alamat}. Di desa asal mereka sudah terdaftar di DTSEN.",
                "Catat sebagai pindah masuk (pembaruan data DTSEN) dengan KK barunya, bukan usulan baru."));
        }
        return new SandboxDesa(data, dukcapil, kunci) { HariIni = hariIni };
    }

    // A school child who is the family's only PKH component: marking them out of school leaves the family with none.
    private static bool SatuSatunyaKomponenSekolah(AnggotaKeluarga a, DateOnly hariIni) =>
        a.PartisipasiSekolah == PartisipasiSekolah.MasihSekolah && a.Umur(hariIni) is >= 7 and <= 18
        && a.StatusHamil != StatusHamil.Ya && a.Disabilitas == Disabilitas.Tidak;

    private static void TandaiPkh(Keluarga k)
    {
        k.Program |= ProgramBantuan.Pkh | ProgramBantuan.Kks;
        foreach (var a in k.Anggota) a.Program |= ProgramBantuan.Pkh | ProgramBantuan.Kks;
    }

    private static AnggotaKeluarga Salin(AnggotaKeluarga a, HubunganKeluarga hubungan) => new()
    {
        Nomor = a.Nomor, Nik = a.Nik, Nama = a.Nama, JenisKelamin = a.JenisKelamin, TanggalLahir = a.TanggalLahir,
        Hubungan = hubungan, StatusPerkawinan = a.StatusPerkawinan, StatusHamil = a.StatusHamil, Disabilitas = a.Disabilitas,
        PenyakitKronis = a.PenyakitKronis, PartisipasiSekolah = a.PartisipasiSekolah, Ijazah = a.Ijazah, Pekerjaan = a.Pekerjaan,
        Program = a.Program, NamaIbuKandung = a.NamaIbuKandung, KesulitanFungsi = a.KesulitanFungsi, TingkatKesulitan = a.TingkatKesulitan,
        TempatLahir = a.TempatLahir, Pendidikan = a.Pendidikan, LapanganUsaha = a.LapanganUsaha, JenisPekerjaan = a.JenisPekerjaan,
    };

    // "Hermawan" → "Wawan": the last syllable doubled, the way Javanese nicknames often form.
    public static string NamaPanggilan(string nama)
    {
        var depan = nama.Split(' ')[0];
        var ujung = depan[^3..].ToLowerInvariant();
        if ("aiueo".Contains(ujung[0])) ujung = depan[^4..].ToLowerInvariant();
        return char.ToUpperInvariant(ujung[0]) + ujung[1..2] + ujung;
    }

    public static string SatuHurufSalah(string nama, Random acak)
    {
        var posisi = Enumerable.Range(1, nama.Length - 1).Where(i => char.IsLower(nama[i])).ToArray();
        var i = posisi[acak.Next(posisi.Length)];
        var ganti = nama[i] == 'a' ? 'e' : nama[i] == 'i' ? 'y' : 'a';
        return string.Concat(nama.AsSpan(0, i), ganti.ToString(), nama.AsSpan(i + 1));
    }
}
