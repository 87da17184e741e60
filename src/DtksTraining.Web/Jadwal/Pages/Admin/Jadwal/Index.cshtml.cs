using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Jadwal.Pages.Admin.Jadwal;

public class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Baris(int Id, string Nama, DateOnly Mulai, DateOnly Selesai, StatusPutaran Status, int Sesi, int Terkonfirmasi);

    public List<Baris> Putaran { get; private set; } = [];

    public async Task OnGetAsync() =>
        Putaran = await db.PutaranPelatihan.AsNoTracking()
            .OrderByDescending(p => p.TanggalMulai)
            .Select(p => new Baris(p.Id, p.Nama, p.TanggalMulai, p.TanggalSelesai, p.Status,
                p.Sesi.Count, p.Sesi.Sum(s => s.Terkonfirmasi)))
            .ToListAsync();
}
