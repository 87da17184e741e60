using System.Text.RegularExpressions;

namespace DtksTraining.Web.Sandbox;

// The family and person an exercise is about, taken from the scenario's answer key (targets differ per seed).
public sealed record SasaranLatihan(Anomali Anomali, Keluarga? KeluargaAwal, AnggotaKeluarga? AnggotaAwal, IdentitasDukcapil? Dukcapil)
{
    public string NoKk => Anomali.NoKk;
    public string? Nik => Anomali.Nik;
}

// "Periksa": evaluates every check of an exercise on the sandbox's current state, as a Dinsos verifier would.
public static partial class PemeriksaLatihan
{
    // Progress of a proposal; 0 for the state in which it went nowhere (refused); back at the desa counts as a draft.
    public static int Peringkat(StatusUsulan s) => s switch
    {
        StatusUsulan.Draft or StatusUsulan.Dikembalikan or StatusUsulan.LapanganTidakSesuai or StatusUsulan.TidakPadan => 1,
        StatusUsulan.BaMusdesDiunggah => 2,
        StatusUsulan.Diajukan => 3,
        StatusUsulan.DiverifikasiDinsos => 4,
        StatusUsulan.Disahkan => 5,
        StatusUsulan.Padan or StatusUsulan.LapanganSesuai => 6,
        StatusUsulan.DesilDitetapkan => 7,
        _ => 0,
    };

    public static SasaranLatihan Sasaran(Latihan latihan, SandboxDesa awal)
    {
        var anomali = awal.KunciJawaban.Where(a => a.Jenis == latihan.Anomali).Skip(latihan.Sasaran - 1).FirstOrDefault()
            ?? throw new InvalidOperationException($"Skenario tidak memuat anomali {latihan.Anomali} ke-{latihan.Sasaran}.");
        var keluarga = awal.Data.Keluarga.FirstOrDefault(k => k.NoKk == anomali.NoKk);
        var anggota = anomali.Nik is null ? null : keluarga?.Anggota.FirstOrDefault(a => a.Nik == anomali.Nik);
        var dukcapil = anomali.Nik is null ? null : awal.Dukcapil.Cari(anomali.Nik);
        return new SasaranLatihan(anomali, keluarga, anggota, dukcapil);
    }

    public const string AwalanKode = "kode:";

    [GeneratedRegex(@"\{([a-z_]+(?::[a-z_]+)?)\}")] private static partial Regex Isian();

    // Fills {nama}, {nokk}, … of a brief, title, message or hint with this sandbox's target, and {kode:anggota_baru}
    // with the active list's number and label ("5 (anggota baru)" under DTSEN, "4 (anggota baru)" under DTKS).
    public static string Isi(string teks, SasaranLatihan s, DukcapilTiruan dukcapil, DaftarKode daftar) => Isian().Replace(teks, m => m.Groups[1].Value switch
    {
        var k when k.StartsWith(AwalanKode, StringComparison.Ordinal) => Kode(k[AwalanKode.Length..], daftar) ?? m.Value,
        "nama" => s.AnggotaAwal?.Nama ?? s.Dukcapil?.Nama ?? "",
        "nik" => s.Nik ?? "",
        "nokk" => s.NoKk,
        "alamat" => s.KeluargaAwal?.Alamat ?? "",
        "kepala" => s.KeluargaAwal?.Kepala?.Nama ?? s.Dukcapil?.Nama ?? "",
        "nama_dukcapil" => s.Dukcapil?.Nama ?? "",
        "nokk_dukcapil" => s.Dukcapil?.NoKk ?? "",
        "tanggal_lahir" => (s.AnggotaAwal?.TanggalLahir ?? s.Dukcapil?.TanggalLahir)?.ToString("dd-MM-yyyy") ?? "",
        "keterangan" => s.Anomali.Keterangan,
        "jumlah_jiwa" => (s.KeluargaAwal?.Anggota.Count ?? MenurutKk(dukcapil, s.NoKk).Count()).ToString(),
        // The family card as Dukcapil holds it: what the operator copies from the KK.
        "anggota_kk" => string.Join("\n", MenurutKk(dukcapil, s.NoKk).Select(i =>
            $"- {i.Nama}, NIK {i.Nik}, lahir {i.TanggalLahir:dd-MM-yyyy}, {i.JenisKelamin.Teks()}")),
        _ => m.Value,
    });

    // Only {kode:…}: for exercise titles, which are shown in lists where no sandbox is loaded.
    public static string IsiKode(string teks, DaftarKode daftar) => Isian().Replace(teks, m =>
        m.Groups[1].Value.StartsWith(AwalanKode, StringComparison.Ordinal) ? Kode(m.Groups[1].Value[AwalanKode.Length..], daftar) ?? m.Value : m.Value);

