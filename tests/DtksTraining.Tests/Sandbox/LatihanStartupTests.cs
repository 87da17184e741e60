using DtksTraining.Tests.Belajar;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Sandbox;

// The exercises are loaded and validated at start-up together with the modules and quizzes.
[Trait("Category", "Data")]
public class LatihanStartupTests
{
    public static string SalinKonten()
    {
        var asal = PustakaKontenTests.ContentFolder();
        var tujuan = Path.Combine(Path.GetTempPath(), "dtks-konten", Guid.NewGuid().ToString("N"));
        foreach (var berkas in Directory.GetFiles(asal, "*", SearchOption.AllDirectories))
        {
            var salinan = Path.Combine(tujuan, Path.GetRelativePath(asal, berkas));
            Directory.CreateDirectory(Path.GetDirectoryName(salinan)!);
            File.Copy(berkas, salinan);
        }
        return tujuan;
    }

    [Fact]
    public async Task The_app_serves_the_real_exercises_and_refuses_to_start_with_a_broken_one()
    {
        var folder = SalinKonten();
        IAsyncLifetime app = new AppFactory();
        ((AppFactory)app).Settings["Learning:ContentPath"] = folder;
        await app.InitializeAsync();
        try
        {
            ((AppFactory)app).CreateClient();
            Assert.True(((AppFactory)app).Services.GetRequiredService<PustakaLatihan>().Semua.Count >= 24);
        }
        finally
        {
            await app.DisposeAsync();
        }

        File.WriteAllText(Path.Combine(folder, "exercises", "rusak.yaml"), "id: rusak\ntitle: Rusak\norder: 99\nproblem: ganda\nanomaly: nik-ganda\nbrief: b\nchecks:\n  - check: terbang\n");
        // Through the real process the same error stops the app with exit code 1 (KontenRusakStartupTests).
        var validasi = Assert.Throws<KontenTidakSahException>(() => PustakaLatihan.Load(Path.Combine(folder, "exercises")));
        Assert.Contains(validasi.Masalah, m => m.Berkas == "exercises/rusak.yaml" && m.Baris == 8 && m.Pesan.Contains("'terbang'"));
    }
}
