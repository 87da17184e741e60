using System.Security.Claims;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Hangfire;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Jadwal.Pages.Admin.Jadwal;

public class SuratUndanganModel(AppDbContext db, PenyusunSuratUndangan penyusun, IBackgroundJobClient jobs, DataFolder data,
    TimeProvider clock, IStringLocalizer<SharedResource> S) : PageModel
{
    [BindProperty(SupportsGet = true)] public int PutaranId { get; set; }
    public string NamaPutaran { get; private set; } = "";
    public List<DesaUndangan> Desa { get; private set; } = [];
    public EksporSuratUndangan? Ekspor { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var nama = await db.PutaranPelatihan.AsNoTracking().Where(p => p.Id == PutaranId).Select(p => p.Nama).SingleOrDefaultAsync(ct);
        if (nama is null) return NotFound();
        NamaPutaran = nama;
        Desa = await penyusun.DaftarDesaAsync(PutaranId, ct);
        Ekspor = await db.EksporSuratUndangan.AsNoTracking().Where(e => e.PutaranId == PutaranId)
            .OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetUnduhAsync(string desa, CancellationToken ct)
    {
        if (await penyusun.BuatAsync(PutaranId, desa, ct) is not { } surat) return NotFound();
        return File(surat.Pdf, "application/pdf", surat.NamaBerkas);
    }

    public async Task<IActionResult> OnPostSemuaAsync(CancellationToken ct)
    {
        if (!await db.PutaranPelatihan.AnyAsync(p => p.Id == PutaranId, ct)) return NotFound();
        var berjalan = await db.EksporSuratUndangan.AnyAsync(e => e.PutaranId == PutaranId &&
            (e.Status == StatusEkspor.Menunggu || e.Status == StatusEkspor.Berjalan), ct);
        if (!berjalan)
        {
            var ekspor = new EksporSuratUndangan
            {
                PutaranId = PutaranId, Status = StatusEkspor.Menunggu,
                DimintaOleh = User.FindFirstValue(ClaimTypes.NameIdentifier)!, DimintaPada = clock.GetUtcNow(),
            };
            db.EksporSuratUndangan.Add(ekspor);
            await db.SaveChangesAsync(ct);
            jobs.Enqueue<SuratUndanganJob>(j => j.BuatZipAsync(ekspor.Id, CancellationToken.None));
        }
        TempData["Pesan"] = S["Surat undangan sedang dibuat. Halaman ini menunjukkan kemajuannya."].Value;
        return RedirectToPage(new { PutaranId });
    }

    // Polled by wwwroot/js/kemajuan.js.
    public async Task<IActionResult> OnGetKemajuanAsync(int id, CancellationToken ct)
    {
        var e = await db.EksporSuratUndangan.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.PutaranId == PutaranId, ct);
        if (e is null) return NotFound();
        return new JsonResult(new { status = e.Status.ToString(), selesai = e.Selesai, jumlah = e.Jumlah, teks = Teks(e, S) });
    }

    public async Task<IActionResult> OnGetZipAsync(int id, CancellationToken ct)
    {
        var e = await db.EksporSuratUndangan.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.PutaranId == PutaranId, ct);
        var berkas = SuratUndanganJob.Berkas(data, id);
        if (e is null || e.Status != StatusEkspor.Selesai || !System.IO.File.Exists(berkas)) return NotFound();
        return PhysicalFile(berkas, "application/zip", $"surat-undangan-putaran-{PutaranId}.zip");
    }

    public static string Teks(EksporSuratUndangan e, IStringLocalizer<SharedResource> S) => e.Status switch
    {
        StatusEkspor.Selesai => S["Selesai: {0} surat siap diunduh.", e.Jumlah],
        StatusEkspor.Gagal => S["Gagal: {0}", e.Galat ?? ""],
        StatusEkspor.Berjalan => S["Membuat surat {0} dari {1}…", e.Selesai, e.Jumlah],
        _ => S["Menunggu giliran…"],
    };
}
