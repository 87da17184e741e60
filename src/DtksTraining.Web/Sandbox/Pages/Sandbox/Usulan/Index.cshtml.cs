using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sandbox.Pages.Sandbox.Usulan;

public class IndexModel(AppDbContext db, SandboxPenyimpan penyimpan) : PageModel
{
    public sealed record Baris(int Id, JenisUsulan Jenis, StatusUsulan Status, string NoKk, string? Nik, AlasanNonaktif? Alasan, DateTimeOffset DiubahPada, byte? Desil, int? Siklus, bool SetelahJendela);

    public List<Baris> Usulan { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var sandbox = await penyimpan.PastikanAsync(SandboxSaya.UserId(User));
        Usulan = await db.SandboxUsulan.AsNoTracking().Where(u => u.SandboxId == sandbox.Id)
            .OrderByDescending(u => u.Id)
            .Select(u => new Baris(u.Id, u.Jenis, u.Status, u.NoKk, u.Nik, u.AlasanNonaktif, u.DiubahPada, u.Desil, u.Siklus, u.DiajukanSetelahJendela)).ToListAsync();
    }
}
