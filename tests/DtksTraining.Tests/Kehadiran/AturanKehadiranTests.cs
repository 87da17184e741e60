using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;

namespace DtksTraining.Tests.Kehadiran;

public class AturanKehadiranTests
{
    private static readonly DateOnly Hari = new(2024, 10, 15);
    private static readonly DateTimeOffset Mulai = Wib.Pada(Hari, new TimeOnly(8, 0));

    [Theory]
    [InlineData("2024-10-15T06:59:00+07:00", false, "baru dibuka")]
    [InlineData("2024-10-15T07:00:00+07:00", false, null)]
    [InlineData("2024-10-15T15:30:00+07:00", false, null)]
    [InlineData("2024-10-15T23:59:00+07:00", false, null)]
    [InlineData("2024-10-16T00:00:00+07:00", false, "sudah ditutup")]
    [InlineData("2024-10-20T10:00:00+07:00", true, null)]
    [InlineData("2024-10-01T10:00:00+07:00", true, null)]
    public void Marking_window_opens_an_hour_before_and_closes_at_the_end_of_the_day(string now, bool admin, string? problem)
    {
        var result = AturanKehadiran.CekJendela(Mulai, Hari, DateTimeOffset.Parse(now), admin);
        if (problem is null) Assert.Null(result);
        else Assert.Contains(problem, result);
    }

    [Theory]
    [InlineData("2024-10-15T07:40:00+07:00", StatusKehadiran.Hadir)]
    [InlineData("2024-10-15T08:15:00+07:00", StatusKehadiran.Hadir)]
    [InlineData("2024-10-15T08:16:00+07:00", StatusKehadiran.Terlambat)]
    [InlineData("2024-10-15T13:00:00+07:00", StatusKehadiran.Terlambat)]
    public void Arrival_after_fifteen_minutes_counts_as_late(string now, StatusKehadiran expected) =>
        Assert.Equal(expected, AturanKehadiran.StatusSaatDatang(Mulai, DateTimeOffset.Parse(now)));

    [Theory]
    [InlineData(StatusKehadiran.Hadir, true)]
    [InlineData(StatusKehadiran.Terlambat, true)]
    [InlineData(StatusKehadiran.Izin, false)]
    [InlineData(StatusKehadiran.TidakHadir, false)]
    public void Present_and_late_count_as_attended(StatusKehadiran status, bool counts) =>
        Assert.Equal(counts, AturanKehadiran.MenghitungHadir(status));

    [Theory]
    [InlineData(0, true)]
    [InlineData(59, true)]
    [InlineData(60, true)]
    [InlineData(119, true)]
    [InlineData(120, false)]
    [InlineData(-60, false)]
    public void A_session_code_holds_for_its_minute_and_the_next(int secondsLater, bool accepted)
    {
        var key = new byte[32];
        new Random(7).NextBytes(key);
        var shown = new DateTimeOffset(2024, 10, 15, 1, 0, 0, TimeSpan.Zero);
        var code = KodeSesi.Untuk(12, key, shown);
        Assert.Matches("^[0-9]{6}$", code);
        Assert.Equal(accepted, KodeSesi.Cocok(code, 12, key, shown.AddSeconds(secondsLater)));
    }

    [Fact]
    public void A_code_belongs_to_its_session_and_key()
    {
        var key = new byte[32];
        var other = Enumerable.Repeat((byte)1, 32).ToArray();
        var now = new DateTimeOffset(2024, 10, 15, 1, 0, 30, TimeSpan.Zero);
        var code = KodeSesi.Untuk(12, key, now);
        Assert.True(KodeSesi.Cocok(" " + code[..3] + " " + code[3..], 12, key, now));
        Assert.False(KodeSesi.Cocok(code, 13, key, now));
        Assert.False(KodeSesi.Cocok(code, 12, other, now));
        Assert.False(KodeSesi.Cocok("", 12, key, now));
        Assert.False(KodeSesi.Cocok(null, 12, key, now));
    }
}
