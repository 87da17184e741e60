using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using DtksTraining.Web.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sandbox.Kabupaten;

// (Re)generates the regency register for one KabupatenGenerasi row; a retry after completion does nothing.
public sealed class RegisterKabupatenJob(AppDbContext db, ProgresKabupaten progres, TimeProvider clock)
{

    public async Task<bool> JalankanAsync(int generasiId, CancellationToken cancellationToken)
    {
        var generasi = await db.KabupatenGenerasi.SingleAsync(g => g.Id == generasiId, cancellationToken);
        if (generasi.Status == StatusGenerasiKabupaten.Selesai) return false;
        generasi.Status = StatusGenerasiKabupaten.Berjalan;
        generasi.BarisSelesai = 0;
        generasi.BarisTotal = AngkaPesawaran.Keluarga + AngkaPesawaran.Jiwa;
        await db.SaveChangesAsync(cancellationToken);
        // Rows stored so far live in memory (the load holds the SQLite write lock); the page reads them by generation id.
        progres.Mulai(generasiId, generasi.BarisTotal);

        var desa = await db.Set<Desa>().AsNoTracking().OrderBy(d => d.Kode)
            .Select(d => new DesaSumber(d.Kode, d.Nama, d.KecamatanKode, d.Kecamatan!.Nama))
            .ToListAsync(cancellationToken);
        int keluarga, jiwa;
        try
        {
            var data = await RegisterKabupaten.BuatDanSimpanAsync(db, desa, generasi.Seed,
                Wib.Hari(clock.GetUtcNow()), progres, ct: cancellationToken);
            (keluarga, jiwa) = (data.Keluarga.Length, data.Anggota.Length);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await db.KabupatenGenerasi.Where(g => g.Id == generasiId).ExecuteUpdateAsync(s => s
                .SetProperty(g => g.Status, StatusGenerasiKabupaten.Gagal)
                .SetProperty(g => g.Pesan, ex.Message.Length > 400 ? ex.Message[..400] : ex.Message), CancellationToken.None);
            throw;
        }

        generasi.Status = StatusGenerasiKabupaten.Selesai;
        generasi.BarisSelesai = generasi.BarisTotal = keluarga + jiwa;
        generasi.SelesaiPada = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
