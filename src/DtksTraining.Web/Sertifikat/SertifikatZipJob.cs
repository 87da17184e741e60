using System.IO.Compression;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Shared;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sertifikat;

// All valid certificate PDFs of a round (or of one kecamatan in it) in one ZIP; the export row shows progress.
public sealed class SertifikatZipJob(AppDbContext db, DataFolder data, TimeProvider clock)
{
    private const int Kelompok = 50;

    public static string Berkas(DataFolder data, int eksporId) =>
        Path.Combine(data.Folder("sertifikat-zip"), $"ekspor-{eksporId}.zip");

    public static IQueryable<SertifikatTerbit> Isi(AppDbContext db, int putaranId, string? kecamatanKode) =>
        db.Sertifikat.Where(s => s.PutaranId == putaranId && s.Terkini && s.Status == StatusSertifikat.Berlaku
                                 && (kecamatanKode == null || s.KecamatanKode == kecamatanKode));

    [AutomaticRetry(Attempts = 2)]
    public async Task BuatZipAsync(int eksporId, CancellationToken ct)
    {
        var ekspor = await db.EksporSertifikat.SingleOrDefaultAsync(e => e.Id == eksporId, ct);
        if (ekspor is null || ekspor.Status == StatusEkspor.Selesai) return;
        ekspor.Status = StatusEkspor.Berjalan;
        ekspor.Jumlah = await Isi(db, ekspor.PutaranId, ekspor.KecamatanKode).CountAsync(ct);
        ekspor.Selesai = 0;
        await db.SaveChangesAsync(ct);

        var tujuan = Berkas(data, eksporId);
        var sementara = tujuan + ".tmp";
        try
        {
            await using (var berkas = File.Create(sementara))
                await TulisAsync(db, ekspor.PutaranId, ekspor.KecamatanKode, berkas, selesai =>
                    db.EksporSertifikat.Where(e => e.Id == eksporId)
                        .ExecuteUpdateAsync(s => s.SetProperty(e => e.Selesai, selesai), ct), ct);
            File.Move(sementara, tujuan, overwrite: true);
            await db.EksporSertifikat.Where(e => e.Id == eksporId).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, StatusEkspor.Selesai)
                .SetProperty(e => e.SelesaiPada, clock.GetUtcNow()), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            File.Delete(sementara);
            await db.EksporSertifikat.Where(e => e.Id == eksporId).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, StatusEkspor.Gagal)
                .SetProperty(e => e.Galat, "ZIP gagal dibuat: " + ex.Message[..Math.Min(ex.Message.Length, 400)]), CancellationToken.None);
            throw;
        }
    }

    // PDFs are stored, so this only copies bytes; they are read in groups so a large round is never all in memory.
    public static async Task<int> TulisAsync(AppDbContext db, int putaranId, string? kecamatanKode, Stream keluaran,
        Func<int, Task>? kemajuan, CancellationToken ct)
    {
        var urutan = await Isi(db, putaranId, kecamatanKode).AsNoTracking()
            .OrderBy(s => s.Kecamatan).ThenBy(s => s.Desa).ThenBy(s => s.Nama).ThenBy(s => s.Id)
            .Select(s => s.Id).ToListAsync(ct);
        using var zip = new ZipArchive(keluaran, ZipArchiveMode.Create, leaveOpen: true);
        var selesai = 0;
        foreach (var kelompok in urutan.Chunk(Kelompok))
        {
            var isi = await db.Sertifikat.AsNoTracking().Where(s => kelompok.Contains(s.Id))
                .Select(s => new { s.Id, s.Nomor, s.Nama, s.Kecamatan, s.Desa, s.Pdf }).ToListAsync(ct);
            foreach (var s in isi.OrderBy(s => Array.IndexOf(kelompok, s.Id)))
            {
                var nama = $"{Aman(s.Kecamatan)}/{Aman(s.Desa)}/{NomorSertifikat.Parse(s.Nomor).UntukUrl} {Aman(s.Nama)}.pdf";
                // PDF streams are already deflated; storing them as they are keeps the ZIP fast.
                var entri = zip.CreateEntry(nama, CompressionLevel.NoCompression);
                await using var tulis = await entri.OpenAsync(ct);
                await tulis.WriteAsync(s.Pdf, ct);
            }
            selesai += isi.Count;
            if (kemajuan is not null) await kemajuan(selesai);
        }
        return selesai;
    }

    private static string Aman(string teks) =>
        string.Concat(teks.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '\\' or ':' ? '_' : c)).Trim();
}
