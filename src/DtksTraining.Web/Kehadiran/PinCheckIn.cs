using System.Globalization;
using System.Security.Cryptography;

namespace DtksTraining.Web.Kehadiran;

public static class PinCheckIn
{
    public const int Panjang = 6;
    public const int MaksimumPercobaan = 1000;

    public static string Buat(IReadOnlySet<string> sudahDipakaiDiPutaran) =>
        Buat(sudahDipakaiDiPutaran, () => RandomNumberGenerator.GetInt32(1_000_000));

    internal static string Buat(IReadOnlySet<string> sudahDipakai, Func<int> acak)
    {
        for (var i = 0; i < MaksimumPercobaan; i++)
        {
            var pin = acak().ToString("D6", CultureInfo.InvariantCulture);
            if (!MudahDitebak(pin) && !sudahDipakai.Contains(pin)) return pin;
        }
        throw new InvalidOperationException("PIN check-in unik tidak bisa dibuat; terlalu banyak PIN yang sudah dipakai di putaran ini.");
    }

    public static bool FormatSah(string? pin) => pin is { Length: Panjang } && pin.All(char.IsAsciiDigit);

    // Rejects what people try first: one digit repeated, runs like 123456 or 987654, and repeats like 121212 or 123123.
    public static bool MudahDitebak(string pin)
    {
        if (!FormatSah(pin)) return true;
        var langkah = Enumerable.Range(1, Panjang - 1).Select(i => pin[i] - pin[i - 1]).Distinct().ToList();
        if (langkah is [0] or [1] or [-1]) return true;
        return Periodik(pin, 2) || Periodik(pin, 3);
    }

    private static bool Periodik(string pin, int periode) =>
        Enumerable.Range(periode, Panjang - periode).All(i => pin[i] == pin[i - periode]);
}