    private static string? Kode(string namaYaml, DaftarKode daftar) =>
        Enum.GetValues<StatusKeberadaan>().Where(v => PustakaLatihan.NamaYaml(v.ToString()) == namaYaml).Select(daftar.Teks).FirstOrDefault();

    private static IEnumerable<IdentitasDukcapil> MenurutKk(DukcapilTiruan dukcapil, string noKk) =>
        dukcapil.Semua.Where(i => i.NoKk == noKk && !i.Meninggal && i.PindahKe is null).OrderBy(i => i.TanggalLahir);

    // `daftar` null: the default list (DTSEN).
    public static string Ringkasan(Latihan latihan, SandboxDesa awal, DaftarKode? daftar = null) =>
        Isi(latihan.Ringkasan, Sasaran(latihan, awal), awal.Dukcapil, daftar ?? DaftarKode.Dtsen);

    // hariIni: the day the consistency rules judge ages on; the scenario's own date when not given. daftar null: DTSEN.
    public static HasilPeriksa Periksa(Latihan latihan, SandboxDesa awal, DataDesa sekarang, IReadOnlyList<UsulanTercatat> usulan,
        DateOnly? hariIni = null, DaftarKode? daftar = null)
    {
        daftar ??= DaftarKode.Dtsen;
        var sasaran = Sasaran(latihan, awal);
        var konteks = new Konteks(sasaran, awal, sekarang, usulan, hariIni ?? awal.HariIni, daftar);
        var hasil = new List<HasilCek>(latihan.Cek.Count);
        for (var i = 0; i < latihan.Cek.Count; i++)
        {
            var cek = latihan.Cek[i];
            var (lulus, rincian) = Nilai(cek, konteks);
            hasil.Add(new HasilCek(i + 1, cek.Jenis, Isi(cek.Judul, sasaran, awal.Dukcapil, daftar), lulus,
                Isi(cek.Pesan, sasaran, awal.Dukcapil, daftar), Isi(cek.Petunjuk, sasaran, awal.Dukcapil, daftar),
                lulus ? null : rincian));
        }
        return new HasilPeriksa(hasil);
    }

    private sealed class Konteks(SasaranLatihan sasaran, SandboxDesa awal, DataDesa sekarang, IReadOnlyList<UsulanTercatat> usulan, DateOnly hariIni,
        DaftarKode daftar)
    {
        public DaftarKode Daftar { get; } = daftar;
        public SasaranLatihan Sasaran { get; } = sasaran;
        public DateOnly HariIni { get; } = hariIni;
        public SandboxDesa Awal { get; } = awal;
        public IReadOnlyList<UsulanTercatat> Usulan { get; } = usulan;
        public Keluarga? Keluarga { get; } = sekarang.Keluarga.FirstOrDefault(k => k.NoKk == sasaran.NoKk);
        public List<Keluarga> SemuaKeluarga { get; } = sekarang.Keluarga.ToList();

        public AnggotaKeluarga? Anggota => Sasaran.Nik is null ? null : Keluarga?.Anggota.FirstOrDefault(a => a.Nik == Sasaran.Nik);

        // A member counts as active until a nonaktif proposal for them (or their whole family) has been submitted.
        public bool Aktif(Keluarga k, AnggotaKeluarga a) => a.Aktif && !Usulan.Any(u =>
            u.Jenis == JenisUsulan.Nonaktif && AlurUsulan.SudahDiajukan(u.Status) && u.NoKk == k.NoKk && (u.Nik is null || u.Nik == a.Nik));
    }

