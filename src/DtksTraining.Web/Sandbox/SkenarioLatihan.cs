
namespace DtksTraining.Web.Sandbox;

public enum JenisAnomali
{
    NikGanda = 1, MeninggalMasihAktif, Pindah, PnsPenerimaPkh, PemilikMobilPenerimaPkh, TidakPadanNamaPanggilan,
    TidakPadanSatuHuruf, TidakPadanTanggalLahir, TidakPadanJenisKelamin, AnggotaHilang, BayiBaru, DataTidakLengkap, Menolak,
    KeluargaTidakTerdata, KesalahanPrelist,
}

public sealed record Anomali(JenisAnomali Jenis, string NoKk, string? Nik, string Keterangan, string Perbaikan);

public sealed record SandboxDesa(DataDesa Data, DukcapilTiruan Dukcapil, IReadOnlyList<Anomali> KunciJawaban);

// Plants the problems of DTKS §5 into a generated desa and keeps the answer key; Dukcapil keeps the truth.
public static class SkenarioLatihan
{
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
        return new SandboxDesa(data, dukcapil, kunci);
    }

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
