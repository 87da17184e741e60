using System.Globalization;
using System.Text;
using Ganss.Xss;
using Markdig;

namespace DtksTraining.Web.Belajar;

public static class PenyajiMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static string KeHtml(string markdown)
    {
        var html = Markdown.ToHtml(markdown, Pipeline);
        // A wide table scrolls inside a focusable wrapper so keyboard users can scroll it too (axe: scrollable-region-focusable).
        return new HtmlSanitizer().Sanitize(html)
            .Replace("<table>", "<div class=\"table-wrap\" tabindex=\"0\"><table>", StringComparison.Ordinal)
            .Replace("</table>", "</table></div>", StringComparison.Ordinal);
    }

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
