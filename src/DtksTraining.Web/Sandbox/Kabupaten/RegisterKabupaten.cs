using System.Data.Common;
using System.Globalization;
using System.Runtime;
using System.Text;
using System.Threading.Channels;
using DtksTraining.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace DtksTraining.Web.Sandbox.Kabupaten;

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
// prepared sqlite3 statements on SQLite; binary COPY on PostgreSQL. EF change tracking is far too slow for 370k rows.
public static class RegisterKabupaten
{
    // On SQLite each desa is stored while the next is generated (two cores, one transaction); PostgreSQL copies the whole regency.
    public static async Task<DataKabupaten> BuatDanSimpanAsync(AppDbContext db, IReadOnlyList<DesaSumber> desa,
        int seed, DateOnly hariIni, ProgresKabupaten? progres = null, int jumlahKeluarga = AngkaPesawaran.Keluarga,
        int jumlahJiwa = AngkaPesawaran.Jiwa, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite())
        {
            var semua = GeneratorDtks.BuatKabupaten(desa, seed, hariIni, jumlahKeluarga, jumlahJiwa);
            await SimpanAsync(db, semua, progres, ct);
            return semua;
        }
        progres ??= new ProgresKabupaten();
        progres.Mulai(progres.GenerasiId, jumlahKeluarga + jumlahJiwa);
        var kecamatan = desa.ToDictionary(d => d.Kode, d => d.KodeKecamatan);
        DataKabupaten? data = null;
        // Everything generated stays alive until it is stored, so collections midway only walk and copy it (~0.4 s of pauses
        // for the full regency): allocate it in a no-GC region. If other requests use up the budget, the runtime collects as usual.
        var tanpaGc = MulaiTanpaGc(jumlahJiwa);
        try
        {
            await DenganKoneksiAsync(db, conn => MuatMassalSqliteAsync((SqliteConnection)conn, async handle =>
                data = await BuatSambilSisipkanAsync(handle, desa, seed, hariIni, jumlahKeluarga, jumlahJiwa, kecamatan, progres, ct), ct), ct);
        }
        finally
        {
            if (tanpaGc) AkhiriTanpaGc();
        }
        return data!;
    }

    // The generator hands over each finished desa; a second task inserts it while the next one is generated.
    private static async Task<DataKabupaten> BuatSambilSisipkanAsync(sqlite3 handle, IReadOnlyList<DesaSumber> desa, int seed,
        DateOnly hariIni, int jumlahKeluarga, int jumlahJiwa, Dictionary<string, string> kecamatan, ProgresKabupaten progres,
        CancellationToken ct)
    {
        using var penyisip = new PenyisipSqlite(handle, kecamatan, progres);
        var antrean = Channel.CreateUnbounded<DataDesa>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var simpan = Task.Run(async () =>
        {
            await foreach (var d in antrean.Reader.ReadAllAsync(ct)) penyisip.Sisipkan(d.Keluarga, ct);
        }, ct);
        DataKabupaten data;
        try
        {
            data = await Task.Run(() => GeneratorDtks.BuatKabupaten(desa, seed, hariIni, jumlahKeluarga, jumlahJiwa,
                d => antrean.Writer.TryWrite(d)), ct);
        }
        finally
        {
            antrean.Writer.TryComplete();
            await simpan;
        }
        penyisip.Ganti(data);
        return data;
    }

    // ~720 bytes are allocated per person generated (187 MB for the regency); the budget leaves room for the app's other work.
    private static bool MulaiTanpaGc(int jumlahJiwa)
    {
        try
        {
            return GC.TryStartNoGCRegion(Math.Max(64L << 20, jumlahJiwa * 1200L));
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // Budget beyond what this GC allows, or another load already holds a region: generate with collections.
            return false;
        }
    }

    private static void AkhiriTanpaGc()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return;
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The budget ran out and the runtime already collected: nothing left to end.
        }
    }

    public static async Task SimpanAsync(AppDbContext db, DataKabupaten data, ProgresKabupaten? progres = null,
        CancellationToken ct = default)
    {
        progres ??= new ProgresKabupaten();
        progres.Mulai(progres.GenerasiId, data.Keluarga.Length + data.Anggota.Length);
        var kecamatan = data.Desa.ToDictionary(d => d.Kode, d => d.KodeKecamatan);
        await DenganKoneksiAsync(db, conn => conn is NpgsqlConnection pg
            ? SimpanPostgresAsync(pg, data, kecamatan, progres, ct)
            : MuatMassalSqliteAsync((SqliteConnection)conn, handle =>
            {
                using var penyisip = new PenyisipSqlite(handle, kecamatan, progres);
                penyisip.Sisipkan(data.Keluarga, ct);
                return Task.CompletedTask;
            }, ct), ct);
    }

    private static async Task DenganKoneksiAsync(AppDbContext db, Func<DbConnection, Task> kerja, CancellationToken ct)
    {
        var conn = db.Database.GetDbConnection();
        var dibuka = conn.State != System.Data.ConnectionState.Open;
        if (dibuka) await conn.OpenAsync(ct);
        try
        {
            await kerja(conn);
        }
        finally
        {
            if (dibuka) await conn.CloseAsync();
        }
    }

    private static async Task MuatMassalSqliteAsync(SqliteConnection conn, Func<sqlite3, Task> isi, CancellationToken ct)
    {
        // The register is rebuilt wholesale and a failed load is simply regenerated, so the bulk load skips fsync and keeps
        // its rollback journal in memory (a WAL database is left in WAL); restored after, as the connection goes back to the pool.
        var semula = new List<string>();
        foreach (var pragma in new[] { "synchronous", "journal_mode", "temp_store" })
            semula.Add($"PRAGMA {pragma}={await Skalar(conn, $"PRAGMA {pragma}", ct)}");
        var wal = semula[1].EndsWith("=wal", StringComparison.OrdinalIgnoreCase);
        await Exec(conn, null, "PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY;"
            + (wal ? "" : " PRAGMA journal_mode=MEMORY;"), ct);
        try
        {
            await using var tx = conn.BeginTransaction();
            await Exec(conn, tx, "DELETE FROM \"KabupatenAnggota\"; DELETE FROM \"KabupatenKeluarga\";", ct);
            // Secondary indexes are dropped during the load and rebuilt once (much cheaper than per row), except those whose
            // keys arrive in ascending order (family ids; desa codes, as desa come sorted): they only append, alongside generation.
            var indexes = new List<string>();
            await using (var q = conn.CreateCommand())
            {
                q.Transaction = tx;
                q.CommandText = "SELECT sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND tbl_name IN ('KabupatenAnggota','KabupatenKeluarga')"
                    + " AND name NOT IN ('IX_KabupatenAnggota_KeluargaId','IX_KabupatenKeluarga_DesaKode')";
                await using var r = await q.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct)) indexes.Add(r.GetString(0));
            }
            foreach (var sql in indexes)
            {
                var nama = sql.Split('"')[1];
                await Exec(conn, tx, $"DROP INDEX \"{nama}\"", ct);
            }
            await isi(conn.Handle!);
            foreach (var sql in indexes) await Exec(conn, tx, sql, ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            await Exec(conn, null, string.Join("; ", semula), ct);
        }
    }

    // Straight sqlite3 prepare/bind/step on the connection's handle (inside its open transaction): Microsoft.Data.Sqlite
    // looks every parameter up by name and builds a data reader on each execute, which was most of the storage time.
    // Ids follow the order families arrive in, which is the order of DataKabupaten.Keluarga.
    private sealed class PenyisipSqlite : IDisposable
    {
        private const string KolomAnggota = "\"Nik\",\"Nama\",\"NamaNormal\",\"TanggalLahir\",\"Hubungan\",\"Pekerjaan\",\"Program\",\"Aktif\"";
        private readonly sqlite3 _db;
        private readonly Dictionary<string, string> _kecamatan;
        private readonly ProgresKabupaten _progres;
        private readonly sqlite3_stmt _keluarga;
        private readonly sqlite3_stmt _anggota;
        // Names come from small pools, so normalising each distinct name once saves ~270k Unicode passes.
        // Each distinct name is also encoded to UTF-8 once; codes and No KK once per family.
        private readonly Dictionary<string, (byte[] Nama, byte[] Normal)> _nama = new(StringComparer.Ordinal);
        private readonly Dictionary<string, byte[]> _utf8 = new(StringComparer.Ordinal);
        private int _kid, _aid;

        public PenyisipSqlite(sqlite3 db, Dictionary<string, string> kecamatan, ProgresKabupaten progres)
        {
            (_db, _kecamatan, _progres) = (db, kecamatan, progres);
            _keluarga = Siapkan(db, "INSERT INTO \"KabupatenKeluarga\" (\"Id\",\"NoKk\",\"IdRumahTangga\",\"DesaKode\",\"KecamatanKode\",\"Alamat\",\"Program\",\"Aset\") VALUES (?,?,?,?,?,?,?,?)");
            _anggota = Siapkan(db, $"INSERT INTO \"KabupatenAnggota\" ({KolomAnggota},\"Id\",\"KeluargaId\",\"NoKk\",\"DesaKode\",\"KecamatanKode\") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        }

        public void Sisipkan(IEnumerable<Keluarga> keluarga, CancellationToken ct)
        {
            foreach (var k in keluarga)
            {
                _kid++;
                var noKk = Encoding.UTF8.GetBytes(k.NoKk);
                var desa = Utf8(_utf8, k.DesaKode);
                var kec = Utf8(_utf8, _kecamatan[k.DesaKode]);
                raw.sqlite3_bind_int(_keluarga, 1, _kid);
                raw.sqlite3_bind_text(_keluarga, 2, noKk);
                IkatTeks(_keluarga, 3, k.RumahTangga.IdRumahTangga);
                raw.sqlite3_bind_text(_keluarga, 4, desa);
                raw.sqlite3_bind_text(_keluarga, 5, kec);
                IkatTeks(_keluarga, 6, k.Alamat);
                raw.sqlite3_bind_int(_keluarga, 7, (int)k.Program);
                raw.sqlite3_bind_int(_keluarga, 8, (int)k.RumahTangga.Aset);
                Langkah(_db, _keluarga);
                foreach (var a in k.Anggota)
                {
                    IkatAnggota(_anggota, a);
                    raw.sqlite3_bind_int(_anggota, 9, ++_aid);
                    raw.sqlite3_bind_int(_anggota, 10, _kid);
                    raw.sqlite3_bind_text(_anggota, 11, noKk);
                    raw.sqlite3_bind_text(_anggota, 12, desa);
                    raw.sqlite3_bind_text(_anggota, 13, kec);
                    Langkah(_db, _anggota);
                    if (_aid % 5000 == 0)
                    {
                        _progres.Tambah(5000);
                        ct.ThrowIfCancellationRequested();
                    }
                }
            }
        }

        // The planted duplicates replaced people after their desa was stored: rewrite those rows in place.
        public void Ganti(DataKabupaten data)
        {
            if (data.Penggantian.Count == 0) return;
            var idPertama = new int[data.Keluarga.Length];
            for (int i = 0, id = 1; i < data.Keluarga.Length; id += data.Keluarga[i].Anggota.Count, i++) idPertama[i] = id;
            var ubah = Siapkan(_db, $"UPDATE \"KabupatenAnggota\" SET ({KolomAnggota}) = (?,?,?,?,?,?,?,?) WHERE \"Id\" = ?");
            try
            {
                foreach (var p in data.Penggantian)
                {
                    IkatAnggota(ubah, data.Keluarga[p.Keluarga].Anggota[p.Anggota]);
                    raw.sqlite3_bind_int(ubah, 9, idPertama[p.Keluarga] + p.Anggota);
                    Langkah(_db, ubah);
                    if (raw.sqlite3_changes(_db) != 1) throw new InvalidOperationException("Baris anggota yang diganti tidak ditemukan.");
                }
            }
            finally
            {
                raw.sqlite3_finalize(ubah);
            }
        }

        // Binds the member's own columns, 1–8, in the order of KolomAnggota.
        private void IkatAnggota(sqlite3_stmt stmt, AnggotaKeluarga a)
        {
            if (!_nama.TryGetValue(a.Nama, out var n))
                _nama[a.Nama] = n = (Encoding.UTF8.GetBytes(a.Nama), Encoding.UTF8.GetBytes(PencariGanda.NormalisasiNama(a.Nama)));
            Span<byte> tanggal = stackalloc byte[10];
            IkatTeks(stmt, 1, a.Nik);
            raw.sqlite3_bind_text(stmt, 2, n.Nama);
            raw.sqlite3_bind_text(stmt, 3, n.Normal);
            // Same text as EF Core's DateOnly mapping on SQLite.
            a.TanggalLahir.TryFormat(tanggal, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            raw.sqlite3_bind_text(stmt, 4, tanggal);
            raw.sqlite3_bind_int(stmt, 5, (int)a.Hubungan);
            if (a.Pekerjaan is { } j) raw.sqlite3_bind_int(stmt, 6, (int)j);
            else raw.sqlite3_bind_null(stmt, 6);
            raw.sqlite3_bind_int(stmt, 7, (int)a.Program);
            raw.sqlite3_bind_int(stmt, 8, a.Aktif ? 1 : 0);
        }

        // Encodes into a stack buffer: binding a string would allocate its UTF-8 copy on every row.
        private static void IkatTeks(sqlite3_stmt stmt, int indeks, string teks)
        {
            Span<byte> buffer = stackalloc byte[1024];
            if (Encoding.UTF8.GetMaxByteCount(teks.Length) > buffer.Length)
            {
                raw.sqlite3_bind_text(stmt, indeks, teks);
                return;
            }
            var panjang = Encoding.UTF8.GetBytes(teks, buffer);
            raw.sqlite3_bind_text(stmt, indeks, buffer[..panjang]);
        }

        public void Dispose()
        {
            _progres.Tambah(_kid + _aid % 5000);
            raw.sqlite3_finalize(_keluarga);
            raw.sqlite3_finalize(_anggota);
        }
    }

    private static byte[] Utf8(Dictionary<string, byte[]> cache, string teks)
    {
        if (!cache.TryGetValue(teks, out var b)) cache[teks] = b = Encoding.UTF8.GetBytes(teks);
        return b;
    }

    private static sqlite3_stmt Siapkan(sqlite3 db, string sql)
    {
        if (raw.sqlite3_prepare_v2(db, sql, out var stmt) != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), raw.sqlite3_errcode(db));
        return stmt;
    }

    private static void Langkah(sqlite3 db, sqlite3_stmt stmt)
    {
        if (raw.sqlite3_step(stmt) != raw.SQLITE_DONE) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), raw.sqlite3_errcode(db));
        raw.sqlite3_reset(stmt);
    }

    private static async Task<string> Skalar(DbConnection conn, string sql, CancellationToken ct)
    {
        await using var c = conn.CreateCommand();
        c.CommandText = sql;
        return Convert.ToString(await c.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture)!;
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
