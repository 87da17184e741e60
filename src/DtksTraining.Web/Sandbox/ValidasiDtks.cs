
namespace DtksTraining.Web.Sandbox;

public sealed record Temuan(int Aturan, string NoKk, string? Nik, string Pesan);

// The checks of DTKS §4, rules 1–7, as an operator learns them, and the consistency rules of issue #20 (8–17).
public static class ValidasiDtks
{
    public const int PasanganSejenis = 8, SelisihUmurAnak = 9, UmurKawin = 10, SekolahUmur = 11, WilayahNik = 12,
        KkLuarKecamatan = 13, PkhTanpaKomponen = 14, MeninggalDukcapil = 15, IbuKandungPbi = 16, KkGanda = 17;

    // Rules about one member that stop the form (besides 1, 2, 5 and 6); the rest are flags for the verifier.
    public static readonly IReadOnlySet<int> MenghentikanIsian = new HashSet<int> { PasanganSejenis, SelisihUmurAnak, SekolahUmur, WilayahNik };

    // `daftar` null: the default list (DTSEN), as Sandbox:DaftarKode is when not set.
    public static List<Temuan> Periksa(IEnumerable<Keluarga> semua, DateOnly hariIni, DaftarKode? daftar = null)
    {
        var keluarga = semua as IReadOnlyCollection<Keluarga> ?? [.. semua];
        var hasil = new List<Temuan>();
        foreach (var k in keluarga) hasil.AddRange(PeriksaKeluarga(k, hariIni, daftar));
        hasil.AddRange(NikGanda(keluarga));
        hasil.AddRange(NoKkGanda(keluarga));
        return hasil;
    }

    // Rule 15: the civil registry says the person died, yet the register keeps them active and present.
    public static IEnumerable<Temuan> MeninggalMenurutDukcapil(IEnumerable<Keluarga> keluarga, DukcapilTiruan dukcapil) =>
        from k in keluarga
        from a in k.Anggota
        where a.Aktif && a.Keberadaan != StatusKeberadaan.Meninggal && dukcapil.Cari(a.Nik)?.Meninggal == true
        select new Temuan(MeninggalDukcapil, k.NoKk, a.Nik,
            $"{a.Nama} tercatat meninggal di Dukcapil tetapi masih aktif di DTSEN: periksa ke keluarga, ubah keberadaan menjadi meninggal dan usulkan nonaktif.");

