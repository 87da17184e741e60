using DtksTraining.Web.Jadwal;

namespace DtksTraining.Tests.Jadwal;

public class ValidasiSesiTests
{
    private static readonly DateOnly Mulai = new(2024, 10, 15);
    private static readonly DateOnly Selesai = new(2024, 10, 23);

    private static SesiJadwal Sesi(int id, string tanggal = "2024-10-16", string mulai = "08:00", string selesai = "15:00",
        string venue = "BGL", int kapasitas = 80, string fasilitator = "f1 f2", StatusSesi status = StatusSesi.Direncanakan) =>
        new(id, DateOnly.Parse(tanggal), TimeOnly.Parse(mulai), TimeOnly.Parse(selesai), venue, kapasitas,
            fasilitator.Split(' ', StringSplitOptions.RemoveEmptyEntries), status);

    private static readonly SesiJadwal[] SesiLain =
    [
        Sesi(2, venue: "NUJ", fasilitator: "f3 f4"),
        Sesi(3, venue: "KDG", mulai: "13:00", selesai: "16:00", fasilitator: "f5 f6"),
        Sesi(4, venue: "PDC", fasilitator: "f7 f8", status: StatusSesi.Dibatalkan),
        Sesi(5, tanggal: "2024-10-17", venue: "BGL", fasilitator: "f1 f2"),
    ];

    public static TheoryData<string, SesiJadwal, int, string[]> Kasus() => new()
    {
        { "sah", Sesi(1), 0, [] },
        { "sesi sendiri tidak dihitung bentrok", Sesi(5, tanggal: "2024-10-17"), 0, [] },
        { "sebelum putaran", Sesi(1, tanggal: "2024-10-14"), 0, ["Tanggal|Tanggal sesi harus di dalam masa putaran, 15 Oktober 2024 s.d. 23 Oktober 2024."] },
        { "setelah putaran", Sesi(1, tanggal: "2024-10-24"), 0, ["Tanggal|Tanggal sesi harus di dalam masa putaran, 15 Oktober 2024 s.d. 23 Oktober 2024."] },
        { "hari terakhir masih sah", Sesi(1, tanggal: "2024-10-23"), 0, [] },
        { "selesai sebelum mulai", Sesi(1, mulai: "15:00", selesai: "08:00"), 0, ["JamSelesai|Jam selesai harus setelah jam mulai."] },
        { "selesai sama dengan mulai", Sesi(1, mulai: "08:00", selesai: "08:00"), 0, ["JamSelesai|Jam selesai harus setelah jam mulai."] },
        { "kapasitas di bawah terkonfirmasi", Sesi(1, kapasitas: 40), 41, ["Kapasitas|Kapasitas tidak boleh kurang dari 41 kursi yang sudah terkonfirmasi."] },
        { "kapasitas sama dengan terkonfirmasi", Sesi(1, kapasitas: 41), 41, [] },
        { "kapasitas nol", Sesi(1, kapasitas: 0), 0, ["Kapasitas|Kapasitas harus lebih dari 0 kursi."] },
        { "venue sudah dipakai hari itu", Sesi(1, venue: "NUJ", fasilitator: "f1 f2"), 0,
            ["VenueKode|Venue NUJ sudah dipakai sesi lain pada 16 Oktober 2024 (08.00–15.00 WIB). Satu venue hanya untuk satu sesi per hari."] },
        { "venue dipakai pada jam lain tetap bentrok", Sesi(1, venue: "KDG", mulai: "08:00", selesai: "12:00"), 0,
            ["VenueKode|Venue KDG sudah dipakai sesi lain pada 16 Oktober 2024 (13.00–16.00 WIB). Satu venue hanya untuk satu sesi per hari."] },
        { "venue sesi batal boleh dipakai", Sesi(1, venue: "PDC"), 0, [] },
        { "fasilitator di dua tempat", Sesi(1, fasilitator: "f1 f3"), 0, ["Fasilitator|Fasilitator Bu Rina sudah bertugas di NUJ pada 16 Oktober 2024 08.00–15.00 WIB."] },
        { "fasilitator jam tumpang tindih", Sesi(1, mulai: "14:00", selesai: "17:00", fasilitator: "f1 f5"), 0,
            ["Fasilitator|Fasilitator f5 sudah bertugas di KDG pada 16 Oktober 2024 13.00–16.00 WIB."] },
        { "fasilitator jam bersambung tidak bentrok", Sesi(1, mulai: "08:00", selesai: "13:00", fasilitator: "f1 f5"), 0, [] },
        { "fasilitator sesi batal bebas", Sesi(1, fasilitator: "f7 f8"), 0, [] },
        { "fasilitator dobel", Sesi(1, fasilitator: "f1 f1"), 0, ["Fasilitator|Fasilitator yang sama dipilih lebih dari sekali."] },
        { "membatalkan sesi tidak bentrok", Sesi(1, venue: "NUJ", fasilitator: "f3 f4", status: StatusSesi.Dibatalkan), 0, [] },
        { "banyak galat sekaligus", Sesi(1, tanggal: "2024-10-16", mulai: "10:00", selesai: "09:00", venue: "NUJ", kapasitas: 10, fasilitator: "f9"), 20,
            [
                "JamSelesai|Jam selesai harus setelah jam mulai.",
                "Kapasitas|Kapasitas tidak boleh kurang dari 20 kursi yang sudah terkonfirmasi.",
                "VenueKode|Venue NUJ sudah dipakai sesi lain pada 16 Oktober 2024 (08.00–15.00 WIB). Satu venue hanya untuk satu sesi per hari.",
            ] },
    };

