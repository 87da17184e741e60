using System.Security.Claims;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Data;
using DtksTraining.Web.Sertifikat;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Belajar.Pages.Belajar;

public static class PesertaBelajar
{
    public static string? PeranPeserta(ClaimsPrincipal user) =>
        user.IsInRole(Peran.KepalaDesa) ? Peran.KepalaDesa : user.IsInRole(Peran.Operator) ? Peran.Operator : null;

    public static string Id(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public static int BagianLanjutan(Modul modul, IReadOnlySet<int> dibaca) =>
        modul.Bagian.Select(b => b.Indeks).FirstOrDefault(i => !dibaca.Contains(i), 1);

    public static int Persen(Modul modul, IReadOnlySet<int> dibaca) =>
        modul.Bagian.Count == 0 ? 0 : 100 * modul.Bagian.Count(b => dibaca.Contains(b.Indeks)) / modul.Bagian.Count;

    // Grades with whatever answers were saved; the conditional update makes a second submit a no-op.
    public static async Task<bool> NilaiAsync(AppDbContext db, PustakaKonten konten, PemicuSertifikat pemicu, long percobaanId, DateTimeOffset now)
    {
        var percobaan = await db.QuizAttempt.AsNoTracking().Include(a => a.Answers).SingleAsync(a => a.Id == percobaanId);
        if (percobaan.GradedAt is not null) return false;
        var kuis = konten.CariKuis(percobaan.QuizId)!;
        var soal = MesinKuis.DariJson(percobaan.DrawJson).Select(u => konten.CariSoal(u.SoalId)).OfType<Soal>().ToList();
        var jawaban = percobaan.Answers.ToDictionary(a => a.QuestionId, a => MesinKuis.JawabanDariJson(a.AnswerJson));
        var hasil = MesinKuis.Nilai(soal, jawaban, kuis.NilaiLulus);
        var diubah = await db.QuizAttempt.Where(a => a.Id == percobaanId && a.GradedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.GradedAt, (DateTimeOffset?)now)
                .SetProperty(a => a.Score, (double?)hasil.Persen)
                .SetProperty(a => a.Passed, (bool?)hasil.Lulus));
        if (diubah == 1 && hasil.Lulus && FaktaSertifikat.NomorUjian(percobaan.QuizId) is not null)
            await pemicu.PesertaAsync(percobaan.UserId);
        return diubah == 1;
    }
}
