using System.Security.Claims;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Shared;
using Hangfire;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Sertifikat.Pages.Admin.Sertifikat;

// Certificates of one round, filtered by kecamatan, and the ZIP of their PDFs made by a job with progress.
public class IndexModel(AppDbContext db, IBackgroundJobClient jobs, DataFolder data, TimeProvider clock,
    IStringLocalizer<SharedResource> S) : PageModel
{
    public const int UkuranHalaman = 50;

    public sealed record Pilihan(string Nilai, string Nama);

    public sealed record Baris(long Id, string Nomor, string Nama, string Peran, string Desa, string Kecamatan,
        StatusSertifikat Status, int Versi, DateTimeOffset DiterbitkanPada);

    [BindProperty(SupportsGet = true)] public int? PutaranId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kecamatan { get; set; }
    [BindProperty(SupportsGet = true)] public int Halaman { get; set; } = 1;

    public List<Pilihan> DaftarPutaran { get; private set; } = [];
    public List<Pilihan> DaftarKecamatan { get; private set; } = [];
    public List<Baris> Daftar { get; private set; } = [];
    public int Jumlah { get; private set; }
    public int JumlahHalaman => Math.Max(1, (Jumlah + UkuranHalaman - 1) / UkuranHalaman);
    public EksporSertifikat? Ekspor { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        DaftarPutaran = await db.PutaranPelatihan.AsNoTracking().OrderByDescending(p => p.TanggalMulai)
            .Select(p => new Pilihan(p.Id.ToString(), p.Nama)).ToListAsync(ct);
        DaftarKecamatan = await db.Kecamatan.AsNoTracking().OrderBy(k => k.Nama)
            .Select(k => new Pilihan(k.Kode, k.Nama)).ToListAsync(ct);
        if (string.IsNullOrWhiteSpace(Kecamatan)) Kecamatan = null;
        PutaranId ??= await PutaranKini.PilihAsync(db, clock, ct);
        if (PutaranId is not { } putaranId) return;

        // Every current version, valid or revoked; replaced versions are reached from their successor's page.
        var q = db.Sertifikat.AsNoTracking().Where(s => s.PutaranId == putaranId && s.Terkini
                                                         && (Kecamatan == null || s.KecamatanKode == Kecamatan));
        Jumlah = await q.CountAsync(ct);
        Halaman = Math.Clamp(Halaman, 1, JumlahHalaman);
        Daftar = await q.OrderBy(s => s.Kecamatan).ThenBy(s => s.Desa).ThenBy(s => s.Nama)
            .Skip((Halaman - 1) * UkuranHalaman).Take(UkuranHalaman)
            .Select(s => new Baris(s.Id, s.Nomor, s.Nama, s.Peran, s.Desa, s.Kecamatan, s.Status, s.Versi, s.DiterbitkanPada))
            .ToListAsync(ct);
        Ekspor = await db.EksporSertifikat.AsNoTracking()
            .Where(e => e.PutaranId == putaranId && e.KecamatanKode == Kecamatan)
            .OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
    }

    public async Task<IActionResult> OnPostZipAsync(CancellationToken ct)
    {
        if (PutaranId is not { } putaranId || !await db.PutaranPelatihan.AnyAsync(p => p.Id == putaranId, ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(Kecamatan)) Kecamatan = null;
        if (Kecamatan is not null && !await db.Kecamatan.AnyAsync(k => k.Kode == Kecamatan, ct))
        {
            TempData["Pesan"] = S["Kecamatan tidak dikenal. Pilih dari daftar."].Value;
            return RedirectToPage(new { PutaranId });
        }
        var berjalan = await db.EksporSertifikat.AnyAsync(e => e.PutaranId == putaranId && e.KecamatanKode == Kecamatan &&
            (e.Status == StatusEkspor.Menunggu || e.Status == StatusEkspor.Berjalan), ct);
        if (!berjalan)
        {
            var ekspor = new EksporSertifikat
            {
                PutaranId = putaranId, KecamatanKode = Kecamatan, Status = StatusEkspor.Menunggu,
                DimintaOleh = User.FindFirstValue(ClaimTypes.NameIdentifier)!, DimintaPada = clock.GetUtcNow(),
            };
            db.EksporSertifikat.Add(ekspor);
            await db.SaveChangesAsync(ct);
            jobs.Enqueue<SertifikatZipJob>(j => j.BuatZipAsync(ekspor.Id, CancellationToken.None));
        }
        TempData["Pesan"] = S["ZIP sertifikat sedang dibuat. Halaman ini menunjukkan kemajuannya."].Value;
        return RedirectToPage(new { PutaranId, Kecamatan });
    }

    // Polled by wwwroot/js/kemajuan.js.
    public async Task<IActionResult> OnGetKemajuanAsync(int id, CancellationToken ct)
    {
        var e = await db.EksporSertifikat.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return NotFound();
        return new JsonResult(new { status = e.Status.ToString(), selesai = e.Selesai, jumlah = e.Jumlah, teks = Teks(e, S) });
    }

    public async Task<IActionResult> OnGetZipAsync(int id, CancellationToken ct)
    {
        var e = await db.EksporSertifikat.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        var berkas = SertifikatZipJob.Berkas(data, id);
        if (e is null || e.Status != StatusEkspor.Selesai || !System.IO.File.Exists(berkas)) return NotFound();
        var nama = e.KecamatanKode is null ? $"sertifikat-putaran-{e.PutaranId}.zip" : $"sertifikat-putaran-{e.PutaranId}-{e.KecamatanKode}.zip";
        return PhysicalFile(berkas, "application/zip", nama);
    }

    public async Task<IActionResult> OnGetPdfAsync(long id, CancellationToken ct)
    {
        var s = await db.Sertifikat.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Nomor, x.Pdf }).SingleOrDefaultAsync(ct);
        return s is null ? NotFound() : File(s.Pdf, "application/pdf", KabarSertifikat.NamaBerkas(s.Nomor));
    }

    public string? UrlHalaman(int halaman) => Url.Page("Index", new { PutaranId, Kecamatan, Halaman = halaman });

    public static string Teks(EksporSertifikat e, IStringLocalizer<SharedResource> S) => e.Status switch
    {
        StatusEkspor.Selesai => S["Selesai: {0} sertifikat siap diunduh.", e.Jumlah],
        StatusEkspor.Gagal => S["Gagal: {0}", e.Galat ?? ""],
        StatusEkspor.Berjalan => S["Menyalin sertifikat {0} dari {1}…", e.Selesai, e.Jumlah],
        _ => S["Menunggu giliran…"],
    };
}
