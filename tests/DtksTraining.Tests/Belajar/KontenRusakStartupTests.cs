using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Sandbox;

namespace DtksTraining.Tests.Belajar;

// Broken content must stop the real process with exit code 1 and the problem, not a crash (SIGABRT, 134) that systemd restarts.
public class KontenRusakStartupTests
{
    [Theory]
    [InlineData("quizzes/quizzes.yaml", "    review: after-pass-or-last-attempt", "    review: after-pass-or-last-attempt\n    pass_precent: 80",
        "quizzes/quizzes.yaml, baris 12", "Kunci 'pass_precent' tidak dikenal")]
    [InlineData("exercises/keluarga-menolak.yaml", "order: 15", "order: 15\nurutan: 3",
        "exercises/keluarga-menolak.yaml, baris 4", "Kunci 'urutan' tidak dikenal")]
    public async Task The_app_stops_with_exit_code_1_and_the_message(string berkas, string cari, string ganti, string tempat, string pesan)
    {
        var konten = LatihanStartupTests.SalinKonten();
        var path = Path.Combine(konten, berkas);
        var teks = File.ReadAllText(path);
        var i = teks.IndexOf(cari, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{cari}' tidak ada di {berkas}");
        File.WriteAllText(path, teks[..i] + ganti + teks[(i + cari.Length)..]);
        var dataPath = Path.Combine(Path.GetTempPath(), "dtks-konten-app-" + Guid.NewGuid().ToString("N"));

        var keluar = await FailedStart.RunAsync(["--Learning:ContentPath", konten, "--DataPath", dataPath, "--urls", "http://127.0.0.1:0"],
            Path.GetTempPath(), TimeSpan.FromSeconds(60));

        var galat = keluar.Stderr;
        Assert.Equal(1, keluar.ExitCode);
        Assert.Contains("Konten pelatihan tidak sah", galat);
        Assert.Contains(tempat, galat);
        Assert.Contains(pesan, galat);
        Assert.DoesNotContain("Unhandled exception", galat + keluar.Stdout);
        Assert.DoesNotContain("   at ", galat);
    }
}