    public static List<Temuan> PeriksaKeluarga(Keluarga k, DateOnly hariIni, DaftarKode? daftar = null)
    {
        daftar ??= DaftarKode.Dtsen;
        var hasil = new List<Temuan>();
        foreach (var a in k.Anggota.Where(a => a.Aktif))
        {
            var galatNik = Nik.Periksa(a.Nik);
            if (galatNik is not null)
            {
                hasil.Add(new Temuan(1, k.NoKk, a.Nik, $"{a.Nama}: {galatNik}"));
            }
            else
            {
                var nik = Nik.Parse(a.Nik);
                if (nik.JenisKelamin != a.JenisKelamin)
                    hasil.Add(new Temuan(2, k.NoKk, a.Nik, $"{a.Nama}: jenis kelamin menurut NIK {nik.JenisKelamin.Teks()}, tercatat {a.JenisKelamin.Teks()}."));
                if (!nik.CocokTanggalLahir(a.TanggalLahir))
                    hasil.Add(new Temuan(2, k.NoKk, a.Nik, $"{a.Nama}: tanggal lahir menurut NIK {nik.HariLahir:00}-{nik.Bulan:00}-{nik.TahunDuaDigit:00}, tercatat {a.TanggalLahir:dd-MM-yyyy}."));
            }
            if (a.Keberadaan == StatusKeberadaan.Meninggal && (a.Program != ProgramBantuan.Tidak))
                hasil.Add(new Temuan(4, k.NoKk, a.Nik, $"{a.Nama} sudah meninggal tetapi masih tercatat penerima {a.Program.Teks()}."));
            if (a.StatusPerkawinan != StatusPerkawinan.Kawin && a.Hubungan == HubunganKeluarga.IstriSuami)
                hasil.Add(new Temuan(5, k.NoKk, a.Nik, $"{a.Nama} tercatat sebagai istri/suami tetapi statusnya {a.StatusPerkawinan.Teks()}."));
            if (a.StatusHamil == StatusHamil.Ya)
            {
                var umur = a.Umur(hariIni);
                if (a.JenisKelamin != JenisKelamin.Perempuan)
                    hasil.Add(new Temuan(6, k.NoKk, a.Nik, $"{a.Nama}: status hamil hanya untuk perempuan."));
                else if (!daftar.HamilBoleh(umur))
                    hasil.Add(new Temuan(6, k.NoKk, a.Nik, $"{a.Nama}: status hamil hanya untuk perempuan umur {daftar.RentangUmurHamil} tahun menurut daftar kode {daftar.Nama} (umurnya {umur})."));
                else if (a.StatusPerkawinan == StatusPerkawinan.BelumKawin)
                    hasil.Add(new Temuan(6, k.NoKk, a.Nik, $"{a.Nama}: status hamil hanya untuk perempuan yang kawin atau pernah kawin."));
            }
            var umurIni = a.Umur(hariIni);
            if (a.StatusPerkawinan != StatusPerkawinan.BelumKawin && umurIni < 19)
                hasil.Add(new Temuan(UmurKawin, k.NoKk, a.Nik, $"{a.Nama} berumur {umurIni} tahun tetapi berstatus {a.StatusPerkawinan.Teks().ToLowerInvariant()}: umur kawin paling rendah 19 tahun (UU 16/2019). Periksa akta atau dispensasi kawin dan tulis di catatan verval."));
            if (SekolahTidakSesuaiUmur(a, umurIni) is { } sekolah)
                hasil.Add(new Temuan(SekolahUmur, k.NoKk, a.Nik, $"{a.Nama} (umur {umurIni}): {sekolah}"));
            if (galatNik is null && KodeWilayah.PeriksaNik(a.Nik) is { } wilayah)
                hasil.Add(new Temuan(WilayahNik, k.NoKk, a.Nik, $"{a.Nama}: {wilayah}"));
            if (a.Program.HasFlag(ProgramBantuan.PbiJk) && string.IsNullOrWhiteSpace(a.NamaIbuKandung))
                hasil.Add(new Temuan(IbuKandungPbi, k.NoKk, a.Nik, $"{a.Nama} penerima PBI-JK tetapi nama ibu kandung kosong: BPJS Kesehatan memerlukannya."));
            if (a.Pekerjaan == StatusPekerjaan.PnsTniPolriBumnBumdLegislator)
                hasil.Add(new Temuan(7, k.NoKk, a.Nik, $"{a.Nama} bekerja sebagai PNS/TNI/Polri/BUMN/BUMD/anggota legislatif: tanda salah sasaran (inclusion error)."));
        }
        var hidup = k.Anggota.Where(a => a.Aktif && a.Keberadaan != StatusKeberadaan.Meninggal).ToList();
        var kepala = hidup.Count(a => a.Hubungan == HubunganKeluarga.KepalaKeluarga);
        var kepalaMeninggal = k.Anggota.Any(a => a.Aktif && a.Hubungan == HubunganKeluarga.KepalaKeluarga && a.Keberadaan == StatusKeberadaan.Meninggal);
        if (kepalaMeninggal && kepala == 0)
            hasil.Add(new Temuan(4, k.NoKk, null, "Kepala keluarga sudah meninggal: tetapkan kepala keluarga baru."));
        else if (hidup.Count > 0 && kepala != 1)
            hasil.Add(new Temuan(5, k.NoKk, null, kepala == 0 ? "Keluarga ini tidak punya kepala keluarga." : $"Keluarga ini punya {kepala} kepala keluarga; seharusnya tepat satu."));
        var kepalaHidup = hidup.FirstOrDefault(a => a.Hubungan == HubunganKeluarga.KepalaKeluarga);
        var pasangan = hidup.Where(a => a.Hubungan == HubunganKeluarga.IstriSuami).ToList();
        if (kepalaHidup is not null)
            foreach (var p in pasangan.Where(p => p.JenisKelamin == kepalaHidup.JenisKelamin))
                hasil.Add(new Temuan(PasanganSejenis, k.NoKk, p.Nik, $"{p.Nama} tercatat istri/suami dari {kepalaHidup.Nama} tetapi jenis kelaminnya sama ({p.JenisKelamin.Teks().ToLowerInvariant()}): periksa hubungan atau jenis kelamin pada KK."));
        var orangTua = hidup.Where(a => a.Hubungan is HubunganKeluarga.KepalaKeluarga or HubunganKeluarga.IstriSuami).ToList();
        foreach (var anak in hidup.Where(a => a.Hubungan == HubunganKeluarga.Anak))
            foreach (var o in orangTua.Where(o => o.TanggalLahir.AddYears(15) > anak.TanggalLahir))
                hasil.Add(new Temuan(SelisihUmurAnak, k.NoKk, anak.Nik, $"{anak.Nama} lahir {anak.TanggalLahir:dd-MM-yyyy}, kurang dari 15 tahun sesudah {o.Nama} ({o.TanggalLahir:dd-MM-yyyy}): periksa tanggal lahir atau hubungan (cucu, anak angkat)."));
        if (!k.NoKk.StartsWith(k.DesaKode.Replace(".", "")[..Math.Min(6, k.DesaKode.Replace(".", "").Length)], StringComparison.Ordinal))
            hasil.Add(new Temuan(KkLuarKecamatan, k.NoKk, null, $"Nomor KK {k.NoKk} diterbitkan kecamatan {k.NoKk[..Math.Min(6, k.NoKk.Length)]}, bukan kecamatan desa ini ({KodeWilayah.Kecamatan(k.DesaKode)}): periksa Nomor KK pada kartunya."));
        if ((k.Program.HasFlag(ProgramBantuan.Pkh) || hidup.Any(a => a.Program.HasFlag(ProgramBantuan.Pkh))) && KomponenPkh.Hitung(hidup, hariIni) == 0)
            hasil.Add(new Temuan(PkhTanpaKomponen, k.NoKk, null, "Keluarga ini penerima PKH tetapi tidak ada anggota yang layak komponen PKH (hamil, balita, anak sekolah, lansia 70+, disabilitas): tanda salah sasaran."));
        if (k.RumahTangga.Aset.HasFlag(Aset.Mobil) && k.Aktif)
            hasil.Add(new Temuan(7, k.NoKk, null, "Keluarga ini memiliki mobil: tanda salah sasaran (inclusion error)."));
        return hasil;
    }

