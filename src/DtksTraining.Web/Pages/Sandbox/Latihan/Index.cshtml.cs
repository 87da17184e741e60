using DtksTraining.Web.Data;
using DtksTraining.Web.Domain.Sandbox;
using DtksTraining.Web.Pages.Belajar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Pages.Sandbox.Latihan;

[Authorize]
public class IndexModel(AppDbContext db, PustakaLatihan pustaka) : PageModel
{
    public sealed record Baris(Domain.Sandbox.Latihan Latihan, PenyelesaianLatihan? Penyelesaian);

    public IReadOnlyList<Baris> Daftar { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = PesertaBelajar.Id(User);
        var selesai = await db.PenyelesaianLatihan.AsNoTracking().Where(p => p.UserId == userId).ToListAsync();
        Daftar = pustaka.Semua.Select(l => new Baris(l, selesai.FirstOrDefault(p => p.LatihanId == l.Id))).ToList();
    }
}