    [Theory]
    [MemberData(nameof(Kasus))]
    public void Admin_edits_are_checked_field_by_field(string kasus, SesiJadwal sesi, int terkonfirmasi, string[] galat)
    {
        var nama = new Dictionary<string, string> { ["f3"] = "Bu Rina" };

        var hasil = ValidasiSesi.Periksa(sesi, Mulai, Selesai, terkonfirmasi, SesiLain, namaFasilitator: nama);

        Assert.True(galat.SequenceEqual(hasil.Select(g => $"{g.Field}|{g.Pesan}")), $"{kasus}: {string.Join(" / ", hasil)}");
    }

    [Theory]
    [InlineData(StatusSesi.Direncanakan, StatusSesi.Dibuka, null)]
    [InlineData(StatusSesi.Dibuka, StatusSesi.Ditutup, null)]
    [InlineData(StatusSesi.Direncanakan, StatusSesi.Dibatalkan, null)]
    [InlineData(StatusSesi.Dibuka, StatusSesi.Dibatalkan, null)]
    [InlineData(StatusSesi.Dibuka, StatusSesi.Dibuka, null)]
    [InlineData(StatusSesi.Ditutup, StatusSesi.Dibatalkan, "Sesi yang sudah ditutup tidak bisa dibatalkan.")]
    [InlineData(StatusSesi.Ditutup, StatusSesi.Dibuka, "Sesi yang sudah ditutup tidak bisa diubah statusnya.")]
    [InlineData(StatusSesi.Dibatalkan, StatusSesi.Dibuka, "Sesi yang sudah dibatalkan tidak bisa diaktifkan lagi; buat sesi baru.")]
    [InlineData(StatusSesi.Dibatalkan, StatusSesi.Direncanakan, "Sesi yang sudah dibatalkan tidak bisa diaktifkan lagi; buat sesi baru.")]
    [InlineData(StatusSesi.Direncanakan, StatusSesi.Ditutup, "Sesi harus dibuka untuk pendaftaran sebelum ditutup.")]
    [InlineData(StatusSesi.Dibuka, StatusSesi.Direncanakan, "Status tidak bisa diubah dari \"Dibuka untuk pendaftaran\" ke \"Direncanakan\".")]
    public void Status_moves_planned_open_closed_and_cancels_from_anything_but_closed(StatusSesi dari, StatusSesi ke, string? pesan) =>
        Assert.Equal(pesan, ValidasiSesi.CekTransisi(dari, ke));

    [Fact]
    public void A_forbidden_status_change_is_reported_on_the_status_field()
    {
        var hasil = ValidasiSesi.Periksa(Sesi(1, status: StatusSesi.Dibatalkan), Mulai, Selesai, 0, SesiLain, StatusSesi.Ditutup);

        var g = Assert.Single(hasil);
        Assert.Equal(new GalatIsian("Status", "Sesi yang sudah ditutup tidak bisa dibatalkan."), g);
    }
}