    // Education that the member's age cannot have reached, or schooling at an age no school takes.
    public static string? SekolahTidakSesuaiUmur(AnggotaKeluarga a, int umur)
    {
        if (a.PartisipasiSekolah == PartisipasiSekolah.MasihSekolah && umur < 5)
            return "tercatat masih sekolah, padahal belum 5 tahun.";
        var minimal = a.Ijazah switch
        {
            Ijazah.Sd => 11, Ijazah.Smp => 14, Ijazah.Sma => 17, Ijazah.D1D3 => 18, Ijazah.D4S1 => 20, Ijazah.S2S3 => 22, _ => 0,
        };
        if (minimal > 0 && umur < minimal) return $"ijazah {a.Ijazah!.Value.Teks()} biasanya diperoleh paling cepat umur {minimal} tahun: periksa ijazah atau tanggal lahir.";
        if (a.PartisipasiSekolah == PartisipasiSekolah.TidakPernah && a.Ijazah is not (null or Ijazah.Tidak))
            return "tidak pernah sekolah tetapi punya ijazah: periksa partisipasi sekolah.";
        if (a.Pendidikan is not { } jenjang) return null;
        if (a.PartisipasiSekolah == PartisipasiSekolah.TidakPernah)
            return $"tidak pernah sekolah tetapi pendidikan tertingginya {jenjang.Teks()}: kosongkan pendidikan atau perbaiki partisipasi sekolah.";
        var umurJenjang = jenjang.Jenjang() switch { 1 => 5, 2 => 11, 3 => 14, _ => 17 };
        if (umur < umurJenjang) return $"pendidikan {jenjang.Teks()} biasanya paling cepat umur {umurJenjang} tahun: periksa pendidikan atau tanggal lahir.";
        var jenjangIjazah = a.Ijazah switch { Ijazah.Sd => 1, Ijazah.Smp => 2, Ijazah.Sma => 3, Ijazah.D1D3 or Ijazah.D4S1 or Ijazah.S2S3 => 4, _ => 0 };
        if (jenjangIjazah > jenjang.Jenjang())
            return $"ijazah {a.Ijazah!.Value.Teks()} lebih tinggi dari pendidikan tertinggi {jenjang.Teks()}: periksa keduanya.";
        return null;
    }

    private static IEnumerable<Temuan> NoKkGanda(IEnumerable<Keluarga> keluarga) =>
        keluarga.Where(k => k.Aktif).GroupBy(k => k.NoKk, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => NoKkGanda(g.Key, g.Count()));

    public static Temuan NoKkGanda(string noKk, int jumlah) =>
        new(KkGanda, noKk, null, $"Nomor KK {noKk} tercatat {jumlah} kali: satu KK hanya boleh satu keluarga. Bila salah satunya salah ketik, perbaiki No KK-nya sesuai kartu keluarga; bila keluarganya sama, gabungkan anggotanya dan nonaktifkan yang ganda.");

    private static IEnumerable<Temuan> NikGanda(IEnumerable<Keluarga> keluarga)
    {
        var pertama = new Dictionary<string, (string NoKk, string Nama)>(StringComparer.Ordinal);
        foreach (var k in keluarga)
            foreach (var a in k.Anggota)
            {
                if (!a.Aktif) continue;
                if (!pertama.TryGetValue(a.Nik, out var lain)) pertama[a.Nik] = (k.NoKk, a.Nama);
                else if (lain.NoKk != k.NoKk)
                    yield return new Temuan(3, k.NoKk, a.Nik, $"NIK {a.Nik} ({a.Nama}) juga aktif di KK {lain.NoKk}: data ganda, pertahankan satu dan nonaktifkan yang lain.");
            }
    }
}
