using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Belajar.Pages.Belajar;

[Authorize]
public class HasilModel(AppDbContext db, PustakaKonten konten) : PageModel
{
    public sealed record Ulasan(Soal Soal, IReadOnlyList<string> Jawaban, bool Benar);

    public Kuis Kuis { get; private set; } = null!;
    public QuizAttempt Percobaan { get; private set; } = null!;
    public int Benar { get; private set; }
    public IReadOnlyList<Ulasan>? DaftarUlasan { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var percobaan = await db.QuizAttempt.AsNoTracking().Include(a => a.Answers).SingleOrDefaultAsync(a => a.Id == id);
        if (percobaan is null || percobaan.UserId != PesertaBelajar.Id(User)) return NotFound();
        if (percobaan.GradedAt is null) return RedirectToPage("Percobaan", new { id });
        Percobaan = percobaan;
        Kuis = konten.CariKuis(percobaan.QuizId)!;
        var riwayat = await db.QuizAttempt.AsNoTracking().Where(a => a.UserId == percobaan.UserId && a.QuizId == percobaan.QuizId)
            .Select(a => a.Passed).ToListAsync();
        var jawaban = percobaan.Answers.ToDictionary(a => a.QuestionId, a => MesinKuis.JawabanDariJson(a.AnswerJson));
        var soal = MesinKuis.DariJson(percobaan.DrawJson).Select(u => konten.CariSoal(u.SoalId)).OfType<Soal>().ToList();
        var ulasan = soal.Select(s => new Ulasan(s, jawaban.GetValueOrDefault(s.Id) ?? [], MesinKuis.Benar(s, jawaban.GetValueOrDefault(s.Id)))).ToList();
        Benar = ulasan.Count(u => u.Benar);
        if (MesinKuis.BolehUlas(Kuis.Ulasan, riwayat.Any(p => p == true), riwayat.Count, Kuis.MaksPercobaan))
            DaftarUlasan = ulasan;
        return Page();
    }

    public static string Tampil(Soal soal, IReadOnlyList<string> nilai) => nilai.Count == 0 ? "–" : soal.Jenis switch
    {
        JenisSoal.Single or JenisSoal.Multiple => string.Join("; ", nilai.Select(n => soal.Pilihan.FirstOrDefault(p => p.Id == n)?.Teks ?? n)),
        JenisSoal.Matching => string.Join("; ", nilai.Select((n, i) =>
            $"{soal.Pasangan[i].Kiri} → {(int.TryParse(n, out var k) && k < soal.Pasangan.Count ? soal.Pasangan[k].Kanan : "–")}")),
        JenisSoal.Numeric => nilai[0] + (soal.Satuan is null ? "" : " " + soal.Satuan),
        _ => nilai[0],
    };
}
