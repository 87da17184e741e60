using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace DtksTraining.Web.Sandbox;

// Stores each trainee's sandbox. The reset writes ~2,500 rows with raw ADO.NET (prepared multi-row INSERT on
// SQLite, binary COPY on PostgreSQL) because EF change tracking is far too slow for the ≤150 ms goal.
public sealed class SandboxPenyimpan(AppDbContext db, TimeProvider clock, SkenarioTerkini terkini, ILogger<SandboxPenyimpan> log)
{
    public const int JumlahKeluarga = 650;
    private const int BarisPerInsert = 10;

    public TimeSpan? LamaAturUlangTerakhir { get; private set; }

    // Set when this request found the user's sandbox filled by an earlier generator and rebuilt it.
    public bool DibuatUlangUntukSkenarioBaru { get; private set; }

    // The sandbox of this user, created (and filled) on first open, rebuilt once if an earlier generator filled it.
    public async Task<SandboxLatihan> PastikanAsync(string userId, CancellationToken ct = default)
    {
        var ada = await db.SandboxLatihan.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, ct);
        if (ada is not null)
        {
            if (await SesuaiGeneratorAsync(ada, ct)) return ada;
            log.LogWarning("Sandbox {Id} diisi generator versi lama; dibuat ulang dari skenario sekarang", ada.Id);
            await AturUlangAsync(ada.Id, ct);
            DibuatUlangUntukSkenarioBaru = true;
            return await db.SandboxLatihan.AsNoTracking().SingleAsync(s => s.Id == ada.Id, ct);
        }

