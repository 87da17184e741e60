using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Data;
using DtksTraining.Web.Sandbox.Kabupaten;
using DtksTraining.Web.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Sandbox;

[Trait("Category", "Data")]
public class RegisterKabupatenTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Stores_exactly_the_generated_families_and_people_and_a_rerun_replaces_them()
    {
        _ = app.Server;
        var desa = GeneratorDtksTests.SemuaDesa().Take(6).ToList();
        var data = GeneratorDtks.BuatKabupaten(desa, 7, GeneratorDtksTests.HariIni, 1200, 3400);
        var progres = new ProgresKabupaten();

        for (var kali = 0; kali < 2; kali++)
        {
            await app.WithDbAsync(db => RegisterKabupaten.SimpanAsync(db, data, progres));
            var (keluarga, jiwa, nikUnik, perDesa) = await app.WithDbAsync(async db => (
                await db.KabupatenKeluarga.CountAsync(),
                await db.KabupatenAnggota.CountAsync(),
                await db.KabupatenAnggota.Select(a => a.Nik).Distinct().CountAsync(),
                await db.KabupatenKeluarga.GroupBy(k => k.DesaKode).Select(g => g.Key).CountAsync()));
            Assert.Equal(data.Keluarga.Length, keluarga);
            Assert.Equal(data.Anggota.Length, jiwa);
            Assert.Equal(data.Anggota.Select(a => a.Nik).Distinct().Count(), nikUnik);
            Assert.Equal(desa.Count, perDesa);
        }
        Assert.Equal(progres.Total, data.Keluarga.Length + data.Anggota.Length);

        var orang = data.Anggota[123];
        var ditemukan = await app.WithDbAsync(db => db.KabupatenAnggota.Where(a => a.Nik == orang.Nik).Select(a => a.Nama).ToListAsync());
        Assert.Contains(orang.Nama, ditemukan);
    }

    // The SQLite load binds raw sqlite3 values: every column must read back through EF exactly as generated,
    // the secondary indexes must exist again, and the connection's own PRAGMAs must be back when it returns to the pool.
    [Fact]
    public async Task Stored_rows_read_back_field_for_field_with_their_indexes()
    {
        _ = app.Server;
        var desa = GeneratorDtksTests.SemuaDesa().Take(3).ToList();
        var data = GeneratorDtks.BuatKabupaten(desa, 11, GeneratorDtksTests.HariIni, 300, 900);
        var pragma = await app.WithDbAsync(async db =>
        {
            if (!db.Database.IsSqlite())
            {
                await RegisterKabupaten.SimpanAsync(db, data);
                return ("", "");
            }
            await db.Database.OpenConnectionAsync();
            var sebelum = await Pragma(db);
            await RegisterKabupaten.SimpanAsync(db, data);
            return (sebelum, await Pragma(db));
        });
        Assert.Equal(pragma.Item1, pragma.Item2);

        var (anggota, keluarga, indeks) = await app.WithDbAsync(async db => (
            await db.KabupatenAnggota.AsNoTracking().OrderBy(a => a.Id).ToListAsync(),
            await db.KabupatenKeluarga.AsNoTracking().OrderBy(k => k.Id).ToListAsync(),
            db.Model.FindEntityType(typeof(KabupatenAnggota))!.GetIndexes().Count()));
        Assert.Equal(data.Anggota.Length, anggota.Count);
        for (var i = 0; i < data.Anggota.Length; i++)
        {
            var (a, b) = (data.Anggota[i], anggota[i]);
            Assert.Equal((a.Nik, a.Nama, PencariGanda.NormalisasiNama(a.Nama), a.TanggalLahir, (int)a.Hubungan, (int?)a.Pekerjaan, (int)a.Program, a.Aktif),
                (b.Nik, b.Nama, b.NamaNormal, b.TanggalLahir, b.Hubungan, b.Pekerjaan, b.Program, b.Aktif));
        }
        var k = data.Keluarga[^1];
        Assert.Equal((k.NoKk, k.RumahTangga.IdRumahTangga, k.DesaKode, desa.Single(d => d.Kode == k.DesaKode).KodeKecamatan, k.Alamat, (int)k.Program),
            (keluarga[^1].NoKk, keluarga[^1].IdRumahTangga, keluarga[^1].DesaKode, keluarga[^1].KecamatanKode, keluarga[^1].Alamat, keluarga[^1].Program));
        Assert.Equal(2, indeks);
        var dibuat = await app.WithDbAsync(async db => db.Database.IsSqlite()
            ? (await db.Database.SqlQueryRaw<string>(
                "SELECT name AS \"Value\" FROM sqlite_master WHERE type='index' AND tbl_name='KabupatenAnggota' AND sql IS NOT NULL").ToListAsync()).Count
            : indeks);
        Assert.Equal(indeks, dibuat);
    }

    // SQLite stores each desa while the next is generated and rewrites the planted duplicates at the end; the rows must be
    // exactly those of storing the finished regency, and the progress must reach its total.
    [Fact]
    public async Task Storing_while_generating_gives_the_same_rows_as_storing_the_finished_regency()
    {
        _ = app.Server;
        var desa = GeneratorDtksTests.SemuaDesa().Take(5).ToList();
        var progres = new ProgresKabupaten();
        var dialirkan = await app.WithDbAsync(db => RegisterKabupaten.BuatDanSimpanAsync(db, desa, 19, GeneratorDtksTests.HariIni, progres, 900, 2600));
        Assert.Equal(progres.Total, progres.Selesai);
        Assert.Equal(900 + 2600, progres.Total);
        var barisDialirkan = await app.WithDbAsync(BarisAsync);

        var data = GeneratorDtks.BuatKabupaten(desa, 19, GeneratorDtksTests.HariIni, 900, 2600);
        Assert.NotEmpty(data.Penggantian);
        Assert.Equal(data.Anggota.Select(a => a.Nik), dialirkan.Anggota.Select(a => a.Nik));
        await app.WithDbAsync(db => RegisterKabupaten.SimpanAsync(db, data));
        var barisUtuh = await app.WithDbAsync(BarisAsync);

        Assert.Equal(barisUtuh.Keluarga, barisDialirkan.Keluarga);
        Assert.Equal(barisUtuh.Anggota, barisDialirkan.Anggota);
        foreach (var nik in data.NikGandaLintasDesa)
            Assert.Equal(2, barisDialirkan.Anggota.Where(a => a.Contains($"|{nik}|", StringComparison.Ordinal)).Select(a => a.Split('|')[^2]).Distinct().Count());
    }

    private static async Task<(List<string> Keluarga, List<string> Anggota)> BarisAsync(AppDbContext db) => (
        (await db.KabupatenKeluarga.AsNoTracking().OrderBy(k => k.Id).ToListAsync())
            .Select(k => string.Join('|', k.Id, k.NoKk, k.IdRumahTangga, k.DesaKode, k.KecamatanKode, k.Alamat, k.Program, k.Aset)).ToList(),
        (await db.KabupatenAnggota.AsNoTracking().OrderBy(a => a.Id).ToListAsync())
            .Select(a => string.Join('|', a.Id, a.KeluargaId, a.NoKk, a.Nik, a.Nama, a.NamaNormal, a.TanggalLahir.ToString("yyyy-MM-dd"), a.Hubungan,
                a.Pekerjaan, a.Program, a.Aktif, a.DesaKode, a.KecamatanKode)).ToList());

    private static async Task<string> Pragma(AppDbContext db) =>
        string.Join(",", await db.Database.SqlQueryRaw<string>(
            "SELECT CAST(synchronous AS TEXT) || '/' || journal_mode || '/' || CAST(temp_store AS TEXT) AS \"Value\" FROM pragma_synchronous, pragma_journal_mode, pragma_temp_store").ToListAsync());
}
