using DtksTraining.Web.Akun;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Wilayah;

namespace DtksTraining.Tests.Jadwal;

public class PerencanaJadwalTests
{
    private static string Ringkas(HasilJadwal hasil) => string.Join("\n", hasil.Sesi.Select(s =>
        $"{s.Tanggal:yyyy-MM-dd} {s.VenueKode} [{string.Join(",", s.Fasilitator)}] " +
        string.Join(" ", s.Kecamatan.Select(k => $"{k.KecamatanKode}:{k.Kursi}"))));

    [Fact]
    public void Seed_data_has_the_real_shape()
    {
        var kecamatan = DataPesawaran.Kecamatan();
        Assert.Equal(11, kecamatan.Count);
        Assert.Equal(148, kecamatan.Sum(k => k.JumlahDesa));
        Assert.Equal(
            ["BGL:80", "KDG:70", "NUJ:100", "PDC:80", "SKR:60"],
            DataPesawaran.Venue().Select(v => $"{v.Kode}:{v.Kapasitas}").Order());
        Assert.Equal(7, DataPesawaran.Putaran2024.DaftarHariKerja().Count);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    public void Round_2024_seats_every_participant(int jumlahFasilitator, int maksSesiSehari)
    {
        var permintaan = DataPesawaran.Permintaan(jumlahFasilitator);
        var hasil = PerencanaJadwal.Susun(permintaan);

        Assert.True(hasil.Berhasil, string.Join("\n", hasil.TakTertampung.Select(t => t.Pesan)));
        Assert.Equal(296, hasil.Sesi.Sum(s => s.KursiDipesan));
        foreach (var k in permintaan.Kecamatan)
            Assert.Equal(2 * k.JumlahDesa, hasil.Sesi.SelectMany(s => s.Kecamatan).Where(x => x.KecamatanKode == k.Kode).Sum(x => x.Kursi));

        var hariKerja = permintaan.Putaran.DaftarHariKerja();
        foreach (var s in hasil.Sesi)
        {
            Assert.Contains(s.Tanggal, hariKerja);
            Assert.True(s.KursiDipesan <= s.Kapasitas);
            Assert.Equal(2, s.Fasilitator.Count);
            Assert.Equal(new TimeOnly(8, 0), s.JamMulai);
            Assert.Equal(new TimeOnly(15, 0), s.JamSelesai);
            Assert.Equal(TimeSpan.FromHours(1), s.MulaiUtc.TimeOfDay);
        }
        Assert.All(hasil.Sesi.GroupBy(s => (s.Tanggal, s.VenueKode)), g => Assert.Single(g));
        Assert.All(hasil.Sesi.GroupBy(s => s.Tanggal), g =>
        {
            Assert.True(g.Count() <= maksSesiSehari);
            var fas = g.SelectMany(s => s.Fasilitator).ToList();
            Assert.Equal(fas.Count, fas.Distinct().Count());
        });
        Assert.Equal(hasil.Sesi.OrderBy(s => s.Tanggal).ThenBy(s => s.VenueKode, StringComparer.Ordinal), hasil.Sesi);
    }

    [Fact]
    public void Round_2024_with_two_facilitators_gives_the_expected_plan()
    {
        var hasil = PerencanaJadwal.Susun(DataPesawaran.Permintaan(2));

        Assert.Equal(
            """
            2024-10-15 NUJ [fas-1,fas-2] 18.09.02:42 18.09.03:32
            2024-10-16 BGL [fas-1,fas-2] 18.09.01:38
            2024-10-17 KDG [fas-1,fas-2] 18.09.04:32 18.09.07:24
            2024-10-18 PDC [fas-1,fas-2] 18.09.05:24 18.09.10:20 18.09.11:22
            2024-10-21 SKR [fas-1,fas-2] 18.09.06:22 18.09.08:20
            2024-10-22 KDG [fas-1,fas-2] 18.09.09:20
            """.ReplaceLineEndings("\n"),
            Ringkas(hasil));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Same_input_gives_same_plan_whatever_the_input_order(int jumlahFasilitator)
    {
        var permintaan = DataPesawaran.Permintaan(jumlahFasilitator);
        var dibalik = permintaan with
        {
            Kecamatan = permintaan.Kecamatan.Reverse().ToList(),
            Venue = permintaan.Venue.Reverse().ToList(),
            Fasilitator = permintaan.Fasilitator.Reverse().ToList(),
        };

        Assert.Equal(Ringkas(PerencanaJadwal.Susun(permintaan)), Ringkas(PerencanaJadwal.Susun(permintaan)));
        Assert.Equal(Ringkas(PerencanaJadwal.Susun(permintaan)), Ringkas(PerencanaJadwal.Susun(dibalik)));
    }

    public static TheoryData<string, PermintaanJadwal, AlasanTakTertampung, int> TidakMuat()
    {
        var dasar = DataPesawaran.Permintaan(2);
        return new()
        {
            { "tanpa hari kerja (Sabtu-Minggu)", dasar with { Putaran = new PutaranJadwal(new(2024, 10, 19), new(2024, 10, 20)) }, AlasanTakTertampung.HariKerjaTidakCukup, 11 },
            { "semua hari libur", dasar with { Putaran = DataPesawaran.Putaran2024 with { HariLibur = [.. DataPesawaran.Putaran2024.DaftarHariKerja()] } }, AlasanTakTertampung.HariKerjaTidakCukup, 11 },
            { "kapasitas 0", dasar with { Venue = dasar.Venue.Select(v => v with { Kapasitas = 0 }).ToList() }, AlasanTakTertampung.KursiTidakCukup, 11 },
            { "tanpa fasilitator", dasar with { Fasilitator = [] }, AlasanTakTertampung.FasilitatorTidakCukup, 11 },
            { "satu fasilitator, butuh dua", dasar with { Fasilitator = ["fas-1"] }, AlasanTakTertampung.FasilitatorTidakCukup, 11 },
            { "tanpa daftar venue", dasar with { VenueTerdekat = new Dictionary<string, IReadOnlyList<string>>() }, AlasanTakTertampung.TidakAdaVenuePilihan, 11 },
            { "venue pilihan tidak terdaftar", dasar with { VenueTerdekat = dasar.Kecamatan.ToDictionary(k => k.Kode, _ => (IReadOnlyList<string>)["XXX"]) }, AlasanTakTertampung.TidakAdaVenuePilihan, 11 },
        };
    }

    [Theory]
    [MemberData(nameof(TidakMuat))]
    public void Infeasible_rounds_name_every_kecamatan_and_the_reason(string kasus, PermintaanJadwal permintaan, AlasanTakTertampung alasan, int jumlah)
    {
        var hasil = PerencanaJadwal.Susun(permintaan);

        Assert.False(hasil.Berhasil, kasus);
        Assert.Equal(jumlah, hasil.TakTertampung.Count);
        Assert.All(hasil.TakTertampung, t =>
        {
            Assert.Equal(alasan, t.Alasan);
            Assert.Equal(t.Peserta, t.BelumTertampung);
            Assert.Contains(t.Nama, t.Pesan);
        });
        Assert.Equal(hasil.TakTertampung.Select(t => t.KecamatanKode).Order(StringComparer.Ordinal), hasil.TakTertampung.Select(t => t.KecamatanKode));
    }

    [Theory]
    [InlineData(1, AlasanTakTertampung.FasilitatorTidakCukup, "tambah fasilitator")]
    [InlineData(10, AlasanTakTertampung.HariKerjaTidakCukup, "tambah hari pelatihan")]
    public void One_day_is_too_short_and_the_reason_says_what_to_add(int pasangFasilitator, AlasanTakTertampung alasan, string saran)
    {
        var satuHari = new PutaranJadwal(new(2024, 10, 15), new(2024, 10, 15))
        {
            PesertaPerDesa = new Dictionary<string, int> { [Peran.KepalaDesa] = 1, [Peran.Operator] = 1, ["Sekdes"] = 1 },
        };
        var permintaan = DataPesawaran.Permintaan(2 * pasangFasilitator) with { Putaran = satuHari };

        var hasil = PerencanaJadwal.Susun(permintaan);

        Assert.False(hasil.Berhasil);
        Assert.All(hasil.TakTertampung, t =>
        {
            Assert.Equal(alasan, t.Alasan);
            Assert.Contains(saran, t.Pesan, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Equal(444, hasil.Sesi.Sum(s => s.KursiDipesan) + hasil.TakTertampung.Sum(t => t.BelumTertampung));
    }

    [Fact]
    public void A_kecamatan_without_preferences_is_reported_while_the_rest_are_seated()
    {
        var dasar = DataPesawaran.Permintaan(2);
        var pilihan = dasar.VenueTerdekat.Where(p => p.Key != "18.09.08").ToDictionary(p => p.Key, p => p.Value);

        var hasil = PerencanaJadwal.Susun(dasar with { VenueTerdekat = pilihan });

        var t = Assert.Single(hasil.TakTertampung);
        Assert.Equal(("18.09.08", AlasanTakTertampung.TidakAdaVenuePilihan, 20), (t.KecamatanKode, t.Alasan, t.BelumTertampung));
        Assert.Equal("Kecamatan Marga Punduh belum punya venue pilihan yang terdaftar, jadi 20 peserta tidak bisa ditempatkan.", t.Pesan);
        Assert.Equal(276, hasil.Sesi.Sum(s => s.KursiDipesan));
    }

    private static PermintaanJadwal Kecil(PutaranJadwal putaran, int fasilitator, (string Kode, int Kapasitas)[] venue,
        params (string Kode, int Desa, string[] Pilihan)[] kecamatan) => new(
        putaran,
        kecamatan.Select(k => new KecamatanPeserta(k.Kode, "K" + k.Kode, k.Desa)).ToList(),
        venue.Select(v => new VenueJadwal(v.Kode, v.Kapasitas)).ToList(),
        kecamatan.ToDictionary(k => k.Kode, k => (IReadOnlyList<string>)k.Pilihan),
        Enumerable.Range(1, fasilitator).Select(i => $"f{i}").ToList());

    private static readonly PutaranJadwal TigaHari = new(new(2024, 10, 15), new(2024, 10, 17));

    public static TheoryData<string, PermintaanJadwal, string> KasusKecil() => new()
    {
        {
            "kecamatan besar dipecah ke dua hari",
            Kecil(TigaHari, 2, [("X", 100)], ("A", 75, ["X"])),
            "2024-10-15 X [f1,f2] A:100\n2024-10-16 X [f1,f2] A:50"
        },
        {
            "dua kecamatan kecil berbagi satu sesi",
            Kecil(TigaHari, 2, [("X", 100)], ("A", 20, ["X"]), ("B", 25, ["X"])),
            "2024-10-15 X [f1,f2] A:40 B:50"
        },
        {
            "venue terdekat lebih dulu daripada hari paling awal",
            Kecil(TigaHari, 2, [("X", 100), ("Y", 100)], ("B", 25, ["X"]), ("A", 20, ["Y", "X"])),
            "2024-10-15 X [f1,f2] B:50\n2024-10-16 Y [f1,f2] A:40"
        },
        {
            "tiga fasilitator digilir, satu sesi sehari",
            Kecil(TigaHari, 3, [("X", 50), ("Y", 50)], ("A", 25, ["X"]), ("B", 25, ["Y"]), ("C", 20, ["X"])),
            "2024-10-15 X [f1,f2] A:50\n2024-10-16 Y [f1,f3] B:50\n2024-10-17 X [f2,f3] C:40"
        },
        {
            "tanpa kebutuhan fasilitator semua venue bisa dipakai sehari",
            Kecil(TigaHari with { FasilitatorPerSesi = 0 }, 0, [("X", 50), ("Y", 50)], ("A", 25, ["X"]), ("B", 25, ["Y"])),
            "2024-10-15 X [] A:50\n2024-10-15 Y [] B:50"
        },
        {
            "pecahan sisa pindah ke venue berikutnya",
            Kecil(new(new(2024, 10, 15), new(2024, 10, 15)), 4, [("X", 60), ("Y", 60)], ("A", 20, ["X"]), ("B", 35, ["Y", "X"])),
            "2024-10-15 X [f3,f4] A:40 B:10\n2024-10-15 Y [f1,f2] B:60"
        },
    };

    [Theory]
    [MemberData(nameof(KasusKecil))]
    public void Small_cases_follow_the_placement_rules(string kasus, PermintaanJadwal permintaan, string rencana)
    {
        var hasil = PerencanaJadwal.Susun(permintaan);

        Assert.True(hasil.Berhasil, kasus);
        Assert.Equal(rencana, Ringkas(hasil));
    }

    [Fact]
    public void Leftover_seats_are_used_before_a_kecamatan_is_reported()
    {
        var permintaan = Kecil(new(new(2024, 10, 15), new(2024, 10, 16)), 2, [("X", 60)], ("A", 25, ["X"]), ("B", 40, ["X"]));

        var hasil = PerencanaJadwal.Susun(permintaan);

        Assert.Equal("2024-10-15 X [f1,f2] B:60\n2024-10-16 X [f1,f2] A:40 B:20", Ringkas(hasil));
        var t = Assert.Single(hasil.TakTertampung);
        Assert.Equal(("A", 50, 10, AlasanTakTertampung.HariKerjaTidakCukup), (t.KecamatanKode, t.Peserta, t.BelumTertampung, t.Alasan));
        Assert.Equal("Semua venue pilihan Kecamatan KA sudah penuh pada 2 hari kerja (15 Oktober 2024 s.d. 16 Oktober 2024); 10 dari 50 peserta belum mendapat kursi. Tambah hari pelatihan atau venue.", t.Pesan);
    }

    [Theory]
    [InlineData(null, 7)]
    [InlineData("2024-10-17", 6)]
    [InlineData("sabtu", 8)]
    public void Working_days_skip_weekends_and_holidays(string? ubah, int jumlah)
    {
        var putaran = DataPesawaran.Putaran2024;
        if (ubah == "sabtu") putaran = putaran with { HariKerja = [.. putaran.HariKerja, DayOfWeek.Saturday] };
        else if (ubah is not null) putaran = putaran with { HariLibur = [DateOnly.Parse(ubah)] };

        Assert.Equal(jumlah, putaran.DaftarHariKerja().Count);
    }

    [Theory]
    [InlineData(19, 0, 38)]
    [InlineData(19, 5, 43)]
    [InlineData(0, 3, 3)]
    public void Participants_are_counted_from_roles_per_desa_plus_extras(int desa, int tambahan, int peserta) =>
        Assert.Equal(peserta, DataPesawaran.Putaran2024.JumlahPeserta(new KecamatanPeserta("18.09.01", "Gedong Tataan", desa, tambahan)));
}
