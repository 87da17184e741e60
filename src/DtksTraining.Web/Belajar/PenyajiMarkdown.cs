using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DtksTraining.Web.Belajar;

public static partial class PenyajiMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    // Raw HTML is escaped (DisableHtml), so a link or image address is the one way left for content to carry script.
    private static readonly string[] SkemaAman = ["http", "https", "mailto", "tel"];

    public static string KeHtml(string markdown)
    {
        var dokumen = Markdown.Parse(markdown, Pipeline);
        // Loading content already refuses these (TautanTidakAman); rendering never emits one either way.
        foreach (var (tautan, _) in Tautan(dokumen).Where(t => !AlamatAman(t.Alamat)).ToList())
            if (tautan is LinkInline link) link.Url = "#";
            else ((AutolinkInline)tautan).Url = "#";
        // A wide table scrolls inside a focusable wrapper so keyboard users can scroll it too (axe: scrollable-region-focusable).
        return dokumen.ToHtml(Pipeline)
            .Replace("<table>", "<div class=\"table-wrap\" tabindex=\"0\"><table>", StringComparison.Ordinal)
            .Replace("</table>", "</table></div>", StringComparison.Ordinal);
    }

    // Each refused address with its 0-based line in the given text.
    public static IEnumerable<(int Baris, string Alamat)> TautanTidakAman(string markdown) =>
        Tautan(Markdown.Parse(markdown, Pipeline)).Where(t => !AlamatAman(t.Alamat)).Select(t => (t.Tautan.Line, t.Alamat));

    private static IEnumerable<(Inline Tautan, string Alamat)> Tautan(MarkdownDocument dokumen) =>
        dokumen.Descendants<Inline>()
            .Select(i => (Tautan: i, Alamat: i switch { LinkInline l => l.Url, AutolinkInline a => a.Url, _ => null }))
            .Where(t => t.Alamat is not null).Select(t => (t.Tautan, t.Alamat!));

    // Relative addresses and http(s), mailto and tel pass. Browsers drop tabs and line breaks anywhere in a URL and controls or
    // spaces at its ends before they read the scheme, so "java\tscript:" is read the same way here.
    public static bool AlamatAman(string alamat)
    {
        var bersih = new string(alamat.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(KontrolDanSpasi);
        return Skema().Match(bersih) is not { Success: true } cocok
               || SkemaAman.Contains(cocok.Groups[1].Value.ToLowerInvariant());
    }

    private static readonly char[] KontrolDanSpasi = Enumerable.Range(0, 33).Select(c => (char)c).ToArray();

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Skema();

    // Splits a module body at each "## " heading; text before the first heading is the intro.
    public static (string Pengantar, IReadOnlyList<BagianModul> Bagian) Pecah(string markdown)
    {
        var pengantar = new StringBuilder();
        var bagian = new List<(string Judul, StringBuilder Isi)>();
        var dalamKode = false;
        foreach (var baris in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (baris.TrimStart().StartsWith("```", StringComparison.Ordinal)) dalamKode = !dalamKode;
            if (!dalamKode && baris.StartsWith("## ", StringComparison.Ordinal))
            {
                bagian.Add((baris[3..].Trim(), new StringBuilder()));
                continue;
            }
            (bagian.Count == 0 ? pengantar : bagian[^1].Isi).Append(baris).Append('\n');
        }
        var slugs = new HashSet<string>();
        var hasil = bagian.Select((b, i) =>
        {
            var slug = Slug(b.Judul);
            if (!slugs.Add(slug)) slug += "-" + (i + 1);
            return new BagianModul(i + 1, b.Judul, slug, KeHtml(b.Isi.ToString()));
        }).ToList();
        var teksPengantar = pengantar.ToString().Trim();
        return (teksPengantar.Length == 0 ? "" : KeHtml(teksPengantar), hasil);
    }

    public static string Slug(string judul)
    {
        var sb = new StringBuilder();
        foreach (var c in judul.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
