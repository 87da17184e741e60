using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Belajar.Pages.Belajar;

[Authorize]
public class ModulModel(AppDbContext db, PustakaKonten konten, TimeProvider clock, IStringLocalizer<SharedResource> S) : PageModel
{
    public Modul Modul { get; private set; } = null!;
    public BagianModul Bagian { get; private set; } = null!;
    public IReadOnlySet<int> Dibaca { get; private set; } = new HashSet<int>();

    // Read on every section page: compiled once instead of translated per request.
    private static readonly Func<AppDbContext, string, string, Task<ModuleProgress?>> Kemajuan = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, string moduleId) => db.ModuleProgress.AsNoTracking().SingleOrDefault(p => p.UserId == userId && p.ModuleId == moduleId));

    private Modul? CariModul(string id) => konten.CariModul(id) is { } m && m.UntukPeran(PesertaBelajar.PeranPeserta(User)) ? m : null;

    public async Task<IActionResult> OnGetAsync(string id, int? bagian)
    {
        if (CariModul(id) is not { } modul) return NotFound();
        Modul = modul;
        var userId = PesertaBelajar.Id(User);
        Dibaca = (await Kemajuan(db, userId, id))?.SectionsRead
                 ?? new HashSet<int>();
        var indeks = bagian ?? PesertaBelajar.BagianLanjutan(modul, Dibaca);
        if (modul.Bagian.FirstOrDefault(b => b.Indeks == indeks) is not { } b) return NotFound();
        Bagian = b;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, int bagian)
    {
        if (CariModul(id) is not { } modul || modul.Bagian.All(b => b.Indeks != bagian)) return NotFound();
        var userId = PesertaBelajar.Id(User);
        var kemajuan = await db.ModuleProgress.SingleOrDefaultAsync(p => p.UserId == userId && p.ModuleId == id);
        if (kemajuan is null)
        {
            kemajuan = new ModuleProgress { UserId = userId, ModuleId = id };
            db.ModuleProgress.Add(kemajuan);
        }
        kemajuan.MarkRead(bagian, clock.GetUtcNow());
        await db.SaveChangesAsync();
        if (bagian < modul.Bagian.Count) return RedirectToPage("Modul", new { id, bagian = bagian + 1 });
        TempData["Pesan"] = S["Modul \"{0}\" selesai dibaca.", modul.Judul].Value;
        return RedirectToPage("Index");
    }
}
