using System.Security.Claims;
using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Sertifikat.Pages.Admin.Sertifikat;

// One certificate version: its fields and chain of versions; revoke with a reason, or correct it into a new version.
public class DetailModel(AppDbContext db, PenerbitSertifikat penerbit, IStringLocalizer<SharedResource> S) : PageModel
{
    public SertifikatTerbit Sertifikat { get; private set; } = null!;
    public string? NomorMenggantikan { get; private set; }
    public string? NomorDigantikanOleh { get; private set; }
    public bool BolehDiubah => Sertifikat.Terkini && Sertifikat.Status == StatusSertifikat.Berlaku;

    [BindProperty] public string? Alasan { get; set; }
    [BindProperty] public string? NamaBaru { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct)) return NotFound();
        NamaBaru = Sertifikat.Nama;
        return Page();
    }

    public async Task<IActionResult> OnPostCabutAsync(long id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct)) return NotFound();
        NamaBaru = Sertifikat.Nama;
        var alasan = Alasan?.Trim() ?? "";
        if (alasan.Length == 0) ModelState.AddModelError(nameof(Alasan), S["Tulis alasan pencabutan."]);
        else if (alasan.Length > 500) ModelState.AddModelError(nameof(Alasan), S["Alasan paling panjang 500 huruf."]);
        if (!ModelState.IsValid) return Page();
        if (!await penerbit.CabutAsync(id, alasan, User.FindFirstValue(ClaimTypes.Name) ?? "admin", ct))
        {
            ModelState.AddModelError(nameof(Alasan), S["Sertifikat ini sudah dicabut atau sudah diganti versi baru."]);
            return Page();
        }
        TempData["Pesan"] = S["Sertifikat {0} dicabut.", Sertifikat.Nomor].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostKoreksiAsync(long id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct)) return NotFound();
        var nama = NamaBaru?.Trim() ?? "";
        if (nama.Length == 0) ModelState.AddModelError(nameof(NamaBaru), S["Tulis nama yang benar."]);
        else if (nama.Length > 200) ModelState.AddModelError(nameof(NamaBaru), S["Nama paling panjang 200 huruf."]);
        else if (nama == Sertifikat.Nama) ModelState.AddModelError(nameof(NamaBaru), S["Nama sama dengan yang tercetak; tidak ada yang dikoreksi."]);
        if (!ModelState.IsValid) return Page();
        if (await penerbit.KoreksiAsync(id, nama, ct) is not { } baruId)
        {
            ModelState.AddModelError(nameof(NamaBaru), S["Sertifikat ini sudah dicabut atau sudah diganti versi baru."]);
            return Page();
        }
        TempData["Pesan"] = S["Versi baru sertifikat diterbitkan."].Value;
        return RedirectToPage(new { id = baruId });
    }

    private async Task<bool> MuatAsync(long id, CancellationToken ct)
    {
        var s = await db.Sertifikat.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return false;
        Sertifikat = s;
        NomorMenggantikan = s.MenggantikanId is { } m ? await db.Sertifikat.Where(x => x.Id == m).Select(x => x.Nomor).SingleAsync(ct) : null;
        NomorDigantikanOleh = s.DigantikanOlehId is { } d ? await db.Sertifikat.Where(x => x.Id == d).Select(x => x.Nomor).SingleAsync(ct) : null;
        return true;
    }
}
