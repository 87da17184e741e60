using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DtksTraining.Web.Belajar;

// Reading the YAML of content/ the same way for modules, questions, quizzes and exercises: every problem names file and line.
public static class YamlKonten
{
    // geserBaris: lines of the file before the YAML text (front matter starts on line 2).
    public static YamlMappingNode? Baca(string teks, string nama, List<MasalahKonten> masalah, long geserBaris = 0)
    {
        var baris = teks.Replace("\r\n", "\n").Split('\n');
        var adaTab = false;
        for (var i = 0; i < baris.Length; i++)
        {
            // YAML forbids tabs in indentation; YamlDotNet reports them at the end of the line before, so catch them first.
            var indentasi = baris[i][..(baris[i].Length - baris[i].TrimStart(' ', '\t').Length)];
            if (!indentasi.Contains('\t')) continue;
            masalah.Add(new(nama, i + 1 + geserBaris, "Ada karakter tab di indentasi; YAML hanya menerima spasi."));
            adaTab = true;
        }
        if (adaTab) return null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(teks));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode akar) return akar;
            masalah.Add(new(nama, 1 + geserBaris, "Isi YAML harus berupa peta kunci: nilai."));
        }
        catch (YamlException e)
        {
            var barisGalat = e.Start.Line;
            // A tab elsewhere (after a key or value) is also reported from the line before; point at the tab itself.
            if ((e.InnerException?.Message ?? e.Message).Contains("tab", StringComparison.OrdinalIgnoreCase))
                for (var i = (int)Math.Max(0, e.Start.Line - 1); i < baris.Length; i++)
                    if (baris[i].Contains('\t')) { barisGalat = i + 1; break; }
            masalah.Add(new(nama, barisGalat + geserBaris, "YAML tidak bisa dibaca: " + (e.InnerException?.Message ?? e.Message)));
        }
        return null;
    }

    // A misspelt key ("pass_precent") must not be silently ignored and leave a default in its place.
    public static void KunciDikenal(YamlMappingNode peta, string nama, List<MasalahKonten> masalah, IReadOnlyCollection<string> dikenal,
        long geserBaris = 0)
    {
        foreach (var kunci in peta.Children.Keys)
        {
            var teks = kunci is YamlScalarNode { Value: { } v } ? v : kunci.ToString();
            if (kunci is YamlScalarNode && dikenal.Contains(teks)) continue;
            masalah.Add(new(nama, kunci.Start.Line + geserBaris,
                $"Kunci '{teks}' tidak dikenal (yang dikenal: {string.Join(", ", dikenal)})."));
        }
    }
}
