using DtksTraining.Web.Jadwal;
using Ical.Net.CalendarComponents;

namespace DtksTraining.Tests.Jadwal;

public class KalenderUndanganTests
{
    private static UndanganKalender Undangan(int enrolmenId = 17, int sequence = 0, string tanggal = "2024-10-16", string? email = "kades.bagelen@desa.example") => new(
        enrolmenId, sequence, DateOnly.Parse(tanggal), new TimeOnly(8, 0), new TimeOnly(15, 0),
        "Balai Desa Bagelen", "Balai Desa Bagelen, Kecamatan Gedong Tataan",
        "Sutrisno", email, "dinsos@pesawaran.example", new DateTimeOffset(2024, 10, 1, 2, 0, 0, TimeSpan.Zero),
        "005/017/V.06/2024");

    private static (Ical.Net.Calendar Kalender, CalendarEvent Acara) Baca(string ics)
    {
        var kalender = Ical.Net.Calendar.Load(ics) ?? throw new InvalidOperationException("ics kosong");
        return (kalender, Assert.Single(kalender.Events));
    }

    [Theory]
    [InlineData(17, 0, "2024-10-16", "enrolmen-17@dtks.pesawaran", "2024-10-16T01:00:00Z", "2024-10-16T08:00:00Z")]
    [InlineData(17, 3, "2024-10-22", "enrolmen-17@dtks.pesawaran", "2024-10-22T01:00:00Z", "2024-10-22T08:00:00Z")]
    [InlineData(90210, 1, "2024-10-15", "enrolmen-90210@dtks.pesawaran", "2024-10-15T01:00:00Z", "2024-10-15T08:00:00Z")]
    public void Invitation_parses_back_with_method_uid_sequence_and_Jakarta_times(
        int enrolmenId, int sequence, string tanggal, string uid, string mulaiUtc, string selesaiUtc)
    {
        var ics = KalenderUndangan.BuatUndangan(Undangan(enrolmenId, sequence, tanggal));

        var (kalender, acara) = Baca(ics);
        Assert.Equal("REQUEST", kalender.Method);
        Assert.Equal(uid, acara.Uid);
        Assert.Equal(sequence, acara.Sequence);
        Assert.Equal("Asia/Jakarta", acara.DtStart?.TzId);
        Assert.Equal("Asia/Jakarta", acara.DtEnd?.TzId);
        Assert.Equal(new TimeOnly(8, 0), acara.DtStart?.Time);
        Assert.Equal(DateTime.Parse(mulaiUtc).ToUniversalTime(), acara.DtStart?.AsUtc);
        Assert.Equal(DateTime.Parse(selesaiUtc).ToUniversalTime(), acara.DtEnd?.AsUtc);
        Assert.Equal("Asia/Jakarta", Assert.Single(kalender.TimeZones).TzId);
        Assert.Equal("CONFIRMED", acara.Status);
        Assert.Equal("Pelatihan Pemutakhiran DTKS", acara.Summary);
        Assert.Equal("Balai Desa Bagelen, Balai Desa Bagelen, Kecamatan Gedong Tataan", acara.Location);
        Assert.Contains("Nomor undangan: 005/017/V.06/2024", acara.Description);
        Assert.Contains("pukul 08.00–15.00 WIB", acara.Description);
        Assert.Equal("Dinas Sosial Kabupaten Pesawaran", acara.Organizer?.CommonName);
        Assert.Equal("mailto:dinsos@pesawaran.example", acara.Organizer?.Value?.ToString());
        Assert.Equal("mailto:kades.bagelen@desa.example", Assert.Single(acara.Attendees).Value?.ToString());
        Assert.Contains("DTSTART;TZID=Asia/Jakarta:", ics);
        Assert.Contains("BEGIN:VTIMEZONE", ics);
    }

    [Fact]
    public void Description_names_the_day_in_Bahasa()
    {
        var (_, acara) = Baca(KalenderUndangan.BuatUndangan(Undangan(tanggal: "2024-10-16")));

        Assert.Contains("Rabu, 16 Oktober 2024", acara.Description);
    }

    [Fact]
    public void Uid_stays_the_same_across_changes_and_output_is_repeatable()
    {
        var pertama = KalenderUndangan.BuatUndangan(Undangan(sequence: 0));
        var diubah = KalenderUndangan.BuatUndangan(Undangan(sequence: 1, tanggal: "2024-10-22"));
        var batal = KalenderUndangan.BuatPembatalan(Undangan(sequence: 2, tanggal: "2024-10-22"));

        Assert.Equal(pertama, KalenderUndangan.BuatUndangan(Undangan(sequence: 0)));
        Assert.Equal(
            [KalenderUndangan.Uid(17), KalenderUndangan.Uid(17), KalenderUndangan.Uid(17)],
            new[] { pertama, diubah, batal }.Select(ics => Baca(ics).Acara.Uid));
        Assert.Equal([0, 1, 2], new[] { pertama, diubah, batal }.Select(ics => Baca(ics).Acara.Sequence));
    }

    [Theory]
    [InlineData("kades.bagelen@desa.example", 1)]
    [InlineData(null, 0)]
    public void Cancellation_has_method_cancel_and_status_cancelled(string? email, int peserta)
    {
        var ics = KalenderUndangan.BuatPembatalan(Undangan(sequence: 4, email: email));

        var (kalender, acara) = Baca(ics);
        Assert.Equal("CANCEL", kalender.Method);
        Assert.Equal("CANCELLED", acara.Status);
        Assert.Equal(4, acara.Sequence);
        Assert.Equal("enrolmen-17@dtks.pesawaran", acara.Uid);
        Assert.StartsWith("DIBATALKAN", acara.Summary);
        Assert.Contains("dibatalkan", acara.Description);
        Assert.Equal(peserta, acara.Attendees.Count);
    }
}
