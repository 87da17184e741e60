using System.Security.Claims;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Beranda.Pages;

[OutputCache(PolicyName = ShellExtensions.AnonymousHomeCache)]
public class IndexModel(AppDbContext db) : PageModel
{
    public string? NamaLengkap { get; private set; }
    public string? Peran { get; private set; }
    public string? Desa { get; private set; }

    public async Task OnGetAsync()
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return;
        var me = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.NamaLengkap, Desa = u.Desa == null ? null : u.Desa.Nama + ", " + u.Desa.Kecamatan!.Nama })
            .SingleOrDefaultAsync();
        NamaLengkap = me?.NamaLengkap;
        Desa = me?.Desa;
        Peran = string.Join(", ", Web.Akun.Peran.Semua.Where(User.IsInRole).Select(Web.Akun.Peran.Label));
    }
}
