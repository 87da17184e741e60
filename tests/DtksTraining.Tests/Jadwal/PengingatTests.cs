using DtksTraining.Web.Jadwal;

namespace DtksTraining.Tests.Jadwal;

public class PengingatTests
{
    [Theory]
    [InlineData("2024-10-01 09:00", "H3@2024-10-12T00:00Z H1@2024-10-14T00:00Z")]
    [InlineData("2024-10-12 06:59", "H3@2024-10-12T00:00Z H1@2024-10-14T00:00Z")]
    [InlineData("2024-10-12 07:00", "H3@2024-10-12T00:00Z H1@2024-10-14T00:00Z")]
    [InlineData("2024-10-12 07:01", "H1@2024-10-14T00:00Z")]
    [InlineData("2024-10-14 07:01", "")]
    [InlineData("2024-10-15 09:00", "")]
    public void Reminders_go_at_07_WIB_three_days_and_one_day_before_unless_already_past(string nowWib, string jadwal)
    {
        var now = DateTimeOffset.Parse(nowWib + " +07:00");

        var hasil = Pengingat.Jadwalkan(42, new DateOnly(2024, 10, 15), now);

        Assert.Equal(jadwal, string.Join(" ", hasil.Select(p => $"{p.Jenis}@{p.KirimPadaUtc.UtcDateTime:yyyy-MM-ddTHH:mmZ}")));
        Assert.All(hasil, p => Assert.Equal(42, p.EnrolmenId));
    }

    [Theory]
    [InlineData(42, JenisPengingat.H3, "pengingat:enrolmen-42:H-3")]
    [InlineData(42, JenisPengingat.H1, "pengingat:enrolmen-42:H-1")]
    [InlineData(7, JenisPengingat.H1, "pengingat:enrolmen-7:H-1")]
    public void Dedup_key_depends_only_on_enrolment_and_kind(int enrolmenId, JenisPengingat jenis, string kunci)
    {
        var now = DateTimeOffset.Parse("2024-10-01T00:00:00Z");
        var awal = Pengingat.Jadwalkan(enrolmenId, new DateOnly(2024, 10, 15), now).Single(p => p.Jenis == jenis);
        var diundur = Pengingat.Jadwalkan(enrolmenId, new DateOnly(2024, 10, 22), now).Single(p => p.Jenis == jenis);

        Assert.Equal(kunci, awal.KunciDedup);
        Assert.Equal(kunci, diundur.KunciDedup);
        Assert.Equal(kunci, Pengingat.KunciDedup(enrolmenId, jenis));
    }
}
