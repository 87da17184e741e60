using System.Diagnostics;
using System.Globalization;
using DtksTraining.Web.Data;
using DtksTraining.Web.Sandbox.Kabupaten;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Wilayah;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
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

        // Storing overlaps generating, so both are timed together (first run, cold); generation alone is timed after, for the record.
        var sw = Stopwatch.StartNew();
        var data = await RegisterKabupaten.BuatDanSimpanAsync(db, desa, 2024, hariIni);
        var regencyS = sw.Elapsed.TotalSeconds;
        sw.Restart();
        _ = GeneratorDtks.BuatKabupaten(desa, 2024, hariIni);
        var buatS = sw.Elapsed.TotalSeconds;
        var (keluarga, jiwa) = (data.Keluarga.Length, data.Anggota.Length);
        Console.WriteLine($"SQLite: {keluarga} keluarga, {jiwa} jiwa dibuat dan disimpan dalam {regencyS:F2} s (pembuatan saja, putaran kedua: {buatS:F2} s)");
        Console.WriteLine($"Ditanam: {data.NikGandaLintasDesa.Count} NIK di dua desa, {data.NikKembarNama.Count} nama+tanggal lahir kembar");

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

        var resetMs = await UkurAturUlangAsync(db, desa);
        Console.WriteLine($"Atur ulang sandbox desa (median 15 kali): {resetMs:F1} ms");
        SqliteConnection.ClearAllPools();
        File.Delete(file);
        return string.Create(pengenal,
            $"families={keluarga} people={jiwa} regency_s={regencyS:F2} reset_ms={resetMs:F0} dupscan_ms={dupMs:F0} nik_lookup_ms={lookupMs:F3}");
    }

    // One trainee's desa sandbox (650 families) reset on the same SQLite file as the regency register.
    private static async Task<double> UkurAturUlangAsync(SqliteAppDbContext db, List<DesaSumber> desa)
    {
        foreach (var k in desa.GroupBy(d => d.KodeKecamatan))
            db.Kecamatan.Add(new Kecamatan { Kode = k.Key, Nama = k.First().NamaKecamatan });
        foreach (var d in desa) db.Desa.Add(new Desa { Kode = d.Kode, Nama = d.Nama, KecamatanKode = d.KodeKecamatan });
        var user = new AppUser { UserName = "operator.bench", NamaLengkap = "Operator Bench", DesaKode = desa[0].Kode };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var penyimpan = new SandboxPenyimpan(db, TimeProvider.System, new SkenarioTerkini(), NullLogger<SandboxPenyimpan>.Instance);
        var sandbox = await penyimpan.PastikanAsync(user.Id);
        var kali = new List<double>();
        for (var i = 0; i < 16; i++)
        {
            var sw = Stopwatch.StartNew();
            await penyimpan.AturUlangAsync(sandbox.Id);
            if (i > 0) kali.Add(sw.Elapsed.TotalMilliseconds);
        }
        kali.Sort();
        return kali[kali.Count / 2];
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