        var desaKode = await db.Users.Where(u => u.Id == userId).Select(u => u.DesaKode).SingleOrDefaultAsync(ct)
                       ?? await db.Desa.OrderBy(d => d.Kode).Select(d => d.Kode).FirstAsync(ct);
        var sekarang = clock.GetUtcNow();
        var baru = new SandboxLatihan
        {
            UserId = userId, DesaKode = desaKode, Seed = SeedUntuk(userId),
            TanggalSkenario = Wib.Hari(sekarang), DibuatPada = sekarang,
        };
        db.SandboxLatihan.Add(baru);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two first requests at once: the other one created it.
            db.ChangeTracker.Clear();
            return await db.SandboxLatihan.AsNoTracking().SingleAsync(s => s.UserId == userId, ct);
        }
        db.Entry(baru).State = EntityState.Detached;
        await AturUlangAsync(baru.Id, ct);
        return await db.SandboxLatihan.AsNoTracking().SingleAsync(s => s.Id == baru.Id, ct);
    }

    // FNV-1a: stable across processes and runtimes, unlike string.GetHashCode.
    public static int SeedUntuk(string userId)
    {
        var hash = 2166136261u;
        foreach (var c in userId) hash = (hash ^ c) * 16777619u;
        return (int)(hash & 0x7FFFFFFF);
    }

    public async Task<DesaSumber> DesaAsync(string desaKode, CancellationToken ct = default) =>
        await db.Desa.AsNoTracking().Where(d => d.Kode == desaKode)
            .Select(d => new DesaSumber(d.Kode, d.Nama, d.KecamatanKode, d.Kecamatan!.Nama)).SingleAsync(ct);

    // A sandbox filled before the generator changed (the DTSEN fields and rules, say) no longer matches the scenario its
    // exercises are checked against. Its stored answer key tells: any change to the generator moves the planted targets.
    private async Task<bool> SesuaiGeneratorAsync(SandboxLatihan sandbox, CancellationToken ct)
    {
        if (terkini.SudahDiperiksa(sandbox.Id)) return true;
        var tersimpan = await db.SandboxAnomali.AsNoTracking().Where(a => a.SandboxId == sandbox.Id)
            .Select(a => new { a.Jenis, a.NoKk, a.Nik }).ToListAsync(ct);
        var kunci = (await SkenarioAsync(sandbox, ct)).KunciJawaban;
        var sesuai = tersimpan.Select(a => Sasaran(a.Jenis, a.NoKk, a.Nik)).Order(StringComparer.Ordinal)
            .SequenceEqual(kunci.Select(a => Sasaran(a.Jenis, a.NoKk, a.Nik)).Order(StringComparer.Ordinal));
        if (sesuai) terkini.Tandai(sandbox.Id);
        return sesuai;

        static string Sasaran(JenisAnomali jenis, string noKk, string? nik) => $"{(int)jenis} {noKk} {nik}";
    }

    // The scenario as generated: the start state, the fake Dukcapil and the answer key.
    public async Task<SandboxDesa> SkenarioAsync(SandboxLatihan sandbox, CancellationToken ct = default) =>
        SkenarioLatihan.Buat(await DesaAsync(sandbox.DesaKode, ct), sandbox.Seed, sandbox.TanggalSkenario, JumlahKeluarga);

    // Back to the scenario's start: the register rows, the answer key and every proposal are replaced.
    public async Task AturUlangAsync(int sandboxId, CancellationToken ct = default)
    {
        var waktu = Stopwatch.StartNew();
        var sandbox = await db.SandboxLatihan.AsNoTracking().SingleAsync(s => s.Id == sandboxId, ct);
        var skenario = await SkenarioAsync(sandbox, ct);
        var data = skenario.Data;
        var lamaSkenario = waktu.ElapsedMilliseconds;

        await using var transaksi = await db.Database.BeginTransactionAsync(ct);
        // Writing the sandbox row first locks it, so a double-clicked reset waits instead of inserting twice.
        await db.SandboxLatihan.Where(s => s.Id == sandboxId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DiaturUlangPada, clock.GetUtcNow()), ct);
        var koneksi = db.Database.GetDbConnection();
        var tx = transaksi.GetDbTransaction();
        foreach (var tabel in new[] { "SandboxUsulan", "SandboxAnggota", "SandboxKeluarga", "SandboxRumahTangga", "SandboxAnomali" })
        {
            await using var hapus = koneksi.CreateCommand();
            hapus.Transaction = tx;
            hapus.CommandText = tabel == "SandboxUsulan"
                ? """DELETE FROM "SandboxUsulanRiwayat" WHERE "UsulanId" IN (SELECT "Id" FROM "SandboxUsulan" WHERE "SandboxId" = @id); DELETE FROM "SandboxUsulan" WHERE "SandboxId" = @id"""
                : $"""DELETE FROM "{tabel}" WHERE "SandboxId" = @id""";
            var p = hapus.CreateParameter();
            p.ParameterName = "id";
            p.Value = sandboxId;
            hapus.Parameters.Add(p);
            await hapus.ExecuteNonQueryAsync(ct);
        }

        var rumahTangga = data.RumahTangga;
        var keluarga = data.Keluarga.ToList();
        var anggota = keluarga.SelectMany(k => k.Anggota.Select(a => new BarisAnggota(k, a))).ToList();
        await SisipkanAsync(koneksi, tx, "SandboxRumahTangga", KolomRumahTangga(sandboxId), rumahTangga, ct);
        await SisipkanAsync(koneksi, tx, "SandboxKeluarga", KolomKeluarga(sandboxId), keluarga, ct);
        await SisipkanAsync(koneksi, tx, "SandboxAnggota", KolomAnggota(sandboxId), anggota, ct);
        await SisipkanAsync(koneksi, tx, "SandboxAnomali", KolomAnomali(sandboxId), skenario.KunciJawaban, ct);

        await transaksi.CommitAsync(ct);
        terkini.Tandai(sandboxId);
        LamaAturUlangTerakhir = waktu.Elapsed;
        log.LogInformation("Sandbox {Id} diatur ulang: {Keluarga} keluarga, {Jiwa} jiwa dalam {Ms} ms (skenario {MsSkenario} ms)",
            sandboxId, keluarga.Count, anggota.Count, waktu.ElapsedMilliseconds, lamaSkenario);
    }

    public async Task<DataDesa> MuatAsync(int sandboxId, CancellationToken ct = default)
    {
        var sandbox = await db.SandboxLatihan.AsNoTracking().SingleAsync(s => s.Id == sandboxId, ct);
        var data = new DataDesa { Desa = await DesaAsync(sandbox.DesaKode, ct) };
        var rumahTangga = (await db.SandboxRumahTangga.AsNoTracking().Where(r => r.SandboxId == sandboxId)
            .OrderBy(r => r.Nomor).ToListAsync(ct)).ToDictionary(r => r.Nomor, KeDomain);
        var keluarga = new Dictionary<int, Keluarga>();
        foreach (var k in await db.SandboxKeluarga.AsNoTracking().Where(k => k.SandboxId == sandboxId).OrderBy(k => k.Nomor).ToListAsync(ct))
        {
            var rt = rumahTangga[k.RumahTanggaNomor];
            var kel = KeDomain(k, rt);
            rt.Keluarga.Add(kel);
            keluarga[k.Nomor] = kel;
        }
        foreach (var a in await db.SandboxAnggota.AsNoTracking().Where(a => a.SandboxId == sandboxId).OrderBy(a => a.Id).ToListAsync(ct))
            if (keluarga.TryGetValue(a.KeluargaNomor, out var kel)) kel.Anggota.Add(KeDomain(a));
        data.RumahTangga.AddRange(rumahTangga.Values);
        return data;
    }

    public async Task<IReadOnlyList<UsulanTercatat>> UsulanAsync(int sandboxId, CancellationToken ct = default) =>
        (await db.SandboxUsulan.AsNoTracking().Where(u => u.SandboxId == sandboxId).OrderBy(u => u.Id).ToListAsync(ct))
        .Select(u => u.Tercatat()).ToList();

    public static RumahTangga KeDomain(SandboxRumahTangga r) => new()
    {
        Nomor = r.Nomor, IdRumahTangga = r.IdRumahTangga, KepemilikanBangunan = r.KepemilikanBangunan, LuasLantai = r.LuasLantai,
        SumberPenerangan = r.SumberPenerangan, DayaListrik = r.DayaListrik, BahanBakar = r.BahanBakar,
        FasilitasBab = r.FasilitasBab, Aset = r.Aset, Lantai = r.Lantai, Dinding = r.Dinding, Atap = r.Atap, AirMinum = r.AirMinum,
        LuasLahan = r.LuasLahan, TernakSapi = r.TernakSapi, TernakKambing = r.TernakKambing, TernakUnggas = r.TernakUnggas,
        Lintang = r.Lintang, Bujur = r.Bujur,
    };

    public static Keluarga KeDomain(SandboxKeluarga k, RumahTangga rumahTangga) => new()
    {
        Nomor = k.Nomor, NoKk = k.NoKk, RumahTangga = rumahTangga, DesaKode = k.DesaKode, Alamat = k.Alamat,
        Program = k.Program, CatatanVerval = k.CatatanVerval, IdDtsen = k.IdDtsen, Desil = k.Desil,
    };

    public static AnggotaKeluarga KeDomain(SandboxAnggota a) => new()
    {
        Nomor = a.Nomor, Nik = a.Nik, Nama = a.Nama, JenisKelamin = a.JenisKelamin, TanggalLahir = a.TanggalLahir,
        Hubungan = a.Hubungan, StatusPerkawinan = a.StatusPerkawinan, StatusHamil = a.StatusHamil, Disabilitas = a.Disabilitas,
        PenyakitKronis = a.PenyakitKronis, PartisipasiSekolah = a.PartisipasiSekolah, Ijazah = a.Ijazah, Pekerjaan = a.Pekerjaan,
        Keberadaan = a.Keberadaan, Program = a.Program, NamaIbuKandung = a.NamaIbuKandung, Aktif = a.Aktif,
        AlasanNonaktif = a.AlasanNonaktif, KesulitanFungsi = a.KesulitanFungsi, TingkatKesulitan = a.TingkatKesulitan,
        TempatLahir = a.TempatLahir, Pendidikan = a.Pendidikan, LapanganUsaha = a.LapanganUsaha, JenisPekerjaan = a.JenisPekerjaan,
    };

    private sealed record BarisAnggota(Keluarga Keluarga, AnggotaKeluarga A);

    private sealed record Kolom<T>(string Nama, NpgsqlDbType Tipe, Func<T, object?> Nilai);

    private static Kolom<T> K<T>(string nama, NpgsqlDbType tipe, Func<T, object?> nilai) => new(nama, tipe, nilai);

    private static Kolom<RumahTangga>[] KolomRumahTangga(int sandboxId) =>
    [
        K<RumahTangga>("SandboxId", NpgsqlDbType.Integer, _ => sandboxId),
        K<RumahTangga>("Nomor", NpgsqlDbType.Integer, r => r.Nomor),
        K<RumahTangga>("IdRumahTangga", NpgsqlDbType.Text, r => r.IdRumahTangga),
        K<RumahTangga>("KepemilikanBangunan", NpgsqlDbType.Smallint, r => (short)r.KepemilikanBangunan),
        K<RumahTangga>("LuasLantai", NpgsqlDbType.Integer, r => r.LuasLantai),
        K<RumahTangga>("SumberPenerangan", NpgsqlDbType.Smallint, r => (short)r.SumberPenerangan),
        K<RumahTangga>("DayaListrik", NpgsqlDbType.Integer, r => r.DayaListrik),
        K<RumahTangga>("BahanBakar", NpgsqlDbType.Smallint, r => (short)r.BahanBakar),
        K<RumahTangga>("FasilitasBab", NpgsqlDbType.Smallint, r => (short)r.FasilitasBab),
        K<RumahTangga>("Aset", NpgsqlDbType.Integer, r => (int)r.Aset),
        K<RumahTangga>("Lantai", NpgsqlDbType.Smallint, r => (short)r.Lantai),
        K<RumahTangga>("Dinding", NpgsqlDbType.Smallint, r => (short)r.Dinding),
        K<RumahTangga>("Atap", NpgsqlDbType.Smallint, r => (short)r.Atap),
        K<RumahTangga>("AirMinum", NpgsqlDbType.Smallint, r => (short)r.AirMinum),
        K<RumahTangga>("LuasLahan", NpgsqlDbType.Integer, r => r.LuasLahan),
        K<RumahTangga>("TernakSapi", NpgsqlDbType.Integer, r => r.TernakSapi),
        K<RumahTangga>("TernakKambing", NpgsqlDbType.Integer, r => r.TernakKambing),
        K<RumahTangga>("TernakUnggas", NpgsqlDbType.Integer, r => r.TernakUnggas),
        K<RumahTangga>("Lintang", NpgsqlDbType.Double, r => r.Lintang),
        K<RumahTangga>("Bujur", NpgsqlDbType.Double, r => r.Bujur),
    ];

    private static Kolom<Keluarga>[] KolomKeluarga(int sandboxId) =>
    [
        K<Keluarga>("SandboxId", NpgsqlDbType.Integer, _ => sandboxId),
        K<Keluarga>("Nomor", NpgsqlDbType.Integer, k => k.Nomor),
        K<Keluarga>("RumahTanggaNomor", NpgsqlDbType.Integer, k => k.RumahTangga.Nomor),
        K<Keluarga>("NoKk", NpgsqlDbType.Text, k => k.NoKk),
        K<Keluarga>("DesaKode", NpgsqlDbType.Text, k => k.DesaKode),
        K<Keluarga>("Alamat", NpgsqlDbType.Text, k => k.Alamat),
        K<Keluarga>("Program", NpgsqlDbType.Smallint, k => (short)k.Program),
        K<Keluarga>("CatatanVerval", NpgsqlDbType.Text, k => k.CatatanVerval),
        K<Keluarga>("IdDtsen", NpgsqlDbType.Text, k => k.IdDtsen),
        K<Keluarga>("Desil", NpgsqlDbType.Smallint, k => (short?)k.Desil),
    ];

    private static Kolom<BarisAnggota>[] KolomAnggota(int sandboxId) =>
    [
        K<BarisAnggota>("SandboxId", NpgsqlDbType.Integer, _ => sandboxId),
        K<BarisAnggota>("KeluargaNomor", NpgsqlDbType.Integer, x => x.Keluarga.Nomor),
        K<BarisAnggota>("NoKk", NpgsqlDbType.Text, x => x.Keluarga.NoKk),
        K<BarisAnggota>("Nomor", NpgsqlDbType.Integer, x => x.A.Nomor),
        K<BarisAnggota>("Nik", NpgsqlDbType.Text, x => x.A.Nik),
        K<BarisAnggota>("Nama", NpgsqlDbType.Text, x => x.A.Nama),
        K<BarisAnggota>("JenisKelamin", NpgsqlDbType.Smallint, x => (short)x.A.JenisKelamin),
        K<BarisAnggota>("TanggalLahir", NpgsqlDbType.Date, x => x.A.TanggalLahir),
        K<BarisAnggota>("Hubungan", NpgsqlDbType.Smallint, x => (short)x.A.Hubungan),
        K<BarisAnggota>("StatusPerkawinan", NpgsqlDbType.Smallint, x => (short)x.A.StatusPerkawinan),
        K<BarisAnggota>("StatusHamil", NpgsqlDbType.Smallint, x => (short?)x.A.StatusHamil),
        K<BarisAnggota>("Disabilitas", NpgsqlDbType.Smallint, x => (short)x.A.Disabilitas),
        K<BarisAnggota>("PenyakitKronis", NpgsqlDbType.Smallint, x => (short)x.A.PenyakitKronis),
        K<BarisAnggota>("PartisipasiSekolah", NpgsqlDbType.Smallint, x => (short)x.A.PartisipasiSekolah),
        K<BarisAnggota>("Ijazah", NpgsqlDbType.Smallint, x => (short?)x.A.Ijazah),
        K<BarisAnggota>("Pekerjaan", NpgsqlDbType.Smallint, x => (short?)x.A.Pekerjaan),
        K<BarisAnggota>("Keberadaan", NpgsqlDbType.Smallint, x => (short)x.A.Keberadaan),
        K<BarisAnggota>("Program", NpgsqlDbType.Smallint, x => (short)x.A.Program),
        K<BarisAnggota>("NamaIbuKandung", NpgsqlDbType.Text, x => x.A.NamaIbuKandung),
        K<BarisAnggota>("Aktif", NpgsqlDbType.Boolean, x => x.A.Aktif),
        K<BarisAnggota>("AlasanNonaktif", NpgsqlDbType.Smallint, x => (short?)x.A.AlasanNonaktif),
        K<BarisAnggota>("KesulitanFungsi", NpgsqlDbType.Smallint, x => (short)x.A.KesulitanFungsi),
        K<BarisAnggota>("TingkatKesulitan", NpgsqlDbType.Smallint, x => (short)x.A.TingkatKesulitan),
        K<BarisAnggota>("TempatLahir", NpgsqlDbType.Text, x => x.A.TempatLahir),
        K<BarisAnggota>("Pendidikan", NpgsqlDbType.Smallint, x => (short?)x.A.Pendidikan),
        K<BarisAnggota>("LapanganUsaha", NpgsqlDbType.Smallint, x => (short?)x.A.LapanganUsaha),
        K<BarisAnggota>("JenisPekerjaan", NpgsqlDbType.Text, x => x.A.JenisPekerjaan),
    ];

    private static Kolom<Anomali>[] KolomAnomali(int sandboxId) =>
    [
        K<Anomali>("SandboxId", NpgsqlDbType.Integer, _ => sandboxId),
        K<Anomali>("Jenis", NpgsqlDbType.Integer, a => (int)a.Jenis),
        K<Anomali>("NoKk", NpgsqlDbType.Text, a => a.NoKk),
        K<Anomali>("Nik", NpgsqlDbType.Text, a => a.Nik),
        K<Anomali>("Keterangan", NpgsqlDbType.Text, a => a.Keterangan),
        K<Anomali>("Perbaikan", NpgsqlDbType.Text, a => a.Perbaikan),
    ];

    private static async Task SisipkanAsync<T>(DbConnection koneksi, DbTransaction tx, string tabel, Kolom<T>[] kolom,
        IReadOnlyList<T> baris, CancellationToken ct)
    {
        if (baris.Count == 0) return;
        var daftarKolom = string.Join(", ", kolom.Select(k => $"\"{k.Nama}\""));
        if (koneksi is NpgsqlConnection pg)
        {
            await using var salin = await pg.BeginBinaryImportAsync($"COPY \"{tabel}\" ({daftarKolom}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var b in baris)
            {
                await salin.StartRowAsync(ct);
                foreach (var k in kolom)
                {
                    if (k.Nilai(b) is { } nilai) await salin.WriteAsync(nilai, k.Tipe, ct);
                    else await salin.WriteNullAsync(ct);
                }
            }
            await salin.CompleteAsync(ct);
            return;
        }

        // SQLite: one prepared statement of 10 rows reused, then one for the rest (each named parameter is looked up
        // by name on every bind, so very wide statements cost more than they save).
        DbCommand? penuh = null;
        try
        {
            var i = 0;
            for (; i + BarisPerInsert <= baris.Count; i += BarisPerInsert)
            {
                penuh ??= await SiapkanAsync(koneksi, tx, tabel, daftarKolom, kolom.Length, BarisPerInsert, ct);
                Isi(penuh, kolom, baris, i, BarisPerInsert);
                await penuh.ExecuteNonQueryAsync(ct);
            }
            if (i < baris.Count)
            {
                await using var sisa = await SiapkanAsync(koneksi, tx, tabel, daftarKolom, kolom.Length, baris.Count - i, ct);
                Isi(sisa, kolom, baris, i, baris.Count - i);
                await sisa.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (penuh is not null) await penuh.DisposeAsync();
        }
    }

    private static async Task<DbCommand> SiapkanAsync(DbConnection koneksi, DbTransaction tx, string tabel, string daftarKolom,
        int jumlahKolom, int jumlahBaris, CancellationToken ct)
    {
        var perintah = koneksi.CreateCommand();
        perintah.Transaction = tx;
        var nilai = string.Join(", ", Enumerable.Range(0, jumlahBaris).Select(b =>
            "(" + string.Join(", ", Enumerable.Range(0, jumlahKolom).Select(k => $"@p{b}_{k}")) + ")"));
        perintah.CommandText = $"INSERT INTO \"{tabel}\" ({daftarKolom}) VALUES {nilai}";
        for (var b = 0; b < jumlahBaris; b++)
            for (var k = 0; k < jumlahKolom; k++)
            {
                var p = perintah.CreateParameter();
                p.ParameterName = $"@p{b}_{k}";
                perintah.Parameters.Add(p);
            }
        await perintah.PrepareAsync(ct);
        return perintah;
    }

    private static void Isi<T>(DbCommand perintah, Kolom<T>[] kolom, IReadOnlyList<T> baris, int awal, int jumlah)
    {
        var p = 0;
        for (var b = awal; b < awal + jumlah; b++)
            foreach (var k in kolom)
                perintah.Parameters[p++].Value = k.Nilai(baris[b]) ?? DBNull.Value;
    }
}

// Sandboxes this process has found filled by its own generator: the comparison regenerates a scenario, so it runs
// once per sandbox per process, not on every page.
public sealed class SkenarioTerkini
{
    private readonly ConcurrentDictionary<int, bool> _diperiksa = new();

    public bool SudahDiperiksa(int sandboxId) => _diperiksa.ContainsKey(sandboxId);
    public void Tandai(int sandboxId) => _diperiksa.TryAdd(sandboxId, true);
}
