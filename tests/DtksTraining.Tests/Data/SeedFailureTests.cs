using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Data;
using DtksTraining.Web.Wilayah;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Data;

public class SeedFailureTests
{
    public static TheoryData<string, string, string, int, string> BrokenRows => new()
    {
        { "wilayah.csv", "18.09.01,Gedong Tataan,18.09.01.2007,Bagelen", "18.09.01,Gedong Tataan,18.09.99.2007,Bagelen", 8, "tidak berada di kecamatan" },
        { "wilayah.csv", "18.09.01,Gedong Tataan,18.09.01.2002,Pampangan", "18.09.01,Gedong Tataan,18.09.01.2001,Pampangan", 3, "muncul dua kali" },
        { "wilayah.csv", "18.09.01,Gedong Tataan,18.09.01.2003,Cipadang", "18.09.01,Gedong Tataan,1809012003,Cipadang", 4, "kode desa harus berbentuk" },
        { "venues.csv", "Gedong Tataan\",80", "Gedong Tataan\",delapan puluh", 6, "bilangan bulat positif" },
        { "venues.csv", "18.09.07,,", "18.09.77,,", 3, "kode kecamatan tidak ada" },
        { "venue-preferences.csv", "18.09.03,NUJ BGL KDG PDC SKR", "18.09.03,NUJ XYZ", 4, "'XYZ' tidak ada di venues.csv" },
        { "programmes.csv", "PIP,PIP/KIP", ",PIP/KIP", 5, "kolom 'kode' kosong" },
    };

    [Theory]
    [MemberData(nameof(BrokenRows))]
    public async Task A_bad_seed_row_is_reported_with_file_and_row(string file, string original, string broken, int row, string problem)
    {
        var folder = CopySeedDataWith(file, original, broken);
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options);
        await db.Database.MigrateAsync();

        var error = await Assert.ThrowsAsync<SeedDataException>(() => new ReferenceDataSeeder(db, folder).SeedAsync(CancellationToken.None));

        Assert.Equal(file, error.File);
        Assert.Equal(row, error.Row);
        Assert.Contains($"{file}, baris {row}", error.Message);
        Assert.Contains(problem, error.Message);
        Assert.Equal(0, await db.Desa.CountAsync());
    }

    [Fact]
    public async Task The_real_app_stops_with_the_message_and_a_failing_exit_code()
    {
        var folder = CopySeedDataWith("venues.csv", "Gedong Tataan\",80", "Gedong Tataan\",delapan puluh");
        var dataPath = Path.Combine(Path.GetTempPath(), "dtks-seed-app-" + Guid.NewGuid().ToString("N"));
        var keluar = await FailedStart.RunAsync(["--SeedData:Path", folder, "--DataPath", dataPath, "--urls", "http://127.0.0.1:0"],
            AppContext.BaseDirectory, TimeSpan.FromSeconds(60));

        Assert.Equal(1, keluar.ExitCode);
        Assert.Contains("Data awal gagal dimuat dari venues.csv, baris 6", keluar.Stderr + keluar.Stdout);
        Assert.DoesNotContain("Unhandled exception", keluar.Stderr);
    }

    private static string CopySeedDataWith(string file, string original, string broken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dtks-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var source in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seed-data")))
            File.Copy(source, Path.Combine(folder, Path.GetFileName(source)));
        var path = Path.Combine(folder, file);
        var text = File.ReadAllText(path);
        var index = text.IndexOf(original, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{original}' tidak ada di {file}");
        File.WriteAllText(path, text[..index] + broken + text[(index + original.Length)..]);
        return folder;
    }
}
