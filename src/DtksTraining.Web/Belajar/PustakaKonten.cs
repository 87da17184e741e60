using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DtksTraining.Web.Belajar;

public sealed partial class PustakaKonten
{
    public IReadOnlyList<Modul> Modul { get; }
    public IReadOnlyList<Soal> Soal { get; }
    public IReadOnlyList<Kuis> Kuis { get; }
    private readonly Dictionary<string, Modul> _modul;
    private readonly Dictionary<string, Soal> _soal;
    private readonly Dictionary<string, Kuis> _kuis;

    private PustakaKonten(List<Modul> modul, List<Soal> soal, List<Kuis> kuis)
    {
        Modul = modul.OrderBy(m => m.Urutan).ToList();
        Soal = soal;
        Kuis = kuis;
        _modul = modul.ToDictionary(m => m.Id);
        _soal = soal.ToDictionary(s => s.Id);
        _kuis = kuis.ToDictionary(k => k.Id);
    }

    public Modul? CariModul(string? id) => id is not null && _modul.TryGetValue(id, out var m) ? m : null;
    public Soal? CariSoal(string? id) => id is not null && _soal.TryGetValue(id, out var s) ? s : null;
    public Kuis? CariKuis(string? id) => id is not null && _kuis.TryGetValue(id, out var k) ? k : null;
    public IReadOnlyList<Soal> BankSoal(Kuis kuis) => Soal.Where(s => kuis.ModulIds.Contains(s.ModulId)).ToList();

    [GeneratedRegex(@"^\d+-(.+)\.md$")] private static partial Regex NamaBerkasModul();

    private static readonly string[] KunciModul = ["id", "title", "audience", "order", "minutes", "objectives", "dtsen_schedule"];
    private static readonly string[] KunciSoal =
        ["id", "module", "type", "difficulty", "problem", "text", "options", "answer", "answers", "tolerance", "unit", "pairs", "explanation"];
    private static readonly string[] KunciKuis =
        ["id", "title", "audience", "modules", "questions", "time_limit_minutes", "max_attempts", "wait_minutes_between_attempts", "pass_percent", "review"];

