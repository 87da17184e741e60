using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DtksTraining.Tests.Shared;

// Bahasa is the key of every UI string; the English switch needs each one translated.
public partial class LocalizationCoverageTests
{
    [GeneratedRegex("""\bS\["((?:[^"\\]|\\.)+)"\]""")] private static partial Regex LocalizedLiteral();
    [GeneratedRegex(@"ErrorMessage\s*=\s*""((?:[^""\\]|\\.)+)""")] private static partial Regex ValidationMessage();

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "DtksTraining.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("DtksTraining.sln tidak ditemukan.");
    }

    [Fact]
    public void Every_localized_string_has_an_english_translation()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "DtksTraining.Web");
        var english = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.en.resx")).Root!
            .Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
        var keys = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml") || f.EndsWith(".cs")) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f =>
            {
                var text = File.ReadAllText(f);
                return LocalizedLiteral().Matches(text).Concat(ValidationMessage().Matches(text))
                    .Select(m => (Key: Regex.Unescape(m.Groups[1].Value), File: Path.GetFileName(f)));
            })
            .ToList();
        Assert.NotEmpty(keys);
        var missing = keys.Where(k => !english.ContainsKey(k.Key)).Select(k => $"{k.File}: {k.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Belum diterjemahkan:\n" + string.Join("\n", missing));
        Assert.DoesNotContain(english, e => string.IsNullOrWhiteSpace(e.Value));
        // MSBuild drops a name that differs from another only in case; a bad merge leaves resx markup inside a value.
        Assert.Empty(english.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(english.Where(e => e.Value.Contains("<data") || e.Value.Contains("</value>")).Select(e => e.Key));
    }
}
