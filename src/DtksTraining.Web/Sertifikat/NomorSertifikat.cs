using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DtksTraining.Web.Sertifikat;

// Printed as DTKS-PSW/2024/000123. Slashes cannot sit in one URL path segment, so /verifikasi/ links use
// DTKS-PSW-2024-000123 (UntukUrl); TryParse accepts both, any letter case, and %2F-encoded slashes.
public readonly partial record struct NomorSertifikat
{
    public const string Awalan = "DTKS-PSW";
    public const int UrutanTerbesar = 999_999;

    [GeneratedRegex(@"^DTKS-PSW([/-])([0-9]{4})\1([0-9]{6})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pola();

    public NomorSertifikat(int tahun, int urutan)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tahun, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tahun, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(urutan, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(urutan, UrutanTerbesar);
        Tahun = tahun;
        Urutan = urutan;
    }

    public int Tahun { get; }
    public int Urutan { get; }

    public string UntukUrl => string.Create(CultureInfo.InvariantCulture, $"{Awalan}-{Tahun:D4}-{Urutan:D6}");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Awalan}/{Tahun:D4}/{Urutan:D6}");

    public static bool TryParse([NotNullWhen(true)] string? teks, out NomorSertifikat nomor)
    {
        nomor = default;
        if (string.IsNullOrWhiteSpace(teks)) return false;
        var bersih = teks.Trim().Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        var cocok = Pola().Match(bersih);
        if (!cocok.Success) return false;
        var tahun = int.Parse(cocok.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var urutan = int.Parse(cocok.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        if (tahun < 2000 || urutan < 1) return false;
        nomor = new NomorSertifikat(tahun, urutan);
        return true;
    }

    public static NomorSertifikat Parse(string teks) =>
        TryParse(teks, out var nomor) ? nomor : throw new FormatException($"Nomor sertifikat tidak dikenali: {teks}");
}