    public static PustakaKonten Load(string folder)
    {
        var masalah = new List<MasalahKonten>();
        var modul = new List<(Modul Modul, string Berkas, long Baris)>();
        var soal = new List<(Soal Soal, string Berkas, long Baris)>();
        var kuis = new List<(Kuis Kuis, string Berkas, Mark Awal, List<(string Id, Mark Awal)> Modul)>();

        var folderModul = Path.Combine(folder, "modules");
        var berkasModul = Directory.Exists(folderModul) ? Directory.GetFiles(folderModul, "*.md").Order().ToList() : [];
        if (berkasModul.Count == 0) masalah.Add(new("modules", 0, "Tidak ada berkas modul (*.md)."));
        foreach (var path in berkasModul)
        {
            var m = BacaModul(path, Relatif(folder, path), masalah);
            if (m is not null) modul.Add(m.Value);
        }

        var folderSoal = Path.Combine(folder, "quizzes", "questions");
        var berkasSoal = Directory.Exists(folderSoal) ? Directory.GetFiles(folderSoal, "*.yaml").Order().ToList() : [];
        foreach (var path in berkasSoal)
        {
            var nama = Relatif(folder, path);
            var akar = BacaYaml(path, nama, masalah);
            if (akar is null) continue;
            YamlKonten.KunciDikenal(akar, nama, masalah, ["questions"]);
            if (Ambil(akar, "questions") is not YamlSequenceNode daftar)
            {
                masalah.Add(new(nama, akar.Start.Line, "Kunci 'questions' berisi daftar soal tidak ada."));
                continue;
            }
            foreach (var node in daftar)
            {
                if (node is not YamlMappingNode peta) { masalah.Add(new(nama, node.Start.Line, "Soal harus berupa peta kunci: nilai.")); continue; }
                var s = BacaSoal(peta, nama, masalah);
                if (s is not null) soal.Add((s, nama, peta.Start.Line));
            }
        }

        var pathKuis = Path.Combine(folder, "quizzes", "quizzes.yaml");
        var namaKuis = Relatif(folder, pathKuis);
        if (!File.Exists(pathKuis)) masalah.Add(new(namaKuis, 0, "Berkas kuis tidak ada."));
        else if (BacaYaml(pathKuis, namaKuis, masalah) is { } akarKuis)
        {
            YamlKonten.KunciDikenal(akarKuis, namaKuis, masalah, ["quizzes"]);
            if (Ambil(akarKuis, "quizzes") is not YamlSequenceNode daftar)
                masalah.Add(new(namaKuis, akarKuis.Start.Line, "Kunci 'quizzes' berisi daftar kuis tidak ada."));
            else
                foreach (var node in daftar)
                {
                    if (node is not YamlMappingNode peta) { masalah.Add(new(namaKuis, node.Start.Line, "Kuis harus berupa peta kunci: nilai.")); continue; }
                    var k = BacaKuis(peta, namaKuis, masalah);
                    if (k is not null) kuis.Add((k.Value.Kuis, namaKuis, peta.Start, k.Value.Modul));
                }
        }

        foreach (var ganda in modul.GroupBy(m => m.Modul.Id).Where(g => g.Count() > 1))
            foreach (var m in ganda.Skip(1))
                masalah.Add(new(m.Berkas, m.Baris, $"Id modul '{ganda.Key}' ganda (sudah dipakai di {ganda.First().Berkas})."));
        foreach (var ganda in modul.GroupBy(m => m.Modul.Urutan).Where(g => g.Count() > 1))
            foreach (var m in ganda.Skip(1))
                masalah.Add(new(m.Berkas, m.Baris, $"Urutan modul {ganda.Key} ganda (sudah dipakai di {ganda.First().Berkas})."));
        foreach (var ganda in soal.GroupBy(s => s.Soal.Id).Where(g => g.Count() > 1))
            foreach (var s in ganda.Skip(1))
                masalah.Add(new(s.Berkas, s.Baris, $"Id soal '{ganda.Key}' ganda (sudah dipakai di {ganda.First().Berkas}, baris {ganda.First().Baris})."));
        foreach (var ganda in kuis.GroupBy(k => k.Kuis.Id).Where(g => g.Count() > 1))
            foreach (var k in ganda.Skip(1))
                masalah.Add(new(k.Berkas, k.Awal.Line, $"Id kuis '{ganda.Key}' ganda."));

        var idModul = modul.Select(m => m.Modul.Id).ToHashSet();
        foreach (var (s, berkas, baris) in soal)
        {
            if (!idModul.Contains(s.ModulId))
                masalah.Add(new(berkas, baris, $"Soal '{s.Id}' menyebut modul '{s.ModulId}' yang tidak ada."));
            else if (Path.GetFileNameWithoutExtension(berkas) != s.ModulId)
                masalah.Add(new(berkas, baris, $"Soal '{s.Id}' milik modul '{s.ModulId}' tetapi ada di berkas {Path.GetFileName(berkas)}."));
        }
        foreach (var (k, berkas, awal, modulKuis) in kuis)
        {
            foreach (var (id, tanda) in modulKuis.Where(m => !idModul.Contains(m.Id)))
                masalah.Add(new(berkas, tanda.Line, $"Kuis '{k.Id}' menyebut modul '{id}' yang tidak ada."));
            var tersedia = soal.Select(s => s.Soal).DistinctBy(s => s.Id).Count(s => k.ModulIds.Contains(s.ModulId));
            if (k.JumlahSoal > tersedia)
                masalah.Add(new(berkas, awal.Line, $"Kuis '{k.Id}' mengambil {k.JumlahSoal} soal, padahal modulnya hanya berisi {tersedia} soal."));
        }

        if (masalah.Count > 0) throw new KontenTidakSahException(masalah);
        return new PustakaKonten(modul.Select(m => m.Modul).ToList(), soal.Select(s => s.Soal).ToList(), kuis.Select(k => k.Kuis).ToList());
    }

