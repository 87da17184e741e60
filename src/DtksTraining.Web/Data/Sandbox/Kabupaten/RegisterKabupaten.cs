using System.Data.Common;
using DtksTraining.Web.Domain.Sandbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace DtksTraining.Web.Data;

// Rows done / total while the regency register is stored; read by the page's JSON handler.
public sealed class ProgresKabupaten
{
    private int _selesai;
    public int GenerasiId { get; private set; }
    public int Total { get; set; }
    public int Selesai => Volatile.Read(ref _selesai);
    public void Tambah(int n) => Interlocked.Add(ref _selesai, n);

    public void Mulai(int generasiId, int total)
    {
        Volatile.Write(ref _selesai, 0);
        Total = total;
        GenerasiId = generasiId;
    }
}

// Generates the fictitious regency (GeneratorDtks) and stores it fast: raw ADO.NET, one transaction,
// prepared reused commands on SQLite; binary COPY on PostgreSQL. EF change tracking is far too slow for 370k rows.
public static class RegisterKabupaten
{
    public static async Task<(int Keluarga, int Jiwa)> BuatDanSimpanAsync(AppDbContext db, IReadOnlyList<DesaSumber> desa,
        int seed, DateOnly hariIni, ProgresKabupaten? progres = null, int jumlahKeluarga = AngkaPesawaran.Keluarga,
        int jumlahJiwa = AngkaPesawaran.Jiwa, CancellationToken ct = default)
    {
        var data = GeneratorDtks.BuatKabupaten(desa, seed, hariIni, jumlahKeluarga, jumlahJiwa);
        await SimpanAsync(db, data, progres, ct);
        return (data.Keluarga.Length, data.Anggota.Length);
    }

    public static async Task SimpanAsync(AppDbContext db, DataKabupaten data, ProgresKabupaten? progres = null,
        CancellationToken ct = default)
    {
        progres ??= new ProgresKabupaten();
        progres.Mulai(progres.GenerasiId, data.Keluarga.Length + data.Anggota.Length);
        var kecamatan = data.Desa.ToDictionary(d => d.Kode, d => d.KodeKecamatan);
        var conn = db.Database.GetDbConnection();
        var dibuka = conn.State != System.Data.ConnectionState.Open;
        if (dibuka) await conn.OpenAsync(ct);
        try
        {
            if (conn is NpgsqlConnection pg) await SimpanPostgresAsync(pg, data, kecamatan, progres, ct);
            else await SimpanSqliteAsync((SqliteConnection)conn, data, kecamatan, progres, ct);
        }
        finally
        {
            if (dibuka) await conn.CloseAsync();
        }
    }

    private static async Task SimpanSqliteAsync(SqliteConnection conn, DataKabupaten data,
        Dictionary<string, string> kecamatan, ProgresKabupaten progres, CancellationToken ct)
    {
        await using var tx = conn.BeginTransaction();
        await Exec(conn, tx, "DELETE FROM \"KabupatenAnggota\"; DELETE FROM \"KabupatenKeluarga\";", ct);
        // Secondary indexes are dropped during the load and rebuilt once (much cheaper than per row).
        var indexes = new List<string>();
        await using (var q = conn.CreateCommand())
        {
            q.Transaction = tx;
            q.CommandText = "SELECT sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND tbl_name IN ('KabupatenAnggota','KabupatenKeluarga')";
            await using var r = await q.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) indexes.Add(r.GetString(0));
        }
        foreach (var sql in indexes)
        {
            var nama = sql.Split('"')[1];
            await Exec(conn, tx, $"DROP INDEX \"{nama}\"", ct);
        }

