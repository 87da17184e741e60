using DtksTraining.Web.Akun;
using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Belajar.Pages.Belajar;

[Authorize(Policy = Kebijakan.Staf)]
public class RekapModel(AppDbContext db, PustakaKonten konten) : PageModel
{
    public sealed record BarisPeserta(string Nama, string NamaPengguna, int Percobaan, double? SkorTerbaik, bool Lulus);

    [BindProperty(SupportsGet = true)] public string? Kuis { get; set; }
    public IReadOnlyList<Kuis> SemuaKuis => konten.Kuis;
    public Kuis? Terpilih { get; private set; }
    public IReadOnlyList<BarisPeserta> Peserta { get; private set; } = [];
    public IReadOnlyList<StatistikButir> Butir { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Terpilih = konten.CariKuis(Kuis) ?? konten.Kuis.FirstOrDefault();
        if (Terpilih is null) return Page();
        var percobaan = await db.QuizAttempt.AsNoTracking().Where(a => a.QuizId == Terpilih.Id)
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { a.Id, u.NamaLengkap, u.UserName, a.Score, a.Passed, a.GradedAt })
            .ToListAsync();
        Peserta = percobaan.GroupBy(a => new { a.NamaLengkap, a.UserName })
            .Select(g => new BarisPeserta(g.Key.NamaLengkap, g.Key.UserName!, g.Count(), g.Max(a => a.Score), g.Any(a => a.Passed == true)))
            .OrderBy(p => p.Nama).ToList();
        var dinilai = percobaan.Where(a => a.GradedAt != null).Select(a => a.Id).ToList();
        var percobaanDinilai = await db.QuizAttempt.AsNoTracking().Include(a => a.Answers).Where(a => dinilai.Contains(a.Id)).ToListAsync();
        Butir = AnalisisButir.Hitung(percobaanDinilai.Select(a =>
        {
            var jawaban = a.Answers.ToDictionary(j => j.QuestionId, j => MesinKuis.JawabanDariJson(j.AnswerJson));
            var benar = MesinKuis.DariJson(a.DrawJson).Select(u => konten.CariSoal(u.SoalId)).OfType<Soal>()
                .ToDictionary(s => s.Id, s => MesinKuis.Benar(s, jawaban.GetValueOrDefault(s.Id)));
            return new PercobaanDinilai(a.Score ?? 0, benar);
        }).ToList());
        return Page();
    }
}
