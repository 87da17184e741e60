using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Shared;

namespace DtksTraining.Tests.Jadwal;

public class AturanKursiTests
{
    private static readonly DateTimeOffset Dilepas = Wib.Pada(new DateOnly(2024, 10, 10), new TimeOnly(17, 0));
    private static readonly DateTimeOffset SebelumLepas = Dilepas.AddMinutes(-1);
    private static readonly DateTimeOffset SetelahLepas = Dilepas;

    private static Dictionary<string, int> Hitungan(string teks) => teks.Length == 0
        ? []
        : teks.Split(';').Select(p => p.Split(':')).ToDictionary(p => p[0], p => int.Parse(p[1]));

    private static KeadaanSesi Sesi(int kapasitas, string kuota, string terkonfirmasi) => new(
        kapasitas,
        Hitungan(kuota).Select(q => new KuotaKecamatan(q.Key, q.Value, Dilepas)).ToList(),
        Hitungan(terkonfirmasi));

    [Theory]
    [InlineData(60, "A:20;B:20", "", "A", false, 40)]
    [InlineData(60, "A:20;B:20", "", "A", true, 60)]
    [InlineData(60, "A:20;B:20", "A:19;B:0", "A", false, 21)]
    [InlineData(60, "A:20;B:20", "A:20;B:0;C:20", "A", false, 0)]
    [InlineData(60, "A:20;B:20", "A:20;B:0;C:20", "B", false, 20)]
    [InlineData(60, "A:20;B:20", "A:20;B:0;C:20", "C", false, 0)]
    [InlineData(60, "A:20;B:20", "A:20;B:0;C:20", "C", true, 20)]
    [InlineData(60, "A:20;B:20", "A:20;B:5;C:10", "A", false, 10)]
    [InlineData(60, "A:20;B:20", "A:20;B:5;C:10", "B", false, 25)]
    [InlineData(60, "A:20;B:20", "A:20;B:5;C:10", "X", false, 10)]
    [InlineData(60, "", "A:60", "A", false, 0)]
    [InlineData(30, "A:20;B:20", "", "A", false, 20)]
    [InlineData(30, "A:20;B:20", "B:20", "A", false, 10)]
    [InlineData(0, "", "", "A", false, 0)]
    public void Seats_open_to_a_kecamatan_respect_other_quotas_until_release(
        int kapasitas, string kuota, string terkonfirmasi, string kecamatan, bool sudahDilepas, int tersedia)
    {
        var sesi = Sesi(kapasitas, kuota, terkonfirmasi);
        var now = sudahDilepas ? SetelahLepas : SebelumLepas;

        Assert.Equal(tersedia, AturanKursi.KursiTersedia(sesi, kecamatan, now));
        Assert.Equal(
            tersedia > 0 ? HasilPermintaanKursi.Terkonfirmasi : HasilPermintaanKursi.DaftarTunggu,
            AturanKursi.Minta(sesi, kecamatan, now));
    }

    private static List<AntreanTunggu> Antrean(string teks) => teks.Split(' ')
        .Select((k, i) => new AntreanTunggu(100 + i, k, Dilepas.AddDays(-5).AddMinutes(i)))
        .ToList();

    [Theory]
    [InlineData(40, "A:20;B:20", "A:19;B:20", "B B A", false, 102)]
    [InlineData(40, "A:20;B:20", "A:20;B:19", "A C B", false, 102)]
    [InlineData(40, "A:20;B:20", "A:19;B:20", "C B", false, null)]
    [InlineData(40, "A:20;B:20", "A:19;B:20", "C B", true, 100)]
    [InlineData(40, "", "A:39", "C B A", false, 100)]
    [InlineData(40, "", "A:40", "C B A", false, null)]
    public void Promotion_takes_the_first_eligible_in_arrival_order(
        int kapasitas, string kuota, string terkonfirmasi, string antrean, bool sudahDilepas, int? dipilih)
    {
        var sesi = Sesi(kapasitas, kuota, terkonfirmasi);

        var hasil = AturanKursi.PilihPromosi(sesi, Antrean(antrean), sudahDilepas ? SetelahLepas : SebelumLepas);

        Assert.Equal(dipilih, hasil?.EnrolmenId);
    }