        await using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO \"KabupatenKeluarga\" (\"Id\",\"NoKk\",\"IdRumahTangga\",\"DesaKode\",\"KecamatanKode\",\"Alamat\",\"Program\",\"Aset\") VALUES ($1,$2,$3,$4,$5,$6,$7,$8)";
            var p = new SqliteParameter[8];
            for (var i = 0; i < p.Length; i++) p[i] = cmd.Parameters.Add(new SqliteParameter("$" + (i + 1), null));
            cmd.Prepare();
            var id = 0;
            foreach (var k in data.Keluarga)
            {
                p[0].Value = ++id; p[1].Value = k.NoKk; p[2].Value = k.RumahTangga.IdRumahTangga; p[3].Value = k.DesaKode;
                p[4].Value = kecamatan[k.DesaKode]; p[5].Value = k.Alamat; p[6].Value = (int)k.Program; p[7].Value = (int)k.RumahTangga.Aset;
                cmd.ExecuteNonQuery();
                if (id % 5000 == 0) progres.Tambah(5000);
            }
            progres.Tambah(id % 5000);
        }
        await using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO \"KabupatenAnggota\" (\"Id\",\"KeluargaId\",\"NoKk\",\"Nik\",\"Nama\",\"NamaNormal\",\"TanggalLahir\",\"Hubungan\",\"Pekerjaan\",\"Program\",\"Aktif\",\"DesaKode\",\"KecamatanKode\") VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)";
            var p = new SqliteParameter[13];
            for (var i = 0; i < p.Length; i++) p[i] = cmd.Parameters.Add(new SqliteParameter("$" + (i + 1), null));
            cmd.Prepare();
            int kid = 0, aid = 0;
            // Names come from small pools, so normalising each distinct name once saves ~270k Unicode passes.
            var normal = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var k in data.Keluarga)
            {
                kid++;
                var kec = kecamatan[k.DesaKode];
                foreach (var a in k.Anggota)
                {
                    if (!normal.TryGetValue(a.Nama, out var namaNormal)) normal[a.Nama] = namaNormal = PencariGanda.NormalisasiNama(a.Nama);
                    p[0].Value = ++aid; p[1].Value = kid; p[2].Value = k.NoKk; p[3].Value = a.Nik; p[4].Value = a.Nama;
                    p[5].Value = namaNormal; p[6].Value = a.TanggalLahir.ToString("yyyy-MM-dd");
                    p[7].Value = (int)a.Hubungan; p[8].Value = a.Pekerjaan is { } j ? (int)j : DBNull.Value;
                    p[9].Value = (int)a.Program; p[10].Value = a.Aktif ? 1 : 0; p[11].Value = k.DesaKode; p[12].Value = kec;
                    cmd.ExecuteNonQuery();
                    if (aid % 5000 == 0) progres.Tambah(5000);
                }
            }
            progres.Tambah(aid % 5000);
        }
        foreach (var sql in indexes) await Exec(conn, tx, sql, ct);
        await tx.CommitAsync(ct);
    }

    private static async Task SimpanPostgresAsync(NpgsqlConnection conn, DataKabupaten data,
        Dictionary<string, string> kecamatan, ProgresKabupaten progres, CancellationToken ct)
    {
        await using var tx = await conn.BeginTransactionAsync(ct);
        await Exec(conn, tx, "TRUNCATE \"KabupatenAnggota\", \"KabupatenKeluarga\"", ct);
        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY \"KabupatenKeluarga\" (\"Id\",\"NoKk\",\"IdRumahTangga\",\"DesaKode\",\"KecamatanKode\",\"Alamat\",\"Program\",\"Aset\") FROM STDIN (FORMAT BINARY)", ct))
        {
            var id = 0;
            foreach (var k in data.Keluarga)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(++id, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(k.NoKk, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(k.RumahTangga.IdRumahTangga, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(k.DesaKode, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(kecamatan[k.DesaKode], NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(k.Alamat, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync((int)k.Program, NpgsqlDbType.Integer, ct);
                await w.WriteAsync((int)k.RumahTangga.Aset, NpgsqlDbType.Integer, ct);
                if (id % 5000 == 0) progres.Tambah(5000);
            }
            await w.CompleteAsync(ct);
            progres.Tambah(id % 5000);
        }
        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY \"KabupatenAnggota\" (\"Id\",\"KeluargaId\",\"NoKk\",\"Nik\",\"Nama\",\"NamaNormal\",\"TanggalLahir\",\"Hubungan\",\"Pekerjaan\",\"Program\",\"Aktif\",\"DesaKode\",\"KecamatanKode\") FROM STDIN (FORMAT BINARY)", ct))
        {
            int kid = 0, aid = 0;
            foreach (var k in data.Keluarga)
            {
                kid++;
                var kec = kecamatan[k.DesaKode];
                foreach (var a in k.Anggota)
                {
                    await w.StartRowAsync(ct);
                    await w.WriteAsync(++aid, NpgsqlDbType.Integer, ct);
                    await w.WriteAsync(kid, NpgsqlDbType.Integer, ct);
                    await w.WriteAsync(k.NoKk, NpgsqlDbType.Varchar, ct);
                    await w.WriteAsync(a.Nik, NpgsqlDbType.Varchar, ct);
                    await w.WriteAsync(a.Nama, NpgsqlDbType.Varchar, ct);
                    await w.WriteAsync(PencariGanda.NormalisasiNama(a.Nama), NpgsqlDbType.Varchar, ct);
                    await w.WriteAsync(a.TanggalLahir, NpgsqlDbType.Date, ct);
                    await w.WriteAsync((int)a.Hubungan, NpgsqlDbType.Integer, ct);
                    if (a.Pekerjaan is { } j) await w.WriteAsync((int)j, NpgsqlDbType.Integer, ct);
                    else await w.WriteNullAsync(ct);
                    await w.WriteAsync((int)a.Program, NpgsqlDbType.Integer, ct);
                    await w.WriteAsync(a.Aktif, NpgsqlDbType.Boolean, ct);
                    await w.WriteAsync(k.DesaKode, NpgsqlDbType.Varchar, ct);
                    await w.WriteAsync(kec, NpgsqlDbType.Varchar, ct);
                    if (aid % 5000 == 0) progres.Tambah(5000);
                }
            }
            await w.CompleteAsync(ct);
            progres.Tambah(aid % 5000);
        }
        await tx.CommitAsync(ct);
        await Exec(conn, null, "ANALYZE \"KabupatenKeluarga\"; ANALYZE \"KabupatenAnggota\";", ct);
    }

    private static async Task Exec(DbConnection conn, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var c = conn.CreateCommand();
        c.Transaction = tx;
        c.CommandText = sql;
        await c.ExecuteNonQueryAsync(ct);
    }
}
