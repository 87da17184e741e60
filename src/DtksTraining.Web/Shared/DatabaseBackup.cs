using System.Globalization;
using DtksTraining.Web.Data;
using Microsoft.Data.Sqlite;

namespace DtksTraining.Web.Shared;

public sealed record BerkasCadangan(string Nama, long Ukuran, DateTimeOffset DibuatPada);

// An online copy of the SQLite database: VACUUM INTO reads one consistent snapshot while other connections keep
// writing (WAL), and writes a compact file that opens as a database on its own.
public sealed class DatabaseBackup(DatabaseSettings database, DataFolder dataFolder, TimeProvider clock)
{
    public const string Folder = "cadangan";
    private const string Awalan = "dtks-";

    public bool Didukung => database.Provider == DatabaseProvider.Sqlite;

    public async Task<BerkasCadangan> BuatAsync(CancellationToken ct = default)
    {
        if (!Didukung) throw new InvalidOperationException("Cadangan dari aplikasi hanya untuk SQLite; PostgreSQL memakai pg_dump.");
        var folder = dataFolder.Folder(Folder);
        var waktu = clock.GetUtcNow();
        var nama = $"{Awalan}{waktu.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.db";
        var tujuan = Path.Combine(folder, nama);
        for (var i = 2; File.Exists(tujuan); i++)
            tujuan = Path.Combine(folder, nama = $"{Awalan}{waktu.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{i}.db");
        // A connection of its own, outside the pool and outside any EF transaction.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $tujuan";
        command.Parameters.AddWithValue("$tujuan", tujuan);
        await command.ExecuteNonQueryAsync(ct);
        var info = new FileInfo(tujuan);
        return new BerkasCadangan(nama, info.Length, waktu);
    }

    public IReadOnlyList<BerkasCadangan> Daftar()
    {
        var folder = new DirectoryInfo(dataFolder.Folder(Folder));
        return folder.GetFiles(Awalan + "*.db")
            .OrderByDescending(f => f.Name, StringComparer.Ordinal)
            .Select(f => new BerkasCadangan(f.Name, f.Length, new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero)))
            .ToList();
    }

    // Only a name from the listing: a request can never reach a path outside the backup folder.
    public string? Jalur(string? nama) =>
        nama is not null && Daftar().Any(b => b.Nama == nama) ? Path.Combine(dataFolder.Folder(Folder), nama) : null;
}