    private static (bool, string?) Nilai(Cek cek, Konteks x)
    {
        var s = x.Sasaran;
        switch (cek.Jenis)
        {
            case JenisCek.NikAktifDiSatuKk:
            {
                var kk = x.SemuaKeluarga.Where(k => k.Anggota.Any(a => a.Nik == s.Nik && x.Aktif(k, a))).Select(k => k.NoKk).ToList();
                return (kk.Count == 1, kk.Count == 0 ? $"NIK {s.Nik} tidak aktif di KK mana pun." : $"NIK {s.Nik} aktif di {kk.Count} KK: {string.Join(", ", kk)}.");
            }
            case JenisCek.NikAktifDiKkDukcapil:
            {
                var kkDukcapil = s.Dukcapil?.NoKk;
                var k = x.SemuaKeluarga.FirstOrDefault(k => k.NoKk == kkDukcapil);
                var ok = k is not null && k.Anggota.Any(a => a.Nik == s.Nik && x.Aktif(k, a));
                return (ok, $"NIK {s.Nik} tidak aktif di KK {kkDukcapil} (KK menurut Dukcapil).");
            }
            case JenisCek.AnggotaAda:
                return (x.Anggota is not null, $"NIK {s.Nik} tidak ada di KK {s.NoKk}.");
            case JenisCek.AnggotaKeberadaan:
                if (x.Anggota is not { } anggota) return (false, $"NIK {s.Nik} tidak ada di KK {s.NoKk}.");
                return (anggota.Keberadaan == cek.Keberadaan,
                    $"Status keberadaan tercatat {x.Daftar.Teks(anggota.Keberadaan)}, seharusnya {x.Daftar.Teks(cek.Keberadaan!.Value)}.");
            case JenisCek.PadanDukcapil:
                if (x.Anggota is not { } orang) return (false, $"NIK {s.Nik} tidak ada di KK {s.NoKk}.");
                if (s.Dukcapil is not { } asli) return (false, $"NIK {s.Nik} tidak terdaftar di Dukcapil.");
                return Padan(orang, asli, cek.Bagian);
            case JenisCek.FieldTerisi:
            {
                if (x.Anggota is not { } a) return (false, $"NIK {s.Nik} tidak ada di KK {s.NoKk}.");
                var terisi = cek.Field switch
                {
                    FieldAnggota.NamaIbuKandung => !string.IsNullOrWhiteSpace(a.NamaIbuKandung),
                    FieldAnggota.Ijazah => a.Ijazah is not null,
                    _ => a.Pekerjaan is not null,
                };
                return (terisi, null);
            }
            case JenisCek.UsulanAda:
                return UsulanAda(cek, x);
            case JenisCek.KepalaKeluargaBaru:
            {
                if (x.Keluarga is not { } k) return (false, $"KK {s.NoKk} tidak ada.");
                var kepala = k.Anggota.Where(a => a.Hubungan == HubunganKeluarga.KepalaKeluarga && x.Aktif(k, a)
                    && a.Keberadaan is StatusKeberadaan.TinggalDiRumahTangga or StatusKeberadaan.AnggotaBaru).ToList();
                if (kepala.Count == 0) return (false, "Belum ada kepala keluarga yang masih tinggal di rumah tangga.");
                if (kepala.Count > 1) return (false, $"Ada {kepala.Count} kepala keluarga: {string.Join(", ", kepala.Select(a => a.Nama))}.");
                return (kepala[0].Nik != s.Nik, $"{kepala[0].Nama} masih tercatat sebagai kepala keluarga.");
            }
            case JenisCek.AnggotaLainTetapAktif:
            {
                var semula = s.KeluargaAwal?.Anggota.Where(a => a.Nik != s.Nik && a.Aktif && a.Keberadaan == StatusKeberadaan.TinggalDiRumahTangga)
                    .Where(a => !x.Awal.KunciJawaban.Any(k => k.NoKk == s.NoKk && k.Nik == a.Nik)).ToList() ?? [];
                var hilang = semula.Where(a => x.Keluarga is not { } k || !k.Anggota.Any(b => b.Nik == a.Nik && x.Aktif(k, b))).ToList();
                return (hilang.Count == 0, $"Tidak aktif lagi: {string.Join(", ", hilang.Select(a => a.Nama))}.");
            }
            case JenisCek.KeluargaAda:
            {
                if (x.Keluarga is not { } k) return (false, $"KK {s.NoKk} belum ada di data desa.");
                return (k.Anggota.Any(a => a.Nik == s.Nik && x.Aktif(k, a)), $"NIK {s.Nik} tidak aktif di KK {s.NoKk}.");
            }
            case JenisCek.AnggotaSesuaiKk:
            {
                var menurutKk = MenurutKk(x.Awal.Dukcapil, s.NoKk).ToList();
                var kurang = menurutKk.Where(i => x.Keluarga?.Anggota.FirstOrDefault(a => a.Nik == i.Nik) is not { } a
                    || PencariGanda.NormalisasiNama(a.Nama) != PencariGanda.NormalisasiNama(i.Nama)).ToList();
                return (x.Keluarga is not null && kurang.Count == 0,
                    $"Belum tercatat sesuai KK: {string.Join(", ", kurang.Select(i => $"{i.Nama} ({i.Nik})"))}.");
            }
            case JenisCek.TemuanHilang:
                return TemuanHilang(cek, x);
            case JenisCek.UsulanTidakAda:
            {
                var salah = x.Usulan.Where(u => u.Jenis == cek.JenisUsulan && u.NoKk == s.NoKk).ToList();
                return (salah.Count == 0, $"Ada {cek.JenisUsulan!.Value.Teks().ToLowerInvariant()} untuk KK {s.NoKk} (berstatus {string.Join(", ", salah.Select(u => u.Status.Teks()))}).");
            }
            default:
                throw new InvalidOperationException($"Pemeriksaan {cek.Jenis} tidak dikenal.");
        }
    }

