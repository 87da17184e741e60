using System.Globalization;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Shared;

namespace DtksTraining.Web.Jadwal;

// Village heads read WhatsApp, not e-mail: a wa.me link with the invitation already typed, sent from the staff's own phone.
public static class PesanWhatsApp
{
    private static readonly CultureInfo Indonesia = CultureInfo.GetCultureInfo("id-ID");

    public sealed record Isi(
        string Putaran, string Venue, string AlamatVenue, DateTimeOffset MulaiUtc, DateTimeOffset SelesaiUtc,
        string? NamaPeserta = null, string? Pin = null);

    // wa.me wants the international number without "+": 0812… and +62812… both become 62812…; anything else is no number.
    public static string? Nomor(string? telepon) => AturanKontak.NormalizePhone(telepon) is { } lokal ? "62" + lokal[1..] : null;

    // Google Calendar's "add event" link: opens on any phone without signing in to this site.
    public static string TautanKalender(Isi isi) =>
        "https://calendar.google.com/calendar/render?action=TEMPLATE"
        + "&text=" + Uri.EscapeDataString("Pelatihan DTKS: " + isi.Putaran)
        + "&dates=" + WaktuKalender(isi.MulaiUtc) + "/" + WaktuKalender(isi.SelesaiUtc)
        + "&location=" + Uri.EscapeDataString($"{isi.Venue}, {isi.AlamatVenue}");

    private static string WaktuKalender(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public static string Teks(Isi isi)
    {
        var mulai = Wib.Dari(isi.MulaiUtc);
        var baris = new List<string>();
        if (!string.IsNullOrWhiteSpace(isi.NamaPeserta)) baris.Add($"Yth. {isi.NamaPeserta},");
        baris.Add($"Pelatihan DTKS: {isi.Putaran}");
        baris.Add($"Waktu: {mulai.ToString("dddd, d MMMM yyyy", Indonesia)}, {mulai:HH\\.mm}–{Wib.Dari(isi.SelesaiUtc):HH\\.mm} WIB");
        baris.Add($"Tempat: {isi.Venue}, {isi.AlamatVenue}");
        if (!string.IsNullOrWhiteSpace(isi.Pin)) baris.Add($"PIN check-in: {isi.Pin}");
        baris.Add($"Simpan ke kalender: {TautanKalender(isi)}");
        baris.Add("Dinas Sosial Kabupaten Pesawaran");
        return string.Join("\n", baris);
    }

    // Without a number WhatsApp lets the sender pick the chat or group.
    public static string Tautan(string? nomor, string teks) => $"https://wa.me/{nomor}?text={Uri.EscapeDataString(teks)}";

    public static string TautanUntuk(Isi isi, string? telepon = null) => Tautan(Nomor(telepon), Teks(isi));
}
