using DtksTraining.Web.Data;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Wilayah;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Kehadiran.Pages.Staf.Kehadiran;

public class KodeModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const string NamaKunci = "kode-sesi";
    public int Id { get; private set; }
    public string Tempat { get; private set; } = "";
    public DateOnly Tanggal { get; private set; }
    public string Kode { get; private set; } = "";
    public int SisaDetik { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var sesi = await db.Sesi.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.Id, s.Tanggal, Tempat = s.Venue!.Nama }).SingleOrDefaultAsync();
        if (sesi is null) return NotFound();
        var kunci = Convert.FromBase64String(await db.RahasiaAsync(NamaKunci, () => AppDbContext.AcakBase64(32), clock));
        var now = clock.GetUtcNow();
        (Id, Tempat, Tanggal) = (sesi.Id, sesi.Tempat, sesi.Tanggal);
        Kode = KodeSesi.Untuk(id, kunci, now);
        SisaDetik = Math.Max(1, (int)Math.Ceiling(KodeSesi.SisaWaktu(now).TotalSeconds));
        return Page();
    }
}
