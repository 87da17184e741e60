using System.Globalization;
using System.Text.RegularExpressions;

namespace DtksTraining.Web.Jadwal;

public static partial class NomorSurat
{
    public const string PolaBawaan = "005/{seq:000}/V.06/{year}";

    private static readonly string[] Romawi = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    [GeneratedRegex(@"\{([^{}]*)\}")] private static partial Regex Bagian();
    [GeneratedRegex(@"^(seq|month)(:0+)?$|^(year|month-roman)$")] private static partial Regex BagianDikenal();

    public static string BulanRomawi(int bulan) =>
        bulan is >= 1 and <= 12 ? Romawi[bulan - 1] : throw new ArgumentOutOfRangeException(nameof(bulan));

    public static string? Periksa(string? pola)
    {
        if (string.IsNullOrWhiteSpace(pola)) return "Pola nomor surat wajib diisi.";
        var bagian = Bagian().Matches(pola).Select(m => m.Groups[1].Value).ToList();
        if (Bagian().Replace(pola, "").IndexOfAny(['{', '}']) >= 0) return "Kurung kurawal pada pola nomor surat tidak berpasangan.";
        if (bagian.FirstOrDefault(b => !BagianDikenal().IsMatch(b)) is { } asing)
            return $"Bagian {{{asing}}} tidak dikenal. Gunakan {{seq}}, {{seq:000}}, {{year}}, {{month}}, {{month:00}} atau {{month-roman}}.";
        if (!bagian.Any(b => b.StartsWith("seq", StringComparison.Ordinal))) return "Pola nomor surat harus memuat {seq} (nomor urut).";
        return null;
    }

    public static string Format(string pola, int urut, DateOnly tanggal)
    {
        if (Periksa(pola) is { } pesan) throw new FormatException(pesan);
        ArgumentOutOfRangeException.ThrowIfLessThan(urut, 1);

        return Bagian().Replace(pola, m =>
        {
            var isi = m.Groups[1].Value.Split(':');
            var lebar = isi.Length > 1 ? isi[1].Length : 0;
            return isi[0] switch
            {
                "seq" => urut.ToString(CultureInfo.InvariantCulture).PadLeft(lebar, '0'),
                "month" => tanggal.Month.ToString(CultureInfo.InvariantCulture).PadLeft(lebar, '0'),
                "year" => tanggal.Year.ToString(CultureInfo.InvariantCulture),
                _ => BulanRomawi(tanggal.Month),
            };
        });
    }
}