    // The target's families: the KK of the answer key and any family the target person is active in (their record may sit
    // under a wrong No KK). Findings about an inactive member do not count: that member is no longer in the register.
    private static (bool, string?) TemuanHilang(Cek cek, Konteks x)
    {
        var s = x.Sasaran;
        var keluarga = x.SemuaKeluarga.Where(k => k.NoKk == s.NoKk || (s.Nik is not null && k.Anggota.Any(a => a.Nik == s.Nik && x.Aktif(k, a)))).ToList();
        var noKk = keluarga.Select(k => k.NoKk).ToHashSet(StringComparer.Ordinal);
        var temuan = cek.Aturan == ValidasiDtks.MeninggalDukcapil
            ? ValidasiDtks.MeninggalMenurutDukcapil(keluarga, x.Awal.Dukcapil).ToList()
            : cek.Aturan is ValidasiDtks.KkGanda or 3
                ? ValidasiDtks.Periksa(x.SemuaKeluarga, x.HariIni).Where(t => noKk.Contains(t.NoKk)).ToList()
                : keluarga.SelectMany(k => ValidasiDtks.PeriksaKeluarga(k, x.HariIni)).ToList();
        var masih = temuan.Where(t => t.Aturan == cek.Aturan && (cek.TingkatKeluarga || t.Nik == s.Nik)).ToList();
        // A finding about a member whose nonaktif proposal is already submitted is gone for the verifier too.
        masih.RemoveAll(t => t.Nik is not null && keluarga.Any(k => k.NoKk == t.NoKk && k.Anggota.Any(a => a.Nik == t.Nik && !x.Aktif(k, a))));
        return (masih.Count == 0, masih.Count == 0 ? null : string.Join(" ", masih.Select(t => t.Pesan).Distinct()));
    }

    private static (bool, string?) Padan(AnggotaKeluarga orang, IdentitasDukcapil asli, BagianPadan bagian)
    {
        var beda = new List<string>();
        if (bagian is BagianPadan.Semua or BagianPadan.Nama && PencariGanda.NormalisasiNama(orang.Nama) != PencariGanda.NormalisasiNama(asli.Nama))
            beda.Add($"nama tercatat \"{orang.Nama}\"");
        if (bagian is BagianPadan.Semua or BagianPadan.TanggalLahir && orang.TanggalLahir != asli.TanggalLahir)
            beda.Add($"tanggal lahir tercatat {orang.TanggalLahir:dd-MM-yyyy}");
        if (bagian is BagianPadan.Semua or BagianPadan.JenisKelamin && orang.JenisKelamin != asli.JenisKelamin)
            beda.Add($"jenis kelamin tercatat {orang.JenisKelamin.Teks()}");
        return (beda.Count == 0, beda.Count == 0 ? null : "Belum padan: " + string.Join("; ", beda) + ".");
    }

    private static (bool, string?) UsulanAda(Cek cek, Konteks x)
    {
        var s = x.Sasaran;
        var calon = x.Usulan.Where(u => u.Jenis == cek.JenisUsulan && u.NoKk == s.NoKk && (cek.TingkatKeluarga || u.Nik == s.Nik)).ToList();
        var sasaranTeks = cek.TingkatKeluarga ? $"KK {s.NoKk}" : $"NIK {s.Nik}";
        if (calon.Count == 0) return (false, $"Belum ada {cek.JenisUsulan!.Value.Teks().ToLowerInvariant()} untuk {sasaranTeks}.");
        if (cek.Alasan is { } alasan)
        {
            var alasanTercatat = calon.Where(u => u.Alasan != alasan).Select(u => u.Alasan).ToList();
            calon = calon.Where(u => u.Alasan == alasan).ToList();
            if (calon.Count == 0)
                return (false, $"Usulan untuk {sasaranTeks} beralasan {string.Join(", ", alasanTercatat.Select(a => a?.Teks() ?? "(kosong)"))}, seharusnya {alasan.Teks()}.");
        }
        var terbaik = calon.MaxBy(u => Peringkat(u.Status))!;
        if (Peringkat(terbaik.Status) < Peringkat(cek.StatusMinimal))
            return (false, $"Usulan untuk {sasaranTeks} berstatus {terbaik.Status.Teks()}, paling sedikit harus {cek.StatusMinimal.Teks()}.");
        if (cek.BeritaAcara && !calon.Any(u => u.AdaBeritaAcara && Peringkat(u.Status) >= Peringkat(cek.StatusMinimal)))
            return (false, $"Usulan untuk {sasaranTeks} belum dilampiri berita acara musdes.");
        return (true, null);
    }
}