    private static string Relatif(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');

    private static YamlMappingNode? BacaYaml(string path, string nama, List<MasalahKonten> masalah, string? teks = null, long geserBaris = 0) =>
        YamlKonten.Baca(teks ?? File.ReadAllText(path), nama, masalah, geserBaris);

    private static YamlNode? Ambil(YamlMappingNode peta, string kunci) =>
        peta.Children.TryGetValue(new YamlScalarNode(kunci), out var nilai) ? nilai : null;

    private static string? Teks(YamlMappingNode peta, string kunci) =>
        Ambil(peta, kunci) is YamlScalarNode { Value: { } v } && v.Trim().Length > 0 ? v.Trim() : null;

    private static long Baris(YamlMappingNode peta, string kunci) => (Ambil(peta, kunci) ?? peta).Start.Line;

    private static int? Angka(YamlMappingNode peta, string kunci, string nama, List<MasalahKonten> masalah, int min, int max, long geser = 0)
    {
        var teks = Teks(peta, kunci);
        if (teks is not null && int.TryParse(teks, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        masalah.Add(new(nama, Baris(peta, kunci) + geser, $"'{kunci}' harus bilangan bulat {min}–{max}{(teks is null ? " dan wajib diisi" : $", bukan '{teks}'")}."));
        return null;
    }

    private static (Modul, string, long)? BacaModul(string path, string nama, List<MasalahKonten> masalah)
    {
        var isi = File.ReadAllText(path).Replace("\r\n", "\n");
        if (!isi.StartsWith("---\n", StringComparison.Ordinal))
        {
            masalah.Add(new(nama, 1, "Modul harus diawali front matter YAML di antara baris '---'."));
            return null;
        }
        var akhir = isi.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (akhir < 0)
        {
            masalah.Add(new(nama, 1, "Front matter tidak ditutup dengan baris '---'."));
            return null;
        }
        // Front matter starts on line 2 of the file; YamlDotNet counts from 1.
        var depan = BacaYaml(path, nama, masalah, isi[4..(akhir + 1)], geserBaris: 1);
        if (depan is null) return null;
        var jumlahMasalah = masalah.Count;
        YamlKonten.KunciDikenal(depan, nama, masalah, KunciModul, geserBaris: 1);
        var id = Teks(depan, "id");
        var judul = Teks(depan, "title");
        if (id is null) masalah.Add(new(nama, Baris(depan, "id") + 1, "'id' modul wajib diisi."));
        else if (NamaBerkasModul().Match(Path.GetFileName(path)) is { Success: true } cocok && cocok.Groups[1].Value != id)
            masalah.Add(new(nama, Baris(depan, "id") + 1, $"'id' modul '{id}' tidak sama dengan nama berkas ('{cocok.Groups[1].Value}')."));
        if (judul is null) masalah.Add(new(nama, Baris(depan, "title") + 1, "'title' modul wajib diisi."));
        var audiens = Audiensi.Parse(Teks(depan, "audience"));
        if (audiens is null)
            masalah.Add(new(nama, Baris(depan, "audience") + 1, $"'audience' harus kades, operator, atau both, bukan '{Teks(depan, "audience")}'."));
        var urutan = Angka(depan, "order", nama, masalah, 1, 999, geser: 1);
        var menit = Angka(depan, "minutes", nama, masalah, 1, 600, geser: 1);
        var tujuan = Ambil(depan, "objectives") is YamlSequenceNode seq
            ? seq.OfType<YamlScalarNode>().Select(n => n.Value ?? "").Where(v => v.Length > 0).ToList()
            : [];

        var badan = isi[(akhir + 5)..];
        var barisBadan = isi[..(akhir + 5)].Count(c => c == '\n') + 1;
        foreach (var (baris, alamat) in PenyajiMarkdown.TautanTidakAman(badan))
            masalah.Add(new(nama, barisBadan + baris, $"Alamat tautan '{alamat}' tidak diizinkan: pakai alamat relatif, http(s)://, mailto: atau tel:."));
        var (pengantar, bagian) = PenyajiMarkdown.Pecah(badan);
        if (bagian.Count == 0)
            masalah.Add(new(nama, barisBadan, "Modul tidak punya bagian: tiap bagian diawali '## '."));
        // The section under which the module shows Dinsos's configured monthly DTSEN windows, named by its heading.
        int? bagianJadwal = null;
        if (Teks(depan, "dtsen_schedule") is { } judulJadwal)
        {
            bagianJadwal = bagian.FirstOrDefault(b => b.Judul == judulJadwal)?.Indeks;
            if (bagianJadwal is null)
                masalah.Add(new(nama, Baris(depan, "dtsen_schedule") + 1, $"'dtsen_schedule': tidak ada bagian berjudul '{judulJadwal}'."));
        }
        if (masalah.Count > jumlahMasalah) return null;
        return (new Modul(id!, judul!, audiens!.Value, urutan!.Value, menit!.Value, tujuan, pengantar, bagian, bagianJadwal), nama, 1);
    }

    private static Soal? BacaSoal(YamlMappingNode peta, string nama, List<MasalahKonten> masalah)
    {
        var jumlahMasalah = masalah.Count;
        YamlKonten.KunciDikenal(peta, nama, masalah, KunciSoal);
        var id = Teks(peta, "id");
        var label = id is null ? "Soal" : $"Soal '{id}'";
        if (id is null) masalah.Add(new(nama, peta.Start.Line, "'id' soal wajib diisi."));
        var modul = Teks(peta, "module");
        if (modul is null) masalah.Add(new(nama, peta.Start.Line, $"{label}: 'module' wajib diisi."));
        var teks = Teks(peta, "text");
        if (teks is null) masalah.Add(new(nama, Baris(peta, "text"), $"{label}: teks soal kosong."));
        var penjelasan = Teks(peta, "explanation");
        if (penjelasan is null) masalah.Add(new(nama, Baris(peta, "explanation"), $"{label}: penjelasan kosong."));
        var kesulitan = Ambil(peta, "difficulty") is null ? 2 : Angka(peta, "difficulty", nama, masalah, 1, 3) ?? 2;
        var jenisTeks = Teks(peta, "type");
        JenisSoal? jenis = jenisTeks switch
        {
            "single" => JenisSoal.Single, "multiple" => JenisSoal.Multiple, "truefalse" => JenisSoal.TrueFalse,
            "numeric" => JenisSoal.Numeric, "matching" => JenisSoal.Matching, _ => null,
        };
        if (jenis is null)
        {
            masalah.Add(new(nama, Baris(peta, "type"), $"{label}: jenis '{jenisTeks}' tidak dikenal (single, multiple, truefalse, numeric, matching)."));
            return null;
        }

        var pilihan = new List<PilihanJawaban>();
        if (jenis is JenisSoal.Single or JenisSoal.Multiple)
        {
            if (Ambil(peta, "options") is YamlSequenceNode opsi)
                foreach (var o in opsi.OfType<YamlMappingNode>())
                {
                    YamlKonten.KunciDikenal(o, nama, masalah, ["id", "text"]);
                    var oid = Teks(o, "id");
                    var oteks = Teks(o, "text");
                    if (oid is null || oteks is null) masalah.Add(new(nama, o.Start.Line, $"{label}: pilihan harus punya 'id' dan 'text'."));
                    else pilihan.Add(new(oid, oteks));
                }
            if (pilihan.Count < 2)
                masalah.Add(new(nama, Baris(peta, "options"), $"{label}: soal pilihan perlu paling sedikit 2 pilihan."));
            foreach (var g in pilihan.GroupBy(p => p.Id).Where(g => g.Count() > 1))
                masalah.Add(new(nama, Baris(peta, "options"), $"{label}: id pilihan '{g.Key}' ganda."));
        }

        var kunci = new List<string>();
        decimal? kunciAngka = null;
        decimal toleransi = 0;
        var pasangan = new List<PasanganJawaban>();
        var idPilihan = pilihan.Select(p => p.Id).ToHashSet();
        switch (jenis)
        {
            case JenisSoal.Single:
                var satu = Teks(peta, "answer");
                if (satu is null || !idPilihan.Contains(satu))
                    masalah.Add(new(nama, Baris(peta, "answer"), $"{label}: jawaban '{satu}' tidak ada di antara pilihan ({string.Join(", ", idPilihan)})."));
                else kunci.Add(satu);
                break;
            case JenisSoal.Multiple:
                var banyak = Ambil(peta, "answers") is YamlSequenceNode jawaban
                    ? jawaban.OfType<YamlScalarNode>().Select(n => n.Value ?? "").ToList() : [];
                foreach (var a in banyak.Where(a => !idPilihan.Contains(a)))
                    masalah.Add(new(nama, Baris(peta, "answers"), $"{label}: jawaban '{a}' tidak ada di antara pilihan ({string.Join(", ", idPilihan)})."));
                var benar = banyak.Distinct().Count();
                if (benar < 2 || benar >= pilihan.Count)
                    masalah.Add(new(nama, Baris(peta, "answers"), $"{label}: soal pilihan ganda-banyak perlu paling sedikit 2 jawaban benar dan tidak semua pilihan benar (sekarang {benar} dari {pilihan.Count})."));
                kunci.AddRange(banyak.Distinct());
                break;
            case JenisSoal.TrueFalse:
                var bs = Teks(peta, "answer")?.ToLowerInvariant();
                if (bs is not ("true" or "false"))
                    masalah.Add(new(nama, Baris(peta, "answer"), $"{label}: jawaban benar/salah harus true atau false, bukan '{bs}'."));
                else kunci.Add(bs);
                break;
            case JenisSoal.Numeric:
                var angka = Teks(peta, "answer");
                if (angka is null || !decimal.TryParse(angka, NumberStyles.Number, CultureInfo.InvariantCulture, out var nilai))
                    masalah.Add(new(nama, Baris(peta, "answer"), $"{label}: jawaban '{angka}' bukan angka."));
                else kunciAngka = nilai;
                var tol = Teks(peta, "tolerance");
                if (tol is not null && (!decimal.TryParse(tol, NumberStyles.Number, CultureInfo.InvariantCulture, out toleransi) || toleransi < 0))
                    masalah.Add(new(nama, Baris(peta, "tolerance"), $"{label}: toleransi '{tol}' harus angka tidak negatif."));
                break;
            case JenisSoal.Matching:
                if (Ambil(peta, "pairs") is YamlSequenceNode pairs)
                    foreach (var p in pairs.OfType<YamlMappingNode>())
                    {
                        YamlKonten.KunciDikenal(p, nama, masalah, ["left", "right"]);
                        var kiri = Teks(p, "left");
                        var kanan = Teks(p, "right");
                        if (kiri is null || kanan is null) masalah.Add(new(nama, p.Start.Line, $"{label}: pasangan harus punya 'left' dan 'right'."));
                        else pasangan.Add(new(kiri, kanan));
                    }
                if (pasangan.Count < 2)
                    masalah.Add(new(nama, Baris(peta, "pairs"), $"{label}: soal menjodohkan perlu paling sedikit 2 pasangan."));
                foreach (var g in pasangan.GroupBy(p => p.Kiri).Where(g => g.Count() > 1))
                    masalah.Add(new(nama, Baris(peta, "pairs"), $"{label}: sisi kiri '{g.Key}' ganda."));
                foreach (var g in pasangan.GroupBy(p => p.Kanan).Where(g => g.Count() > 1))
                    masalah.Add(new(nama, Baris(peta, "pairs"), $"{label}: sisi kanan '{g.Key}' ganda."));
                break;
        }
        if (masalah.Count > jumlahMasalah) return null;
        return new Soal(id!, modul!, jenis.Value, kesulitan, Teks(peta, "problem"), teks!, pilihan, kunci, kunciAngka,
            toleransi, Teks(peta, "unit"), pasangan, penjelasan!);
    }

    private static (Kuis Kuis, List<(string Id, Mark Awal)> Modul)? BacaKuis(YamlMappingNode peta, string nama, List<MasalahKonten> masalah)
    {
        var jumlahMasalah = masalah.Count;
        YamlKonten.KunciDikenal(peta, nama, masalah, KunciKuis);
        var id = Teks(peta, "id");
        var label = id is null ? "Kuis" : $"Kuis '{id}'";
        if (id is null) masalah.Add(new(nama, peta.Start.Line, "'id' kuis wajib diisi."));
        var judul = Teks(peta, "title");
        if (judul is null) masalah.Add(new(nama, Baris(peta, "title"), $"{label}: 'title' wajib diisi."));
        var audiens = Audiensi.Parse(Teks(peta, "audience"));
        if (audiens is null)
            masalah.Add(new(nama, Baris(peta, "audience"), $"{label}: 'audience' harus kades, operator, atau both, bukan '{Teks(peta, "audience")}'."));
        var modul = Ambil(peta, "modules") is YamlSequenceNode seq
            ? seq.OfType<YamlScalarNode>().Select(n => (n.Value ?? "", n.Start)).ToList() : [];
        if (modul.Count == 0) masalah.Add(new(nama, Baris(peta, "modules"), $"{label}: daftar 'modules' kosong."));
        var jumlah = Angka(peta, "questions", nama, masalah, 1, 500);
        var waktu = Angka(peta, "time_limit_minutes", nama, masalah, 1, 600);
        var maks = Angka(peta, "max_attempts", nama, masalah, 1, 100);
        var jeda = Angka(peta, "wait_minutes_between_attempts", nama, masalah, 0, 100_000);
        var lulus = Angka(peta, "pass_percent", nama, masalah, 1, 100);
        var ulasanTeks = Teks(peta, "review");
        ModeUlasan? ulasan = ulasanTeks switch
        {
            "always" => ModeUlasan.Selalu, "after-pass-or-last-attempt" => ModeUlasan.SetelahLulusAtauPercobaanTerakhir,
            "never" => ModeUlasan.Tidak, _ => null,
        };
        if (ulasan is null)
            masalah.Add(new(nama, Baris(peta, "review"), $"{label}: 'review' harus always, after-pass-or-last-attempt, atau never, bukan '{ulasanTeks}'."));
        if (masalah.Count > jumlahMasalah) return null;
        return (new Kuis(id!, judul!, audiens!.Value, modul.Select(m => m.Item1).ToList(), jumlah!.Value, waktu!.Value,
            maks!.Value, jeda!.Value, lulus!.Value, ulasan!.Value), modul);
    }
}