    [Fact]
    public void Arrival_order_is_by_time_then_id_not_by_list_order()
    {
        var t = Dilepas.AddDays(-3);
        var antrean = new[] { new AntreanTunggu(9, "A", t.AddMinutes(1)), new AntreanTunggu(8, "A", t), new AntreanTunggu(7, "A", t) };

        Assert.Equal(7, AturanKursi.PilihPromosi(Sesi(10, "", "A:9"), antrean, SebelumLepas)?.EnrolmenId);
    }

    [Theory]
    [InlineData(40, "A:10;B:10", "A:10;B:2;C:20", "C C B A B C", false, "102 104")]
    [InlineData(40, "A:10;B:10", "A:10;B:2;C:20", "C C B A B C", true, "100 101 102 103 104 105")]
    [InlineData(40, "A:10;B:10", "A:10;B:2;C:26", "C C B A B C", true, "100 101")]
    [InlineData(40, "", "A:40", "C C", true, "")]
    public void Promoting_all_fills_every_seat_that_is_open_now(
        int kapasitas, string kuota, string terkonfirmasi, string antrean, bool sudahDilepas, string naik)
    {
        var hasil = AturanKursi.Promosikan(Sesi(kapasitas, kuota, terkonfirmasi), Antrean(antrean), sudahDilepas ? SetelahLepas : SebelumLepas);

        Assert.Equal(naik, string.Join(" ", hasil.Select(a => a.EnrolmenId)));
    }

    [Theory]
    [InlineData(StatusEnrolmen.Terkonfirmasi, 1, null, "sudah punya kursi")]
    [InlineData(StatusEnrolmen.Hadir, 1, null, "sudah punya kursi")]
    [InlineData(StatusEnrolmen.DaftarTunggu, 1, null, "daftar tunggu")]
    [InlineData(StatusEnrolmen.Dibatalkan, 1, null, null)]
    [InlineData(StatusEnrolmen.Terkonfirmasi, 2, null, null)]
    [InlineData(StatusEnrolmen.Terkonfirmasi, 1, 50, null)]
    public void A_participant_holds_at_most_one_active_seat_per_round(StatusEnrolmen status, int putaranLain, int? kecuali, string? pesan)
    {
        var enrolmen = new[]
        {
            new EnrolmenPeserta(50, "u-1", putaranLain, status),
            new EnrolmenPeserta(51, "u-2", 1, StatusEnrolmen.Terkonfirmasi),
            new EnrolmenPeserta(52, "u-1", 1, StatusEnrolmen.Dibatalkan),
        };

        var hasil = AturanKursi.CekSatuKursiPerPutaran("u-1", 1, enrolmen, kecuali);

        if (pesan is null) Assert.Null(hasil);
        else Assert.Contains(pesan, hasil);
    }

    [Theory]
    [InlineData("2024-10-14 16:59", 1, "17:00", true)]
    [InlineData("2024-10-14 17:00", 1, "17:00", false)]
    [InlineData("2024-10-15 07:00", 1, "17:00", false)]
    [InlineData("2024-10-13 12:00", 2, "12:00", false)]
    [InlineData("2024-10-13 11:59", 2, "12:00", true)]
    [InlineData("2024-10-15 07:59", 0, "08:00", true)]
    public void Cancellation_closes_at_the_cut_off_in_WIB(string nowWib, int hariSebelum, string jam, bool boleh)
    {
        var mulai = Wib.Pada(new DateOnly(2024, 10, 15), new TimeOnly(8, 0)).ToUniversalTime();
        var now = DateTimeOffset.Parse(nowWib + " +07:00").ToUniversalTime();

        Assert.Equal(boleh, new AturanPembatalan(hariSebelum, TimeOnly.Parse(jam)).BolehBatal(mulai, now));
    }

    [Fact]
    public void Default_cut_off_is_the_day_before_at_17_WIB()
    {
        var mulai = Wib.Pada(new DateOnly(2024, 10, 15), new TimeOnly(8, 0)).ToUniversalTime();

        Assert.Equal(new DateTimeOffset(2024, 10, 14, 10, 0, 0, TimeSpan.Zero), AturanPembatalan.Bawaan.BatasUtc(mulai));
    }
}
