using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DtksTraining.Web.Shared;

namespace DtksTraining.Web.Belajar;

// Urutan: option ids in display order (single/multiple), or indexes of the right-hand sides in display order (matching).
public sealed record SoalTerundi(string SoalId, IReadOnlyList<string> Urutan);

public sealed record HasilSoal(string SoalId, bool Dijawab, bool Benar);

public sealed record PenilaianKuis(IReadOnlyList<HasilSoal> PerSoal, int Benar, int Jumlah, double Persen, bool Lulus);

public sealed record RiwayatPercobaan(DateTimeOffset Mulai, DateTimeOffset? DinilaiPada, bool Lulus);

public sealed record KeputusanMulai(bool Boleh, string? Pesan, DateTimeOffset? DibukaPada = null);

public enum StatusJawaban { Diterima, SoalBukanBagianPercobaan, PilihanTidakAda, JawabanTidakSah, WaktuHabis, SudahDinilai }

public sealed record HasilValidasiJawaban(StatusJawaban Status, string Pesan)
{
    public bool Diterima => Status == StatusJawaban.Diterima;
}

public static partial class MesinKuis
{
    public static readonly TimeSpan Tenggang = TimeSpan.FromSeconds(30);

    // Each module gets an equal share of the questions; a module too small gives its remainder to the others.
    public static IReadOnlyList<SoalTerundi> Undi(Kuis kuis, IEnumerable<Soal> bank, int seed)
    {
        var acak = new Random(seed);
        var perModul = kuis.ModulIds.Distinct()
            .Select(m => Acak(bank.Where(s => s.ModulId == m).OrderBy(s => s.Id, StringComparer.Ordinal).ToList(), acak))
            .Where(l => l.Count > 0).ToList();
        var jatah = new int[perModul.Count];
        var sisa = Math.Min(kuis.JumlahSoal, perModul.Sum(l => l.Count));
        while (sisa > 0)
        {
            var terbuka = Enumerable.Range(0, perModul.Count).Where(i => jatah[i] < perModul[i].Count).ToList();
            var bagian = sisa / terbuka.Count;
            if (bagian == 0)
            {
                foreach (var i in Acak(terbuka, acak).Take(sisa)) jatah[i]++;
                break;
            }
            foreach (var i in terbuka)
            {
                var tambah = Math.Min(bagian, perModul[i].Count - jatah[i]);
                jatah[i] += tambah;
                sisa -= tambah;
            }
        }
        var terpilih = perModul.SelectMany((l, i) => l.Take(jatah[i])).ToList();
        return Acak(terpilih, acak).Select(s => new SoalTerundi(s.Id, UrutanTampil(s, acak))).ToList();
    }

