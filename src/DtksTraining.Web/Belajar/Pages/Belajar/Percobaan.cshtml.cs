using DtksTraining.Web.Data;
using DtksTraining.Web.Sertifikat;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Belajar.Pages.Belajar;

[Authorize]
public class PercobaanModel(AppDbContext db, PustakaKonten konten, PemicuSertifikat pemicu, TimeProvider clock, IMemoryCache cache, IStringLocalizer<SharedResource> S) : PageModel
{
    public Kuis Kuis { get; private set; } = null!;
    public QuizAttempt Percobaan { get; private set; } = null!;
    public IReadOnlyList<SoalTerundi> Undian { get; private set; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Jawaban { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();
    public int Nomor { get; private set; }
    public SoalTerundi Terundi => Undian[Nomor - 1];
    public Soal Soal => konten.CariSoal(Terundi.SoalId)!;
    public IReadOnlyList<string> JawabanIni => Jawaban.GetValueOrDefault(Terundi.SoalId) ?? [];
    public bool Terjawab(string soalId) => konten.CariSoal(soalId) is { } soal && MesinKuis.Lengkap(soal, Jawaban.GetValueOrDefault(soalId));
    public int JumlahTerjawab => Undian.Count(u => Terjawab(u.SoalId));
    public int BelumDijawab => Undian.Count - JumlahTerjawab;
    public int NomorBelumDijawabPertama => Undian.Select((u, i) => (u, i)).FirstOrDefault(x => !Terjawab(x.u.SoalId)).i + 1;
    // Set when "send" was pressed with questions left: the page asks before an attempt is spent.
    public bool Konfirmasi { get; private set; }
    public int PercobaanKe { get; private set; }

    // Every question shown, saved or jumped to loads the attempt: compiled once instead of translated per request.
    private static readonly Func<AppDbContext, long, Task<QuizAttempt?>> PercobaanDenganJawaban = EF.CompileAsyncQuery(
        (AppDbContext db, long id) => db.QuizAttempt.AsNoTracking().Include(a => a.Answers).SingleOrDefault(a => a.Id == id));

    private async Task<IActionResult?> MuatAsync(long id, int? no)
    {
        var percobaan = await PercobaanDenganJawaban(db, id);
        if (percobaan is null || percobaan.UserId != PesertaBelajar.Id(User)) return NotFound();
        if (percobaan.GradedAt is not null) return RedirectToPage("Hasil", new { id });
        var now = clock.GetUtcNow();
        if (MesinKuis.WaktuHabis(percobaan.Deadline, now))
        {
            await PesertaBelajar.NilaiAsync(db, konten, pemicu, id, now);
            TempData["Pesan"] = S["Waktu habis. Percobaan dinilai dengan jawaban yang sudah tersimpan."].Value;
            return RedirectToPage("Hasil", new { id });
        }
        Percobaan = percobaan;
        Kuis = konten.CariKuis(percobaan.QuizId)!;
        Undian = UndianDari(percobaan);
        Jawaban = percobaan.Answers.ToDictionary(a => a.QuestionId, a => MesinKuis.JawabanDariJson(a.AnswerJson));
        Nomor = Math.Clamp(no ?? 1, 1, Undian.Count);
        return null;
    }

    // The draw is fixed when the attempt starts; parsing it on every question page was a tenth of the page's allocations.
    private IReadOnlyList<SoalTerundi> UndianDari(QuizAttempt percobaan)
    {
        var kunci = (nameof(UndianDari), percobaan.Id);
        if (cache.TryGetValue(kunci, out (string Json, IReadOnlyList<SoalTerundi> Undian) tersimpan) && tersimpan.Json == percobaan.DrawJson)
            return tersimpan.Undian;
        var undian = MesinKuis.DariJson(percobaan.DrawJson);
        cache.Set(kunci, (percobaan.DrawJson, undian), new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(30) });
        return undian;
    }

    public async Task<IActionResult> OnGetAsync(long id, int? no) => await MuatAsync(id, no) ?? Page();

    public async Task<IActionResult> OnPostSimpanAsync(long id, int? no, string? soalId, List<string?>? jawaban)
    {
        if (await MuatAsync(id, no) is { } selesai) return selesai;
        var nilai = (jawaban ?? []).Select(j => j?.Trim() ?? "").ToList();
        if (nilai.All(n => n.Length == 0)) nilai = [];
        var soal = konten.CariSoal(soalId);
        var hasil = MesinKuis.PeriksaJawaban(Undian, Percobaan.Deadline, Percobaan.GradedAt, soal, nilai, clock.GetUtcNow());
        if (!hasil.Diterima)
        {
            if (Request.Headers.ContainsKey("X-Simpan-Otomatis")) return BadRequest(hasil.Pesan);
            ModelState.AddModelError("", hasil.Pesan);
            return Page();
        }
        var tersimpan = await db.QuizAnswer.SingleOrDefaultAsync(a => a.AttemptId == id && a.QuestionId == soal!.Id);
        var baru = tersimpan is null;
        if (nilai.Count == 0 && tersimpan is not null) db.QuizAnswer.Remove(tersimpan);
        else if (nilai.Count > 0)
        {
            tersimpan ??= db.QuizAnswer.Add(new QuizAnswer { AttemptId = id, QuestionId = soal!.Id, AnswerJson = "[]" }).Entity;
            tersimpan.AnswerJson = MesinKuis.JawabanKeJson(nilai);
            tersimpan.SavedAt = clock.GetUtcNow();
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException) when (baru && nilai.Count > 0)
        {
            // The page's auto-save and its submit button raced for the same first answer: the other one inserted it, update it.
            db.ChangeTracker.Clear();
            var ada = await db.QuizAnswer.SingleAsync(a => a.AttemptId == id && a.QuestionId == soal!.Id);
            ada.AnswerJson = MesinKuis.JawabanKeJson(nilai);
            ada.SavedAt = clock.GetUtcNow();
            await db.SaveChangesAsync();
        }
        if (Request.Headers.ContainsKey("X-Simpan-Otomatis")) return new NoContentResult();
        var posisi = Undian.Select(u => u.SoalId).ToList().IndexOf(soal!.Id) + 1;
        if (nilai.Count > 0 && !MesinKuis.Lengkap(soal, nilai))
        {
            TempData["Pesan"] = S["Jawaban disimpan sebagian. Jodohkan semua pasangan agar soal ini terhitung terjawab."].Value;
            return RedirectToPage("Percobaan", new { id, no = posisi });
        }
        return RedirectToPage("Percobaan", new { id, no = Math.Min(posisi + 1, Undian.Count) });
    }

    public async Task<IActionResult> OnPostKirimAsync(long id, int? no, bool yakin)
    {
        var pemilik = await db.QuizAttempt.Where(a => a.Id == id).Select(a => a.UserId).SingleOrDefaultAsync();
        if (pemilik != PesertaBelajar.Id(User)) return NotFound();
        // Works without JavaScript: sending with questions left shows how many and asks again, with an explicit "yakin".
        if (!yakin && await db.QuizAttempt.AnyAsync(a => a.Id == id && a.GradedAt == null))
        {
            if (await MuatAsync(id, no) is { } selesai) return selesai;
            if (BelumDijawab > 0)
            {
                Konfirmasi = true;
                PercobaanKe = await db.QuizAttempt.CountAsync(a => a.UserId == pemilik && a.QuizId == Percobaan.QuizId && a.Id <= id);
                return Page();
            }
        }
        TempData["Pesan"] = await PesertaBelajar.NilaiAsync(db, konten, pemicu, id, clock.GetUtcNow())
            ? S["Jawaban Anda sudah dikirim dan dinilai."].Value
            : S["Percobaan ini sudah dinilai sebelumnya."].Value;
        return RedirectToPage("Hasil", new { id });
    }
}
