using DtksTraining.Web.Belajar.Pages.Belajar;
using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sandbox.Pages.Sandbox.Latihan;

[Authorize]
public class IndexModel(AppDbContext db, PustakaLatihan pustaka) : PageModel
{
    public sealed record Baris(Web.Sandbox.Latihan Latihan, PenyelesaianLatihan? Penyelesaian);

    public IReadOnlyList<Baris> Daftar { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = PesertaBelajar.Id(User);
        var selesai = await db.PenyelesaianLatihan.AsNoTracking().Where(p => p.UserId == userId).ToListAsync();
        Daftar = pustaka.Semua.Select(l => new Baris(l, selesai.FirstOrDefault(p => p.LatihanId == l.Id))).ToList();
    }
}
