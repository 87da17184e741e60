using System.Globalization;
using System.Text.RegularExpressions;
using DtksTraining.Web.Belajar;
using YamlDotNet.RepresentationModel;

namespace DtksTraining.Web.Sandbox;

// The sandbox exercises of content/exercises/*.yaml, one file per exercise named after its id. Invalid files throw
// KontenTidakSahException listing every problem with file and line, as PustakaKonten does for modules.
public sealed partial class PustakaLatihan
{
    // The rows of DTKS.md §5, with the same tags the question bank uses, then the consistency rules 8–17 and the DTSEN
    // cases of issue #20 (a citizen's sanggah through Cek Bansos, a family that moves in with a record elsewhere).
    public static readonly IReadOnlyList<string> MasalahDtks =
        ["tidak-padan", "ganda", "meninggal", "pindah", "mampu", "exclusion", "anggota-hilang", "tidak-lengkap", "menolak", "prelist",
         "konsistensi", "sanggah", "pindah-masuk"];

    // Planted anomalies that concern a whole family, not one person (Anomali.Nik is null).
    public static readonly IReadOnlySet<JenisAnomali> TanpaNik =
        new HashSet<JenisAnomali> { JenisAnomali.PemilikMobilPenerimaPkh, JenisAnomali.Menolak };

    public static readonly IReadOnlySet<string> IsianTeks = new HashSet<string>
        { "nama", "nik", "nokk", "alamat", "kepala", "nama_dukcapil", "nokk_dukcapil", "tanggal_lahir", "keterangan", "jumlah_jiwa", "anggota_kk" };

    private static readonly string[] KunciLatihan = ["id", "title", "order", "problem", "anomaly", "target", "brief", "checks", "daftar_kode"];
    private static readonly string[] KunciCek =
        ["check", "title", "message", "hint", "keberadaan", "bagian", "field", "jenis", "alasan", "status_min", "berita_acara", "tingkat", "aturan"];

    private static readonly HashSet<string> IsianPerluNik = ["nama", "nik", "nama_dukcapil", "nokk_dukcapil", "tanggal_lahir"];

    public IReadOnlyList<Latihan> Semua { get; }
    private readonly Dictionary<string, Latihan> _menurutId;

    private PustakaLatihan(List<Latihan> latihan)
    {
        Semua = latihan.OrderBy(l => l.Urutan).ToList();
        _menurutId = latihan.ToDictionary(l => l.Id);
    }

    public Latihan? Cari(string? id) => id is not null && _menurutId.TryGetValue(id, out var l) ? l : null;

    // The exercises of one code list: those without daftar_kode and those declared for it. Counts, progress and
    // certificates read the library registered for the deployment, so a DTKS-only exercise is not owed under DTSEN.
    public PustakaLatihan Untuk(VersiKode versi) => new([.. Semua.Where(l => l.DaftarKode is null || l.DaftarKode == versi)
        .Select(l => l with { Judul = PemeriksaLatihan.IsiKode(l.Judul, DaftarKode.Untuk(versi)) })])
    {
        _daftarLain = Semua.Where(l => l.DaftarKode is { } v && v != versi).Select(l => l.Id).ToHashSet(),
    };

    private HashSet<string> _daftarLain = [];

    // A round's required exercises that can be done here: an exercise of the other code list is not owed, while an id
    // no longer in the library is kept (the requirement then shows that id, as before).
    public List<string> Berlaku(IEnumerable<string> latihanWajib) => [.. latihanWajib.Where(id => !_daftarLain.Contains(id))];

    [GeneratedRegex(@"\{([^{}]*)\}")] private static partial Regex Isian();
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")] private static partial Regex IdSah();

    public static PustakaLatihan Load(string folder)
    {
        var masalah = new List<MasalahKonten>();
        var latihan = new List<(Latihan Latihan, string Berkas)>();
        var berkas = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order().ToList() : [];
        if (berkas.Count == 0) masalah.Add(new("exercises", 0, "Tidak ada berkas latihan (*.yaml)."));
        foreach (var path in berkas)
        {
            var nama = "exercises/" + Path.GetFileName(path);
            var l = BacaLatihan(File.ReadAllText(path), nama, Path.GetFileNameWithoutExtension(path), masalah);
            if (l is not null) latihan.Add((l, nama));
        }
        foreach (var ganda in latihan.GroupBy(l => l.Latihan.Urutan).Where(g => g.Count() > 1))
            foreach (var l in ganda.Skip(1))
                masalah.Add(new(l.Berkas, 1, $"Urutan latihan {ganda.Key} ganda (sudah dipakai di {ganda.First().Berkas})."));
        if (masalah.Count > 0) throw new KontenTidakSahException(masalah);
        return new PustakaLatihan(latihan.Select(l => l.Latihan).ToList());
    }

