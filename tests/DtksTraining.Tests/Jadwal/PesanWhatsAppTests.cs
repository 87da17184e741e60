using DtksTraining.Web.Jadwal;

namespace DtksTraining.Tests.Jadwal;

public class PesanWhatsAppTests
{
    [Theory]
    [InlineData("081234567890", "6281234567890")]
    [InlineData("0812-3456-7890", "6281234567890")]
    [InlineData("+62 812 3456 7890", "6281234567890")]
    [InlineData("6281234567890", "6281234567890")]
    [InlineData("(0813) 1234.5678", "6281312345678")]
    [InlineData("0721-123456", null)]
    [InlineData("12345", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Nomor_becomes_62_or_nothing(string? telepon, string? nomor) => Assert.Equal(nomor, PesanWhatsApp.Nomor(telepon));

    private static readonly PesanWhatsApp.Isi Sesi = new(
        "Putaran I 2024", "Aula Kecamatan Gedong Tataan", "Jl. Ahmad Yani No. 1",
        new DateTimeOffset(2024, 10, 15, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 10, 15, 6, 0, 0, TimeSpan.Zero));

    public static TheoryData<PesanWhatsApp.Isi, string[], string[]> Pesan => new()
    {
        {
            Sesi,
            ["Pelatihan DTKS: Putaran I 2024", "Waktu: Selasa, 15 Oktober 2024, 08.00–13.00 WIB", "Tempat: Aula Kecamatan Gedong Tataan, Jl. Ahmad Yani No. 1",
             "Simpan ke kalender: https://calendar.google.com/calendar/render?action=TEMPLATE&text=Pelatihan%20DTKS%3A%20Putaran%20I%202024&dates=20241015T010000Z/20241015T060000Z&location=Aula%20Kecamatan%20Gedong%20Tataan%2C%20Jl.%20Ahmad%20Yani%20No.%201"],
            ["Yth.", "PIN"]
        },
        {
            Sesi with { NamaPeserta = "Suyatno", Pin = "482913" },
            ["Yth. Suyatno,", "PIN check-in: 482913", "Waktu: Selasa, 15 Oktober 2024, 08.00–13.00 WIB"],
            []
        },
    };

    [Theory, MemberData(nameof(Pesan))]
    public void Teks_names_session_venue_time_and_calendar(PesanWhatsApp.Isi isi, string[] ada, string[] tidakAda)
    {
        var baris = PesanWhatsApp.Teks(isi).Split('\n');
        foreach (var b in ada) Assert.Contains(b, baris);
        foreach (var t in tidakAda) Assert.DoesNotContain(baris, b => b.Contains(t));
    }

    [Theory]
    [InlineData("0812 3456 7890", "https://wa.me/6281234567890?text=")]
    [InlineData("bukan nomor", "https://wa.me/?text=")]
    [InlineData(null, "https://wa.me/?text=")]
    public void Tautan_prefills_the_message_for_the_number(string? telepon, string awal)
    {
        var tautan = PesanWhatsApp.TautanUntuk(Sesi, telepon);
        Assert.StartsWith(awal, tautan);
        Assert.Equal(PesanWhatsApp.Teks(Sesi), Uri.UnescapeDataString(tautan[awal.Length..]));
    }
}
