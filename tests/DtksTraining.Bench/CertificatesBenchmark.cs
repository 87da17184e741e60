using System.Diagnostics;
using System.Globalization;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Bench;

// Issue #6: certificate PDFs per second after warm-up, and the ZIP job over a whole round (≈300 certificates).
public static class CertificatesBenchmark
{
    private const int Pemanasan = 200;
    private const int Diukur = 1500;
    private const int SatuPutaran = 300;

    public static async Task<string> RunAsync(string[] args)
    {
        var data = Enumerable.Range(1, Pemanasan + Diukur).Select(Contoh).ToList();
        var paralel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(data.Take(Pemanasan), paralel, d => SertifikatPdf.Buat(d));

        var cpuAwal = Process.GetCurrentProcess().TotalProcessorTime;
        var jam = Stopwatch.StartNew();
        Parallel.ForEach(data.Skip(Pemanasan), paralel, d => SertifikatPdf.Buat(d));
        jam.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAwal;
        var perDetik = Diukur / jam.Elapsed.TotalSeconds;
        Console.WriteLine($"PDF: {Diukur} dalam {jam.Elapsed.TotalSeconds:F2} s = {perDetik:F0}/s (jam dinding, {paralel.MaxDegreeOfParallelism} utas); " +
                          $"{cpu.TotalMilliseconds / Diukur:F2} ms CPU per PDF = {Environment.ProcessorCount * Diukur / cpu.TotalSeconds:F0}/s bila {Environment.ProcessorCount} inti bebas");

        var folder = Path.Combine(Path.GetTempPath(), "dtks-bench-cert-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "dtks.db")}").Options;
            await using var db = new SqliteAppDbContext(options);
            await db.Database.MigrateAsync();
            var (putaranId, eksporId, ukuran) = await IsiPutaranAsync(db);
            Console.WriteLine($"Putaran: {SatuPutaran} sertifikat, {ukuran / 1024.0 / 1024.0:F1} MB PDF tersimpan");

            var job = new SertifikatZipJob(db, new DataFolder(folder), TimeProvider.System);
            jam.Restart();
            await job.BuatZipAsync(eksporId, CancellationToken.None);
            var zipS = jam.Elapsed.TotalSeconds;
            var zip = new FileInfo(SertifikatZipJob.Berkas(new DataFolder(folder), eksporId));
            var ekspor = await db.EksporSertifikat.AsNoTracking().SingleAsync(e => e.Id == eksporId);
            Console.WriteLine($"ZIP: {ekspor.Selesai}/{ekspor.Jumlah} PDF, {zip.Length / 1024.0 / 1024.0:F1} MB, {zipS:F2} s (tugas lengkap dengan catatan kemajuan, putaran {putaranId})");

            return string.Create(CultureInfo.InvariantCulture, $"pdfs_per_s={perDetik:F0} zip_s={zipS:F2}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static DataSertifikatPdf Contoh(int i) => new(
        new NomorSertifikat(2026, i), $"Peserta Pelatihan Nomor {i}", i % 2 == 0 ? Peran.Operator : Peran.KepalaDesa,
        "Bagelen", "Gedong Tataan", "Pelatihan Pemutakhiran DTKS 2026", new DateOnly(2026, 10, 20), "Aula Kecamatan Gedong Tataan",
        80 + i % 20, new DateTimeOffset(2026, 10, 21, 3, 0, 0, TimeSpan.Zero),
        new Penandatangan("Drs. Budi Santoso, M.Si.", "19700101 199003 1 001"),
        $"https://pelatihan-dtks.pesawarankab.go.id/verifikasi/DTKS-PSW-2026-{i:D6}");

    private static async Task<(int PutaranId, int EksporId, long Ukuran)> IsiPutaranAsync(AppDbContext db)
    {
        var putaran = new PutaranPelatihan
        {
            Nama = "Pelatihan Pemutakhiran DTKS 2026", TanggalMulai = new DateOnly(2026, 10, 1), TanggalSelesai = new DateOnly(2026, 10, 31),
        };
        db.PutaranPelatihan.Add(putaran);
        var pengguna = Enumerable.Range(1, SatuPutaran).Select(i => new AppUser
        {
            UserName = $"bench.{i}", NormalizedUserName = $"BENCH.{i}", NamaLengkap = $"Peserta Pelatihan Nomor {i}",
            SecurityStamp = Guid.NewGuid().ToString(),
        }).ToList();
        db.Users.AddRange(pengguna);
        await db.SaveChangesAsync();

        long ukuran = 0;
        for (var i = 1; i <= SatuPutaran; i++)
        {
            var d = Contoh(i);
            var pdf = SertifikatPdf.Buat(d);
            ukuran += pdf.Length;
            db.Sertifikat.Add(new SertifikatTerbit
            {
                Nomor = d.Nomor.ToString(), Tahun = 2026, Urutan = i, UserId = pengguna[i - 1].Id, PutaranId = putaran.Id, Peran = d.Peran,
                Nama = d.NamaPeserta, Desa = d.NamaDesa, Kecamatan = i % 11 == 0 ? "Way Lima" : d.NamaKecamatan, NamaPutaran = d.NamaPutaran,
                TanggalSesi = d.TanggalSesi, Tempat = d.TempatSesi, Nilai = d.NilaiUjian, DiterbitkanPada = d.DiterbitkanPada,
                Pdf = pdf, Sha256 = DocumentHash.Sha256Hex(pdf),
            });
        }
        var ekspor = new EksporSertifikat { PutaranId = putaran.Id, DimintaOleh = pengguna[0].Id, DimintaPada = DateTimeOffset.UtcNow };
        db.EksporSertifikat.Add(ekspor);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return (putaran.Id, ekspor.Id, ukuran);
    }
}
