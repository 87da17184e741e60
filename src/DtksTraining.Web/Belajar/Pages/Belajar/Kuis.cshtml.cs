using DtksTraining.Web.Data;
using DtksTraining.Web.Sertifikat;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Belajar.Pages.Belajar;

[Authorize]
public class KuisModel(AppDbContext db, PustakaKonten konten, PemicuSertifikat pemicu, TimeProvider clock) : PageModel
{
    public Kuis Kuis { get; private set; } = null!;
    public IReadOnlyList<QuizAttempt> Riwayat { get; private set; } = [];
    public QuizAttempt? Berjalan { get; private set; }
    public KeputusanMulai Keputusan { get; private set; } = new(false, null);

    private async Task<bool> MuatAsync(string id)
    {
        if (konten.CariKuis(id) is not { } kuis || !kuis.UntukPeran(PesertaBelajar.PeranPeserta(User))) return false;
        Kuis = kuis;
        var userId = PesertaBelajar.Id(User);
        var now = clock.GetUtcNow();
        // An attempt left past its deadline is graded now with the answers it saved.
        foreach (var lewat in await db.QuizAttempt.AsNoTracking()
                     .Where(a => a.UserId == userId && a.QuizId == id && a.GradedAt == null).ToListAsync())
            if (MesinKuis.WaktuHabis(lewat.Deadline, now)) await PesertaBelajar.NilaiAsync(db, konten, pemicu, lewat.Id, now);
        Riwayat = await db.QuizAttempt.AsNoTracking().Where(a => a.UserId == userId && a.QuizId == id).ToListAsync();
        Riwayat = Riwayat.OrderBy(a => a.StartedAt).ToList();
        Berjalan = Riwayat.FirstOrDefault(a => a.GradedAt is null);
        Keputusan = MesinKuis.BolehMulai(kuis,
            Riwayat.Select(a => new RiwayatPercobaan(a.StartedAt, a.GradedAt, a.Passed == true)).ToList(), now);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(string id) => await MuatAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await MuatAsync(id)) return NotFound();
        if (Berjalan is not null) return RedirectToPage("Percobaan", new { id = Berjalan.Id });
        if (!Keputusan.Boleh)
        {
            ModelState.AddModelError("", Keputusan.Pesan!);
            return Page();
        }
        var now = clock.GetUtcNow();
        var seed = Random.Shared.Next();
        var percobaan = new QuizAttempt
        {
            UserId = PesertaBelajar.Id(User), QuizId = id, Seed = seed,
            DrawJson = MesinKuis.KeJson(MesinKuis.Undi(Kuis, konten.BankSoal(Kuis), seed)),
            StartedAt = now, Deadline = MesinKuis.BatasWaktu(Kuis, now),
        };
        db.QuizAttempt.Add(percobaan);
        await db.SaveChangesAsync();
        return RedirectToPage("Percobaan", new { id = percobaan.Id });
    }
}