    private static IReadOnlyList<string> UrutanTampil(Soal soal, Random acak) => soal.Jenis switch
    {
        JenisSoal.Single or JenisSoal.Multiple => Acak(soal.Pilihan.Select(p => p.Id).ToList(), acak),
        JenisSoal.Matching => Acak(Enumerable.Range(0, soal.Pasangan.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList(), acak),
        _ => [],
    };

    private static List<T> Acak<T>(List<T> daftar, Random acak)
    {
        var hasil = daftar.ToList();
        for (var i = hasil.Count - 1; i > 0; i--)
        {
            var j = acak.Next(i + 1);
            (hasil[i], hasil[j]) = (hasil[j], hasil[i]);
        }
        return hasil;
    }

    public static string KeJson(IReadOnlyList<SoalTerundi> undian) => JsonSerializer.Serialize(undian);

    public static IReadOnlyList<SoalTerundi> DariJson(string json) => JsonSerializer.Deserialize<List<SoalTerundi>>(json) ?? [];

    public static string JawabanKeJson(IReadOnlyList<string> nilai) => JsonSerializer.Serialize(nilai);

    public static IReadOnlyList<string> JawabanDariJson(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];

    public static DateTimeOffset BatasWaktu(Kuis kuis, DateTimeOffset mulai) => mulai.AddMinutes(kuis.BatasWaktuMenit);

    public static bool WaktuHabis(DateTimeOffset batasWaktu, DateTimeOffset now) => now > batasWaktu + Tenggang;

    public static KeputusanMulai BolehMulai(Kuis kuis, IReadOnlyList<RiwayatPercobaan> riwayat, DateTimeOffset now)
    {
        if (riwayat.Any(r => r.Lulus))
            return new(false, "Anda sudah lulus kuis ini. Tidak perlu mengulang.");
        if (riwayat.Count >= kuis.MaksPercobaan)
            return new(false, $"Kesempatan Anda untuk kuis ini sudah habis ({kuis.MaksPercobaan} kali). Hubungi fasilitator.");
        var terakhir = riwayat.OrderBy(r => r.Mulai).LastOrDefault();
        if (terakhir is null) return new(true, null);
        var dibuka = (terakhir.DinilaiPada ?? terakhir.Mulai).AddMinutes(kuis.JedaMenit);
        if (now < dibuka)
            return new(false, $"Percobaan berikutnya dibuka {Wib.Tampil(dibuka, CultureInfo.GetCultureInfo("id-ID"))}.", dibuka);
        return new(true, null);
    }

    public static HasilValidasiJawaban PeriksaJawaban(IReadOnlyList<SoalTerundi> undian, DateTimeOffset batasWaktu,
        DateTimeOffset? dinilaiPada, Soal? soal, IReadOnlyList<string> nilai, DateTimeOffset now)
    {
        if (dinilaiPada is not null)
            return new(StatusJawaban.SudahDinilai, "Percobaan ini sudah dinilai; jawaban tidak bisa diubah lagi.");
        if (WaktuHabis(batasWaktu, now))
            return new(StatusJawaban.WaktuHabis, "Waktu mengerjakan sudah habis; jawaban ini tidak disimpan.");
        if (soal is null || undian.All(u => u.SoalId != soal.Id))
            return new(StatusJawaban.SoalBukanBagianPercobaan, "Soal ini bukan bagian dari percobaan Anda; jawaban ditolak.");
        if (nilai.Count == 0) return new(StatusJawaban.Diterima, "");
        var sah = soal.Jenis switch
        {
            JenisSoal.Single => nilai.Count == 1 && soal.Pilihan.Any(p => p.Id == nilai[0]),
            JenisSoal.Multiple => nilai.Distinct().Count() == nilai.Count && nilai.All(n => soal.Pilihan.Any(p => p.Id == n)),
            JenisSoal.TrueFalse => nilai is ["true"] or ["false"],
            JenisSoal.Numeric => nilai.Count == 1 && BacaAngka(nilai[0]) is not null,
            // A pair left empty is a draft (auto-save while matching); it is graded wrong and not counted as answered.
            JenisSoal.Matching => nilai.Count == soal.Pasangan.Count
                                  && nilai.All(n => n.Length == 0 || int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < soal.Pasangan.Count),
            _ => false,
        };
        if (sah) return new(StatusJawaban.Diterima, "");
        return soal.Jenis == JenisSoal.Numeric
            ? new(StatusJawaban.JawabanTidakSah, "Jawaban harus berupa angka, misalnya 16 atau 2,5.")
            : new(StatusJawaban.PilihanTidakAda, "Pilihan jawaban itu tidak ada pada soal ini; jawaban ditolak.");
    }

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+(,\d+)?$")] private static partial Regex RibuanTitik();

    // Accepts Indonesian writing: "2,5", "1.500.000" and "Rp 1.500.000" as well as "2.5".
    public static decimal? BacaAngka(string? teks)
    {
        if (string.IsNullOrWhiteSpace(teks)) return null;
        var t = teks.Trim().Replace(" ", "");
        if (t.StartsWith("Rp", StringComparison.OrdinalIgnoreCase)) t = t[2..];
        if (RibuanTitik().IsMatch(t)) t = t.Replace(".", "");
        t = t.Replace(',', '.');
        return decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    // Answered for the "n of m" count and the confirmation before sending: a matching question only when every pair is chosen.
    public static bool Lengkap(Soal soal, IReadOnlyList<string>? nilai) =>
        nilai is { Count: > 0 } && (soal.Jenis != JenisSoal.Matching || nilai.All(n => n.Length > 0));

    public static bool Benar(Soal soal, IReadOnlyList<string>? nilai)
    {
        if (nilai is null || nilai.Count == 0) return false;
        return soal.Jenis switch
        {
            JenisSoal.Single or JenisSoal.TrueFalse => nilai.Count == 1 && nilai[0] == soal.Kunci[0],
            JenisSoal.Multiple => nilai.ToHashSet().SetEquals(soal.Kunci) && nilai.Count == soal.Kunci.Count,
            JenisSoal.Numeric => nilai.Count == 1 && BacaAngka(nilai[0]) is { } n && Math.Abs(n - soal.KunciAngka!.Value) <= soal.Toleransi,
            // Matching: value i is the pair index chosen for left side i; every pair must be right to score.
            JenisSoal.Matching => nilai.Count == soal.Pasangan.Count
                                  && nilai.Select((v, i) => v == i.ToString(CultureInfo.InvariantCulture)).All(b => b),
            _ => false,
        };
    }

    public static PenilaianKuis Nilai(IReadOnlyList<Soal> soal, IReadOnlyDictionary<string, IReadOnlyList<string>> jawaban, int nilaiLulus)
    {
        var perSoal = soal.Select(s =>
        {
            var ada = jawaban.TryGetValue(s.Id, out var j) && j.Count > 0;
            return new HasilSoal(s.Id, ada, ada && Benar(s, j));
        }).ToList();
        var benar = perSoal.Count(h => h.Benar);
        var persen = soal.Count == 0 ? 0 : Math.Round(100.0 * benar / soal.Count, 1, MidpointRounding.AwayFromZero);
        return new PenilaianKuis(perSoal, benar, soal.Count, persen, persen >= nilaiLulus);
    }

    public static bool BolehUlas(ModeUlasan mode, bool sudahLulus, int percobaanDipakai, int maksPercobaan) => mode switch
    {
        ModeUlasan.Selalu => true,
        ModeUlasan.SetelahLulusAtauPercobaanTerakhir => sudahLulus || percobaanDipakai >= maksPercobaan,
        _ => false,
    };

    public static IReadOnlyList<string> KunciSebagaiJawaban(Soal soal) => soal.Jenis switch
    {
        JenisSoal.Numeric => [soal.KunciAngka!.Value.ToString(CultureInfo.InvariantCulture)],
        JenisSoal.Matching => soal.Pasangan.Select((_, i) => i.ToString(CultureInfo.InvariantCulture)).ToList(),
        _ => soal.Kunci,
    };
}
