using System.IO.Compression;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Jadwal;

// All letters of a round in one ZIP, one PDF per desa; the export row counts letters done so the page can show progress.
public sealed class SuratUndanganJob(AppDbContext db, PenyusunSuratUndangan penyusun, DataFolder data, TimeProvider clock)
{
    public static string Berkas(DataFolder data, int eksporId) =>
        Path.Combine(data.Folder("surat-undangan"), $"ekspor-{eksporId}.zip");

    [AutomaticRetry(Attempts = 2)]
    public async Task BuatZipAsync(int eksporId, CancellationToken ct)
    {
        var ekspor = await db.EksporSuratUndangan.SingleOrDefaultAsync(e => e.Id == eksporId, ct);
        if (ekspor is null || ekspor.Status == StatusEkspor.Selesai) return;
        var desa = await penyusun.DaftarDesaAsync(ekspor.PutaranId, ct);
        ekspor.Status = StatusEkspor.Berjalan;
        ekspor.Jumlah = desa.Count;
        ekspor.Selesai = 0;
        await db.SaveChangesAsync(ct);

        var tujuan = Berkas(data, eksporId);
        var sementara = tujuan + ".tmp";
        try
        {
            await using (var berkas = File.Create(sementara))
            using (var zip = new ZipArchive(berkas, ZipArchiveMode.Create))
            {
                foreach (var d in desa)
                {
                    if (await penyusun.BuatAsync(ekspor.PutaranId, d.Kode, ct) is { } surat)
                    {
                        var entri = zip.CreateEntry(surat.NamaBerkas, CompressionLevel.Fastest);
                        await using var tulis = await entri.OpenAsync(ct);
                        await tulis.WriteAsync(surat.Pdf, ct);
                    }
                    await db.EksporSuratUndangan.Where(e => e.Id == eksporId)
                        .ExecuteUpdateAsync(s => s.SetProperty(e => e.Selesai, e => e.Selesai + 1), ct);
                }
            }
            File.Move(sementara, tujuan, overwrite: true);
            await db.EksporSuratUndangan.Where(e => e.Id == eksporId).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, StatusEkspor.Selesai)
                .SetProperty(e => e.SelesaiPada, clock.GetUtcNow()), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            File.Delete(sementara);
            await db.EksporSuratUndangan.Where(e => e.Id == eksporId).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, StatusEkspor.Gagal)
                .SetProperty(e => e.Galat, "Surat gagal dibuat: " + ex.Message[..Math.Min(ex.Message.Length, 400)]), CancellationToken.None);
            throw;
        }
    }
}
