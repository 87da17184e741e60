using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Shared.Pages.Admin;

public class CadanganModel(DatabaseBackup cadangan, IStringLocalizer<SharedResource> S) : PageModel
{
    public bool Didukung => cadangan.Didukung;
    public IReadOnlyList<BerkasCadangan> Daftar { get; private set; } = [];

    public void OnGet()
    {
        if (Didukung) Daftar = cadangan.Daftar();
    }

    public async Task<IActionResult> OnPostBuatAsync(CancellationToken ct)
    {
        if (!Didukung) return RedirectToPage();
        var berkas = await cadangan.BuatAsync(ct);
        TempData["Pesan"] = S["Cadangan {0} dibuat.", berkas.Nama].Value;
        return RedirectToPage();
    }

    public IActionResult OnGetUnduh(string? nama) =>
        cadangan.Jalur(nama) is { } jalur
            ? PhysicalFile(jalur, "application/vnd.sqlite3", nama)
            : NotFound();
}