    public static Latihan? BacaLatihan(string teks, string nama, string namaBerkas, List<MasalahKonten> masalah)
    {
        if (YamlKonten.Baca(teks, nama, masalah) is not { } akar) return null;

        var awal = masalah.Count;
        YamlKonten.KunciDikenal(akar, nama, masalah, KunciLatihan);
        var id = Teks(akar, "id");
        if (id is null) masalah.Add(new(nama, akar.Start.Line, "'id' latihan wajib diisi."));
        else if (!IdSah().IsMatch(id)) masalah.Add(new(nama, Baris(akar, "id"), $"'id' latihan '{id}' hanya boleh huruf kecil, angka, dan tanda '-'."));
        else if (id != namaBerkas) masalah.Add(new(nama, Baris(akar, "id"), $"'id' latihan '{id}' tidak sama dengan nama berkas ('{namaBerkas}')."));
        var judul = Teks(akar, "title");
        if (judul is null) masalah.Add(new(nama, Baris(akar, "title"), "'title' latihan wajib diisi."));
        var urutan = Angka(akar, "order", nama, masalah, 1, 999, wajib: true);
        var tag = Teks(akar, "problem");
        if (tag is null || !MasalahDtks.Contains(tag))
            masalah.Add(new(nama, Baris(akar, "problem"), $"'problem' harus salah satu dari {string.Join(", ", MasalahDtks)}, bukan '{tag}'."));
        var anomali = Enum<JenisAnomali>(akar, "anomaly", nama, masalah, wajib: true);
        var sasaran = Angka(akar, "target", nama, masalah, 1, 3, wajib: false) ?? 1;
        var adaNik = anomali is not null && !TanpaNik.Contains(anomali.Value);
        var daftarKode = Enum<VersiKode>(akar, "daftar_kode", nama, masalah, wajib: false);
        var berlaku = daftarKode is { } v ? [DaftarKode.Untuk(v)] : new[] { DaftarKode.Dtsen, DaftarKode.Dtks };
        if (judul is not null)
        {
            PeriksaIsian(judul, nama, Baris(akar, "title"), adaNik, berlaku, masalah);
            if (Isian().Matches(judul).Any(m => !m.Groups[1].Value.StartsWith(PemeriksaLatihan.AwalanKode, StringComparison.Ordinal)))
                masalah.Add(new(nama, Baris(akar, "title"), "'title' latihan hanya boleh memakai isian {kode:…}: judul tampil di daftar, tanpa sasaran."));
        }
        var ringkasan = Teks(akar, "brief");
        if (ringkasan is null) masalah.Add(new(nama, Baris(akar, "brief"), "'brief' latihan wajib diisi."));
        else PeriksaIsian(ringkasan, nama, Baris(akar, "brief"), adaNik, berlaku, masalah);

        var cek = new List<Cek>();
        if (Ambil(akar, "checks") is not YamlSequenceNode daftar || daftar.Children.Count == 0)
            masalah.Add(new(nama, Baris(akar, "checks"), "'checks' berisi daftar pemeriksaan wajib diisi."));
        else
            foreach (var node in daftar)
            {
                if (node is not YamlMappingNode peta) { masalah.Add(new(nama, node.Start.Line, "Pemeriksaan harus berupa peta kunci: nilai.")); continue; }
                var c = BacaCek(peta, nama, adaNik, berlaku, masalah);
                if (c is not null) cek.Add(c);
            }
        if (masalah.Count > awal) return null;
        return new Latihan(id!, judul!, urutan!.Value, tag!, anomali!.Value, sasaran, ringkasan!, cek, daftarKode);
    }

