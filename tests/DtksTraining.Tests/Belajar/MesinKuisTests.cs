using DtksTraining.Web.Belajar;

namespace DtksTraining.Tests.Belajar;

public class MesinKuisTests
{
    private static Soal Pilihan(string id, string modul, params string[] kunci) => new(id, modul,
        kunci.Length > 1 ? JenisSoal.Multiple : JenisSoal.Single, 2, null, "Teks", [new("a", "A"), new("b", "B"), new("c", "C"), new("d", "D")],
        kunci, null, 0, null, [], "Penjelasan");

    private static readonly Soal Tunggal = Pilihan("s1", "m1", "b");
    private static readonly Soal Banyak = Pilihan("s2", "m1", "a", "c");
    private static readonly Soal BenarSalah = new("s3", "m1", JenisSoal.TrueFalse, 1, null, "Teks", [], ["true"], null, 0, null, [], "P");
    private static readonly Soal Angka = new("s4", "m1", JenisSoal.Numeric, 1, null, "Teks", [], [], 2.5m, 0.1m, null, [], "P");
    private static readonly Soal Rupiah = new("s5", "m1", JenisSoal.Numeric, 1, null, "Teks", [], [], 1_500_000m, 0, "Rp", [], "P");
    private static readonly Soal Jodoh = new("s6", "m1", JenisSoal.Matching, 1, null, "Teks", [], [], null, 0, null,
        [new("1", "Tinggal"), new("2", "Meninggal"), new("3", "Pindah")], "P");
    private static readonly Soal[] Semua = [Tunggal, Banyak, BenarSalah, Angka, Rupiah, Jodoh];

    private static Kuis KuisDari(int jumlah, params string[] modul) =>
        new("k", "Kuis", Audiens.Keduanya, modul, jumlah, 30, 3, 60, 70, ModeUlasan.SetelahLulusAtauPercobaanTerakhir);

    private static List<Soal> Bank(params (string Modul, int Jumlah)[] isi) =>
        isi.SelectMany(m => Enumerable.Range(1, m.Jumlah).Select(i => Pilihan($"{m.Modul}-{i:00}", m.Modul, "a"))).ToList();

    [Theory]
    [InlineData(12, new[] { 10, 10, 10 }, new[] { 4, 4, 4 })]
    [InlineData(12, new[] { 2, 10, 10 }, new[] { 2, 5, 5 })]
    [InlineData(10, new[] { 10, 10, 10 }, new[] { 4, 3, 3 })]
    [InlineData(6, new[] { 1, 1, 20 }, new[] { 1, 1, 4 })]
    public void Draw_is_stratified_by_module(int jumlah, int[] isiModul, int[] harapan)
    {
        var bank = Bank(isiModul.Select((n, i) => ($"m{i}", n)).ToArray());
        var undian = MesinKuis.Undi(KuisDari(jumlah, "m0", "m1", "m2"), bank, seed: 11);
        var perModul = undian.GroupBy(u => u.SoalId[..2]).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(jumlah, undian.Select(u => u.SoalId).Distinct().Count());
        Assert.Equal(harapan.Order(), Enumerable.Range(0, 3).Select(i => perModul.GetValueOrDefault($"m{i}")).Order());
        for (var i = 0; i < 3; i++) Assert.InRange(perModul.GetValueOrDefault($"m{i}"), 0, isiModul[i]);
    }

    [Fact]
    public void Same_seed_draws_the_same_questions_and_option_orders_and_another_seed_differs()
    {
        var kuis = KuisDari(9, "m0", "m1", "m2");
        var bank = Bank(("m0", 10), ("m1", 10), ("m2", 10));
        var satu = MesinKuis.KeJson(MesinKuis.Undi(kuis, bank, 42));
        Assert.Equal(satu, MesinKuis.KeJson(MesinKuis.Undi(kuis, bank.AsEnumerable().Reverse(), 42)));
        Assert.NotEqual(satu, MesinKuis.KeJson(MesinKuis.Undi(kuis, bank, 43)));
        var urutan = MesinKuis.DariJson(satu);
        Assert.All(urutan, u => Assert.Equal(["a", "b", "c", "d"], u.Urutan.Order()));
        Assert.Contains(Enumerable.Range(0, 20), s => !MesinKuis.Undi(kuis, bank, s)[0].Urutan.SequenceEqual(["a", "b", "c", "d"]));
    }

