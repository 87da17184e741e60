using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace DtksTraining.Web.Shared;

// PDFsharp on Linux finds no system fonts; every document goes through this resolver so fonts are embedded.
public static class PdfFonts
{
    public const string DejaVuSans = "DejaVu Sans";
    public const string LiberationSans = "Liberation Sans";

    private static readonly Lock Kunci = new();
    private static readonly PdfFontResolver Resolver = new(BerkasFont.FolderSistem);

    public static void Daftarkan()
    {
        if (ReferenceEquals(GlobalFontSettings.FontResolver, Resolver)) return;
        lock (Kunci)
        {
            if (ReferenceEquals(GlobalFontSettings.FontResolver, Resolver)) return;
            if (GlobalFontSettings.FontResolver is not null)
                throw new InvalidOperationException("Font resolver PDFsharp sudah dipasang oleh kode lain; gunakan PdfFonts.Daftarkan saja.");
            // PDFsharp turns a font file the resolver cannot read into a NullReferenceException; say which package is missing first.
            Resolver.PastikanBerkasAda();
            GlobalFontSettings.FontResolver = Resolver;
        }
    }

    public static XFont Font(double ukuran, bool tebal = false, bool miring = false, string keluarga = LiberationSans)
    {
        Daftarkan();
        var gaya = (tebal, miring) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        return new XFont(keluarga, ukuran, gaya);
    }

    // Largest size up to ukuranMaks at which the text fits lebarMaks, so long names stay on one line.
    public static XFont FontMuat(XGraphics gfx, string teks, double lebarMaks, double ukuranMaks, double ukuranMin = 8,
        bool tebal = false, string keluarga = LiberationSans)
    {
        var font = Font(ukuranMaks, tebal, keluarga: keluarga);
        var lebar = gfx.MeasureString(teks, font).Width;
        if (lebar <= lebarMaks) return font;
        var ukuran = Math.Max(ukuranMin, Math.Floor(ukuranMaks * lebarMaks / lebar * 10) / 10);
        return Font(ukuran, tebal, keluarga: keluarga);
    }
}

internal sealed class PdfFontResolver(IReadOnlyList<string> folder) : IFontResolver
{
    private readonly BerkasFont berkas = new(folder);
    private readonly ConcurrentDictionary<string, byte[]> isi = new(StringComparer.OrdinalIgnoreCase);

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
    {
        // Arial and Helvetica map to Liberation Sans, which has the same metrics; anything else to DejaVu Sans.
        var liberation = familyName.Replace(" ", "").ToLowerInvariant() is "liberationsans" or "arial" or "helvetica";
        var nama = liberation
            ? "LiberationSans" + (bold, italic) switch { (true, true) => "-BoldItalic", (true, false) => "-Bold", (false, true) => "-Italic", _ => "" }
            : "DejaVuSans" + (bold, italic) switch { (true, true) => "-BoldOblique", (true, false) => "-Bold", (false, true) => "-Oblique", _ => "" };
        return new FontResolverInfo(nama);
    }

    public byte[]? GetFont(string faceName) => isi.GetOrAdd(faceName, berkas.Muat);

    public void PastikanBerkasAda()
    {
        if (BerkasHilang() is { } masalah) throw new FileNotFoundException(masalah);
    }

    public string? BerkasHilang() => berkas.Hilang();
}

// The font files without PDFsharp's types, so the start-up check loads no PDF library.
internal sealed class BerkasFont(IReadOnlyList<string> folder)
{
    public static readonly IReadOnlyList<string> FolderSistem = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation2"];

    private static readonly Dictionary<string, string> Berkas = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DejaVuSans"] = "DejaVuSans.ttf",
        ["DejaVuSans-Bold"] = "DejaVuSans-Bold.ttf",
        ["DejaVuSans-Oblique"] = "DejaVuSans-Oblique.ttf",
        ["DejaVuSans-BoldOblique"] = "DejaVuSans-BoldOblique.ttf",
        ["LiberationSans"] = "LiberationSans-Regular.ttf",
        ["LiberationSans-Bold"] = "LiberationSans-Bold.ttf",
        ["LiberationSans-Italic"] = "LiberationSans-Italic.ttf",
        ["LiberationSans-BoldItalic"] = "LiberationSans-BoldItalic.ttf",
    };

    private const string PasangPaket = "pasang paket fonts-dejavu-core dan fonts-liberation2.";

    // Null when every face the documents use is installed; otherwise what to install.
    public string? Hilang()
    {
        var hilang = Berkas.Values.Where(nama => Jalur(nama) is null).ToList();
        return hilang.Count == 0
            ? null
            : $"Berkas font {string.Join(", ", hilang)} tidak ditemukan di {string.Join(", ", folder)}; " +
              PasangPaket;
    }

    public byte[] Muat(string faceName)
    {
        if (!Berkas.TryGetValue(faceName, out var nama))
            throw new InvalidOperationException($"Font {faceName} tidak dikenal oleh PdfFonts.");
        return Jalur(nama) is { } jalur
            ? File.ReadAllBytes(jalur)
            : throw new FileNotFoundException(
                $"Berkas font {nama} tidak ditemukan di {string.Join(", ", folder)}; {PasangPaket}", nama);
    }

    private string? Jalur(string nama) =>
        folder.Select(dir => Path.Combine(dir, nama)).FirstOrDefault(File.Exists);
}