    private static Cek? BacaCek(YamlMappingNode peta, string nama, bool adaNik, DaftarKode[] berlaku, List<MasalahKonten> masalah)
    {
        var awal = masalah.Count;
        YamlKonten.KunciDikenal(peta, nama, masalah, KunciCek);
        var jenis = Enum<JenisCek>(peta, "check", nama, masalah, wajib: true);
        var judul = Teks(peta, "title");
        var pesan = Teks(peta, "message");
        var petunjuk = Teks(peta, "hint");
        foreach (var (kunci, nilai) in new[] { ("title", judul), ("message", pesan), ("hint", petunjuk) })
            if (nilai is null) masalah.Add(new(nama, peta.Start.Line, $"Pemeriksaan: '{kunci}' wajib diisi."));
            else PeriksaIsian(nilai, nama, Baris(peta, kunci), adaNik, berlaku, masalah);

        var keberadaan = Enum<StatusKeberadaan>(peta, "keberadaan", nama, masalah, wajib: jenis == JenisCek.AnggotaKeberadaan);
        foreach (var daftar in berlaku.Where(d => keberadaan is { } k && !d.Berlaku(k)))
            masalah.Add(new(nama, Baris(peta, "keberadaan"), TidakDiDaftar(keberadaan!.Value, daftar)));
        var bagian = Enum<BagianPadan>(peta, "bagian", nama, masalah, wajib: false) ?? BagianPadan.Semua;
        var field = Enum<FieldAnggota>(peta, "field", nama, masalah, wajib: jenis == JenisCek.FieldTerisi);
        var jenisUsulan = Enum<JenisUsulan>(peta, "jenis", nama, masalah, wajib: jenis is JenisCek.UsulanAda or JenisCek.UsulanTidakAda);
        var aturan = Angka(peta, "aturan", nama, masalah, 1, ValidasiDtks.KkGanda, wajib: jenis == JenisCek.TemuanHilang);
        var alasan = Enum<AlasanNonaktif>(peta, "alasan", nama, masalah, wajib: jenis == JenisCek.UsulanAda && jenisUsulan == JenisUsulan.Nonaktif);
        if (alasan is not null && jenisUsulan is not JenisUsulan.Nonaktif)
            masalah.Add(new(nama, Baris(peta, "alasan"), "'alasan' hanya untuk usulan nonaktif."));
        var statusMin = Enum<StatusUsulan>(peta, "status_min", nama, masalah, wajib: false) ?? StatusUsulan.Diajukan;
        if (PemeriksaLatihan.Peringkat(statusMin) == 0)
            masalah.Add(new(nama, Baris(peta, "status_min"), $"'status_min' tidak boleh status akhir yang gagal ({statusMin.Teks()})."));
        var beritaAcara = Bool(peta, "berita_acara", nama, masalah) ?? false;
        var tingkat = Teks(peta, "tingkat");
        if (tingkat is not (null or "anggota" or "keluarga"))
            masalah.Add(new(nama, Baris(peta, "tingkat"), $"'tingkat' harus anggota atau keluarga, bukan '{tingkat}'."));
        var tingkatKeluarga = tingkat == "keluarga" || (tingkat is null && !adaNik);
        if (!adaNik && jenis is not null && PerluNik(jenis.Value, tingkatKeluarga))
            masalah.Add(new(nama, Baris(peta, "check"), $"Pemeriksaan '{Teks(peta, "check")}' perlu NIK, padahal anomali latihan ini menyangkut keluarga, bukan orang."));
        if (masalah.Count > awal) return null;
        return new Cek(jenis!.Value, judul!, pesan!, petunjuk!, peta.Start.Line, keberadaan, bagian, field, jenisUsulan, alasan,
            statusMin, beritaAcara, tingkatKeluarga, aturan);
    }

    private static bool PerluNik(JenisCek jenis, bool tingkatKeluarga) => jenis switch
    {
        JenisCek.UsulanAda or JenisCek.TemuanHilang => !tingkatKeluarga,
        JenisCek.AnggotaLainTetapAktif or JenisCek.AnggotaSesuaiKk or JenisCek.UsulanTidakAda => false,
        _ => true,
    };

    private static string TidakDiDaftar(StatusKeberadaan arti, DaftarKode daftar) =>
        $"Keberadaan '{NamaYaml(arti.ToString())}' tidak ada di daftar kode {daftar.Nama}: batasi latihan ini dengan 'daftar_kode: {NamaYaml((daftar.Versi == VersiKode.Dtks ? VersiKode.Dtsen : VersiKode.Dtks).ToString())}'.";