    [Theory]
    [InlineData("s1", new[] { "b" }, true)]
    [InlineData("s1", new[] { "a" }, false)]
    [InlineData("s1", new string[0], false)]
    [InlineData("s2", new[] { "c", "a" }, true)]
    [InlineData("s2", new[] { "a" }, false)]
    [InlineData("s2", new[] { "a", "c", "d" }, false)]
    [InlineData("s3", new[] { "true" }, true)]
    [InlineData("s3", new[] { "false" }, false)]
    [InlineData("s4", new[] { "2,5" }, true)]
    [InlineData("s4", new[] { "2.59" }, true)]
    [InlineData("s4", new[] { "2,7" }, false)]
    [InlineData("s5", new[] { "Rp 1.500.000" }, true)]
    [InlineData("s5", new[] { "1500000" }, true)]
    [InlineData("s5", new[] { "1.500" }, false)]
    [InlineData("s6", new[] { "0", "1", "2" }, true)]
    [InlineData("s6", new[] { "0", "2", "1" }, false)]
    [InlineData("s6", new[] { "0", "1", "" }, false)]
    public void Grading_per_type(string soalId, string[] jawaban, bool benar) =>
        Assert.Equal(benar, MesinKuis.Benar(Semua.Single(s => s.Id == soalId), jawaban));

    [Theory]
    [InlineData("s1", new[] { "a" }, true)]
    [InlineData("s1", new string[0], false)]
    [InlineData("s6", new[] { "0", "2", "1" }, true)]
    [InlineData("s6", new[] { "0", "", "1" }, false)]
    [InlineData("s6", new[] { "", "", "" }, false)]
    public void Only_a_fully_matched_question_counts_as_answered(string soalId, string[] jawaban, bool lengkap) =>
        Assert.Equal(lengkap, MesinKuis.Lengkap(Semua.Single(s => s.Id == soalId), jawaban));

    [Theory]
    [InlineData(6, 70, 100.0, true)]
    [InlineData(5, 70, 83.3, true)]
    [InlineData(4, 70, 66.7, false)]
    [InlineData(0, 70, 0.0, false)]
    public void Score_is_the_percentage_right_and_pass_mark_applies(int benar, int lulus, double persen, bool harapLulus)
    {
        var jawaban = Semua.Take(benar).ToDictionary(s => s.Id, s => MesinKuis.KunciSebagaiJawaban(s));
        var hasil = MesinKuis.Nilai(Semua, jawaban, lulus);
        Assert.Equal((benar, 6, persen, harapLulus), (hasil.Benar, hasil.Jumlah, hasil.Persen, hasil.Lulus));
        Assert.Equal(hasil, MesinKuis.Nilai(Semua, jawaban, lulus) with { PerSoal = hasil.PerSoal });
    }

