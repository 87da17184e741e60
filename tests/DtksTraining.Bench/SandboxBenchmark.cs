using System.Diagnostics;
using System.Globalization;
using DtksTraining.Web.Data;
using DtksTraining.Web.Domain.Sandbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DtksTraining.Bench;

// Issue #5: the whole fictitious regency (96,425 families / 271,490 people) generated and stored, then queried.
public static class SandboxBenchmark
{
    public static async Task<string> RunAsync(string[] args)
    {
        var desa = BacaDesa();
        var hariIni = new DateOnly(2024, 9, 30);
        var pengenal = CultureInfo.InvariantCulture;

        var file = Path.Combine(Path.GetTempPath(), "dtks-bench-regency-" + Guid.NewGuid().ToString("N") + ".db");
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file}").Options;
        await using var db = new SqliteAppDbContext(options);
        await db.Database.MigrateAsync();

        var sw = Stopwatch.StartNew();
        var (keluarga, jiwa) = await RegisterKabupaten.BuatDanSimpanAsync(db, desa, 2024, hariIni);
        var regencyS = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"SQLite: {keluarga} keluarga, {jiwa} jiwa dibuat dan disimpan dalam {regencyS:F2} s");

        var conn = (SqliteConnection)db.Database.GetDbConnection();
        await conn.OpenAsync();
        // Duplicate NIK scan: GROUP BY on the Nik index (warm-up once, then the measured run).
        const string dupSql = "SELECT \"Nik\", COUNT(*) FROM \"KabupatenAnggota\" GROUP BY \"Nik\" HAVING COUNT(*) > 1";
        await HitungBaris(conn, dupSql);
        sw.Restart();
        var ganda = await HitungBaris(conn, dupSql);
        var dupMs = sw.Elapsed.TotalMilliseconds;
        Console.WriteLine($"NIK ganda: {ganda} dalam {dupMs:F1} ms");

        // NIK lookup: prepared indexed query, average over 2,000 random NIKs.
        var niks = new List<string>();
        await using (var c = conn.CreateCommand())
        {
            c.CommandText = "SELECT \"Nik\" FROM \"KabupatenAnggota\" ORDER BY random() LIMIT 2000";
            await using var r = await c.ExecuteReaderAsync();
            while (await r.ReadAsync()) niks.Add(r.GetString(0));
        }
        await using var cari = conn.CreateCommand();
        cari.CommandText = "SELECT \"Id\",\"Nama\",\"NoKk\",\"DesaKode\" FROM \"KabupatenAnggota\" WHERE \"Nik\" = $nik";
        var p = cari.Parameters.Add(new SqliteParameter("$nik", ""));
        cari.Prepare();
        sw.Restart();
        var ketemu = 0;
        foreach (var nik in niks)
        {
            p.Value = nik;
            await using var r = await cari.ExecuteReaderAsync();
            while (await r.ReadAsync()) ketemu++;
        }
        var lookupMs = sw.Elapsed.TotalMilliseconds / niks.Count;
        Console.WriteLine($"Cari NIK: {niks.Count} kali, {ketemu} baris, rata-rata {lookupMs:F3} ms");
        await conn.CloseAsync();

        var pgS = "NA";
        var pg = Environment.GetEnvironmentVariable("DTKS_BENCH_PG");
        if (!string.IsNullOrWhiteSpace(pg))
        {
            var nama = "dtks_bench_regency_" + Guid.NewGuid().ToString("N")[..8];
            await using (var admin = new NpgsqlConnection(pg))
            {
                await admin.OpenAsync();
                await using var c = admin.CreateCommand();
                c.CommandText = $"CREATE DATABASE {nama}";
                await c.ExecuteNonQueryAsync();
            }
            var pgConn = new NpgsqlConnectionStringBuilder(pg) { Database = nama }.ConnectionString;
            await using var pdb = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(pgConn).Options);
            await pdb.Database.MigrateAsync();
            sw.Restart();
            await RegisterKabupaten.BuatDanSimpanAsync(pdb, desa, 2024, hariIni);
            pgS = sw.Elapsed.TotalSeconds.ToString("F2", pengenal);
            Console.WriteLine($"PostgreSQL (COPY biner): {pgS} s (database {nama})");
        }
        Console.WriteLine($"regency_pg_s={pgS}");
        Console.WriteLine("reset_ms=NA: SandboxPenyimpan.AturUlangAsync (feature/sandbox) belum digabung");
        SqliteConnection.ClearAllPools();
        File.Delete(file);
        return string.Create(pengenal,
            $"families={keluarga} people={jiwa} regency_s={regencyS:F2} reset_ms=NA dupscan_ms={dupMs:F0} nik_lookup_ms={lookupMs:F3}");
    }

    private static async Task<int> HitungBaris(SqliteConnection conn, string sql)
    {
        await using var c = conn.CreateCommand();
        c.CommandText = sql;
        await using var r = await c.ExecuteReaderAsync();
        var n = 0;
        while (await r.ReadAsync()) n++;
        return n;
    }

    private static List<DesaSumber> BacaDesa()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "seed-data", "wilayah.csv"))) dir = dir.Parent;
        using var csv = File.OpenText(Path.Combine(dir!.FullName, "seed-data", "wilayah.csv"));
        return DaftarDesa.Baca(csv);
    }
}