    private static void PeriksaIsian(string teks, string nama, long baris, bool adaNik, DaftarKode[] berlaku, List<MasalahKonten> masalah)
    {
        foreach (Match m in Isian().Matches(teks))
        {
            var isian = m.Groups[1].Value;
            if (isian.StartsWith(PemeriksaLatihan.AwalanKode, StringComparison.Ordinal))
            {
                var arti = System.Enum.GetValues<StatusKeberadaan>().Where(v => NamaYaml(v.ToString()) == isian[PemeriksaLatihan.AwalanKode.Length..]).ToList();
                if (arti.Count == 0)
                    masalah.Add(new(nama, baris, $"Isian '{{{isian}}}' tidak dikenal (yang ada: {string.Join(", ", System.Enum.GetNames<StatusKeberadaan>().Select(n => "kode:" + NamaYaml(n)))})."));
                else
                    foreach (var daftar in berlaku.Where(d => !d.Berlaku(arti[0])))
                        masalah.Add(new(nama, baris, TidakDiDaftar(arti[0], daftar)));
            }
            else if (!IsianTeks.Contains(isian))
                masalah.Add(new(nama, baris, $"Isian '{{{isian}}}' tidak dikenal (yang ada: {string.Join(", ", IsianTeks.Order())})."));
            else if (!adaNik && IsianPerluNik.Contains(isian))
                masalah.Add(new(nama, baris, $"Isian '{{{isian}}}' perlu NIK, padahal anomali latihan ini menyangkut keluarga, bukan orang."));
        }
    }

    private static YamlNode? Ambil(YamlMappingNode peta, string kunci) =>
        peta.Children.TryGetValue(new YamlScalarNode(kunci), out var nilai) ? nilai : null;

    private static string? Teks(YamlMappingNode peta, string kunci) =>
        Ambil(peta, kunci) is YamlScalarNode { Value: { } v } && v.Trim().Length > 0 ? v.Trim() : null;

    private static long Baris(YamlMappingNode peta, string kunci) => (Ambil(peta, kunci) ?? peta).Start.Line;

    private static int? Angka(YamlMappingNode peta, string kunci, string nama, List<MasalahKonten> masalah, int min, int max, bool wajib)
    {
        var teks = Teks(peta, kunci);
        if (teks is null && !wajib) return null;
        if (teks is not null && int.TryParse(teks, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        masalah.Add(new(nama, Baris(peta, kunci), $"'{kunci}' harus bilangan bulat {min}–{max}{(teks is null ? " dan wajib diisi" : $", bukan '{teks}'")}."));
        return null;
    }

    private static bool? Bool(YamlMappingNode peta, string kunci, string nama, List<MasalahKonten> masalah)
    {
        var teks = Teks(peta, kunci)?.ToLowerInvariant();
        if (teks is null) return null;
        if (teks is "true" or "false") return teks == "true";
        masalah.Add(new(nama, Baris(peta, kunci), $"'{kunci}' harus true atau false, bukan '{teks}'."));
        return null;
    }

    // Enum values are written in snake or kebab case: "kesalahan-prelist", "nik_aktif_di_satu_kk", "sudah-mampu".
    private static T? Enum<T>(YamlMappingNode peta, string kunci, string nama, List<MasalahKonten> masalah, bool wajib) where T : struct, Enum
    {
        var teks = Teks(peta, kunci);
        if (teks is null)
        {
            if (wajib) masalah.Add(new(nama, Baris(peta, kunci), $"'{kunci}' wajib diisi."));
            return null;
        }
        var dicari = Rapat(teks);
        foreach (var nilai in System.Enum.GetValues<T>())
            if (Rapat(nilai.ToString()) == dicari) return nilai;
        masalah.Add(new(nama, Baris(peta, kunci),
            $"'{kunci}' tidak mengenal '{teks}' (yang ada: {string.Join(", ", System.Enum.GetNames<T>().Select(NamaYaml))})."));
        return null;
    }

    private static string Rapat(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    public static string NamaYaml(string namaEnum) =>
        string.Concat(namaEnum.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