    private static readonly DateTimeOffset Mulai = new(2024, 10, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<SoalTerundi> Undian = [new("s1", ["c", "a", "b", "d"]), new("s4", []), new("s6", ["2", "0", "1"])];

    [Theory]
    [InlineData("s1", new[] { "a" }, 10, false, StatusJawaban.Diterima)]
    [InlineData("s1", new[] { "x" }, 10, false, StatusJawaban.PilihanTidakAda)]
    [InlineData("s1", new[] { "a", "b" }, 10, false, StatusJawaban.PilihanTidakAda)]
    [InlineData("s2", new[] { "a" }, 10, false, StatusJawaban.SoalBukanBagianPercobaan)]
    [InlineData("tidak-ada", new[] { "a" }, 10, false, StatusJawaban.SoalBukanBagianPercobaan)]
    [InlineData("s4", new[] { "dua" }, 10, false, StatusJawaban.JawabanTidakSah)]
    [InlineData("s6", new[] { "0", "1", "5" }, 10, false, StatusJawaban.PilihanTidakAda)]
    [InlineData("s6", new[] { "0", "", "" }, 10, false, StatusJawaban.Diterima)]
    [InlineData("s6", new[] { "0", "" }, 10, false, StatusJawaban.PilihanTidakAda)]
    [InlineData("s1", new[] { "a" }, 30 * 60 + 30, false, StatusJawaban.Diterima)]
    [InlineData("s1", new[] { "a" }, 30 * 60 + 31, false, StatusJawaban.WaktuHabis)]
    [InlineData("s1", new[] { "a" }, 10, true, StatusJawaban.SudahDinilai)]
    public void Answers_are_checked_against_the_attempt(string soalId, string[] nilai, int detikSetelahMulai, bool dinilai, StatusJawaban harapan)
    {
        var batas = MesinKuis.BatasWaktu(KuisDari(3, "m1"), Mulai);
        var hasil = MesinKuis.PeriksaJawaban(Undian, batas, dinilai ? Mulai : null, Semua.SingleOrDefault(s => s.Id == soalId),
            nilai, Mulai.AddSeconds(detikSetelahMulai));
        Assert.Equal(harapan, hasil.Status);
        Assert.Equal(harapan == StatusJawaban.Diterima, hasil.Pesan.Length == 0);
    }

    public static TheoryData<int[], bool[], int, bool, string?> Percobaan => new()
    {
        { [], [], 0, true, null },
        { [0], [false], 30, false, "Percobaan berikutnya dibuka Selasa, 15 Oktober 2024 10.00 WIB." },
        { [0], [false], 90, true, null },
        { [0], [true], 600, false, "Anda sudah lulus kuis ini. Tidak perlu mengulang." },
        { [0, 100, 200], [false, false, false], 900, false, "Kesempatan Anda untuk kuis ini sudah habis (3 kali). Hubungi fasilitator." },
    };

    [Theory]
    [MemberData(nameof(Percobaan))]
    public void Attempt_limit_and_waiting_time(int[] menitMulai, bool[] lulus, int menitSekarang, bool boleh, string? pesan)
    {
        var riwayat = menitMulai.Select((m, i) => new RiwayatPercobaan(Mulai.AddMinutes(m), Mulai.AddMinutes(m), lulus[i])).ToList();
        var keputusan = MesinKuis.BolehMulai(KuisDari(3, "m1"), riwayat, Mulai.AddMinutes(menitSekarang));
        Assert.Equal((boleh, pesan), (keputusan.Boleh, keputusan.Pesan));
    }

    [Theory]
    [InlineData(ModeUlasan.Selalu, false, 1, true)]
    [InlineData(ModeUlasan.SetelahLulusAtauPercobaanTerakhir, false, 1, false)]
    [InlineData(ModeUlasan.SetelahLulusAtauPercobaanTerakhir, true, 1, true)]
    [InlineData(ModeUlasan.SetelahLulusAtauPercobaanTerakhir, false, 3, true)]
    [InlineData(ModeUlasan.Tidak, true, 3, false)]
    public void Review_visibility(ModeUlasan mode, bool lulus, int dipakai, bool boleh) =>
        Assert.Equal(boleh, MesinKuis.BolehUlas(mode, lulus, dipakai, 3));

    [Fact]
    public void Item_statistics_rank_hardest_first_with_upper_lower_discrimination()
    {
        // Ten attempts: q-mudah always right; q-beda right only for the top scorers; q-sulit never right.
        var percobaan = Enumerable.Range(0, 10).Select(i => new PercobaanDinilai(i * 10,
            new Dictionary<string, bool> { ["q-mudah"] = true, ["q-beda"] = i >= 7, ["q-sulit"] = false })).ToList();

        var statistik = AnalisisButir.Hitung(percobaan);

        Assert.Equal(["q-sulit", "q-beda", "q-mudah"], statistik.Select(s => s.SoalId));
        Assert.Equal((10, 0.0, 0.0), (statistik[0].Peserta, statistik[0].IndeksKesukaran, statistik[0].DayaBeda));
        Assert.Equal((0.3, 1.0), (statistik[1].IndeksKesukaran, statistik[1].DayaBeda));
        Assert.Equal((1.0, 0.0), (statistik[2].IndeksKesukaran, statistik[2].DayaBeda));
        Assert.Empty(AnalisisButir.Hitung([]));
    }
}
