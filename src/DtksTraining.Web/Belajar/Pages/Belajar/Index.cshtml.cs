using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Belajar.Pages.Belajar;

[Authorize]
public class IndexModel(AppDbContext db, PustakaKonten konten) : PageModel
{
    public sealed record BarisModul(Modul Modul, int Persen, int Lanjutan);
    public sealed record BarisKuis(Kuis Kuis, int Percobaan, double? SkorTerbaik, bool Lulus);

    public IReadOnlyList<BarisModul> Modul { get; private set; } = [];
    public IReadOnlyList<BarisKuis> Kuis { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var peran = PesertaBelajar.PeranPeserta(User);
        var userId = PesertaBelajar.Id(User);
        var kemajuan = await db.ModuleProgress.AsNoTracking().Where(p => p.UserId == userId).ToListAsync();
        Modul = konten.Modul.Where(m => m.UntukPeran(peran)).Select(m =>
        {
            var dibaca = kemajuan.FirstOrDefault(p => p.ModuleId == m.Id)?.SectionsRead ?? new HashSet<int>();
            return new BarisModul(m, PesertaBelajar.Persen(m, dibaca), PesertaBelajar.BagianLanjutan(m, dibaca));
        }).ToList();
        var percobaan = await db.QuizAttempt.AsNoTracking().Where(a => a.UserId == userId)
            .Select(a => new { a.QuizId, a.Score, a.Passed }).ToListAsync();
        Kuis = konten.Kuis.Where(k => k.UntukPeran(peran)).Select(k =>
        {
            var milik = percobaan.Where(a => a.QuizId == k.Id).ToList();
            return new BarisKuis(k, milik.Count, milik.Max(a => a.Score), milik.Any(a => a.Passed == true));
        }).ToList();
    }
}
