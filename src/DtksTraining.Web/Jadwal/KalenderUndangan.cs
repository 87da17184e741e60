using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace DtksTraining.Web.Jadwal;

public sealed record UndanganKalender(
    int EnrolmenId,
    int Sequence,
    DateOnly Tanggal,
    TimeOnly JamMulai,
    TimeOnly JamSelesai,
    string NamaVenue,
    string AlamatVenue,
    string NamaPeserta,
    string? EmailPeserta,
    string EmailPenyelenggara,
    DateTimeOffset DibuatPadaUtc,
    string? NomorSurat = null);

public static class KalenderUndangan
{
    public const string ZonaWaktu = "Asia/Jakarta";
    public const string NamaPenyelenggara = "Dinas Sosial Kabupaten Pesawaran";
    private const string ProdukId = "-//Dinas Sosial Kabupaten Pesawaran//Pelatihan DTKS//ID";
    private static readonly CultureInfo Indonesia = CultureInfo.GetCultureInfo("id-ID");

    public static string Uid(int enrolmenId) => $"enrolmen-{enrolmenId}@dtks.pesawaran";

    public static string BuatUndangan(UndanganKalender u) => Serialisasi(u, "REQUEST", "CONFIRMED");

    public static string BuatPembatalan(UndanganKalender u) => Serialisasi(u, "CANCEL", "CANCELLED");

    private static string Serialisasi(UndanganKalender u, string metode, string status)
    {
        if (u.JamSelesai <= u.JamMulai) throw new ArgumentException("Jam selesai harus setelah jam mulai.", nameof(u));
        if (u.Sequence < 0) throw new ArgumentOutOfRangeException(nameof(u), "SEQUENCE tidak boleh negatif.");

        var kalender = new Ical.Net.Calendar { Method = metode, ProductId = ProdukId };
        kalender.AddTimeZone(VTimeZone.FromDateTimeZone(ZonaWaktu, u.Tanggal.ToDateTime(TimeOnly.MinValue), false));

        var acara = new CalendarEvent
        {
            Uid = Uid(u.EnrolmenId),
            Sequence = u.Sequence,
            DtStamp = new CalDateTime(u.DibuatPadaUtc.UtcDateTime, true),
            DtStart = new CalDateTime(u.Tanggal, u.JamMulai, ZonaWaktu),
            DtEnd = new CalDateTime(u.Tanggal, u.JamSelesai, ZonaWaktu),
            Summary = metode == "CANCEL" ? "DIBATALKAN: Pelatihan Pemutakhiran DTKS" : "Pelatihan Pemutakhiran DTKS",
            Location = $"{u.NamaVenue}, {u.AlamatVenue}",
            Description = Keterangan(u, metode == "CANCEL"),
            Status = status,
            Organizer = new Organizer($"mailto:{u.EmailPenyelenggara}") { CommonName = NamaPenyelenggara },
        };
        if (!string.IsNullOrWhiteSpace(u.EmailPeserta))
            acara.Attendees.Add(new Attendee($"mailto:{u.EmailPeserta}")
            {
                CommonName = u.NamaPeserta,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = metode == "CANCEL" ? "DECLINED" : "NEEDS-ACTION",
                Rsvp = metode != "CANCEL",
            });
        kalender.Events.Add(acara);

        return new CalendarSerializer().SerializeToString(kalender)
            ?? throw new InvalidOperationException("Kalender gagal dibuat.");
    }

    private static string Keterangan(UndanganKalender u, bool batal)
    {
        var waktu = $"{u.Tanggal.ToString("dddd, d MMMM yyyy", Indonesia)}, pukul {u.JamMulai:HH\\.mm}–{u.JamSelesai:HH\\.mm} WIB";
        var baris = new List<string>
        {
            batal
                ? $"Yth. {u.NamaPeserta}, pendaftaran Anda untuk pelatihan pemutakhiran DTKS pada {waktu} di {u.NamaVenue} dibatalkan."
                : $"Yth. {u.NamaPeserta}, Anda diundang mengikuti pelatihan pemutakhiran DTKS bagi Kepala Desa dan Operator SIKS-NG.",
        };
        if (!batal)
        {
            baris.Add($"Waktu: {waktu}");
            baris.Add($"Tempat: {u.NamaVenue}, {u.AlamatVenue}");
            if (u.NomorSurat is not null) baris.Add($"Nomor undangan: {u.NomorSurat}");
            baris.Add("Tunjukkan kode QR atau PIN check-in Anda saat registrasi.");
        }
        baris.Add(NamaPenyelenggara);
        return string.Join("\n", baris);
    }
}
