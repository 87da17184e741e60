using DtksTraining.Web.Belajar.Pages.Belajar;
using DtksTraining.Web.Data;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sandbox.Pages.Sandbox.Latihan;

// One exercise, briefed on the trainee's own sandbox; "Periksa" checks the sandbox as it is now and keeps the best result.
[Authorize]
public class DetailModel(AppDbContext db, PustakaLatihan pustaka, SandboxPenyimpan penyimpan, PemicuSertifikat pemicu,
    DaftarKode daftar, TimeProvider clock) : PageModel
{
    public sealed record Blok(string? Paragraf, IReadOnlyList<string>? Daftar);

    public Web.Sandbox.Latihan Latihan { get; private set; } = null!;
    public IReadOnlyList<Blok> Ringkasan { get; private set; } = [];
    public PenyelesaianLatihan? Penyelesaian { get; private set; }
    public HasilPeriksa? Hasil { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (pustaka.Cari(id) is not { } latihan) return NotFound();
        Latihan = latihan;
        var (sandbox, skenario) = await SandboxAsync();
        Ringkasan = Pecah(PemeriksaLatihan.Ringkasan(latihan, skenario, daftar));
        Penyelesaian = await db.PenyelesaianLatihan.AsNoTracking()
            .SingleOrDefaultAsync(p => p.UserId == sandbox.UserId && p.LatihanId == latihan.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (pustaka.Cari(id) is not { } latihan) return NotFound();
        Latihan = latihan;
        var (sandbox, skenario) = await SandboxAsync();
        Ringkasan = Pecah(PemeriksaLatihan.Ringkasan(latihan, skenario, daftar));
        // Only this user's sandbox is read: its id comes from the signed-in user, never from the request.
        Hasil = PemeriksaLatihan.Periksa(latihan, skenario, await penyimpan.MuatAsync(sandbox.Id), await penyimpan.UsulanAsync(sandbox.Id),
            Wib.Hari(clock.GetUtcNow()), daftar);
        Penyelesaian = await CatatAsync(sandbox.UserId, latihan.Id, Hasil);
        return Page();
    }

    private async Task<(SandboxLatihan, SandboxDesa)> SandboxAsync()
    {
        var sandbox = await penyimpan.PastikanAsync(PesertaBelajar.Id(User), HttpContext.RequestAborted);
        return (sandbox, await penyimpan.SkenarioAsync(sandbox, HttpContext.RequestAborted));
    }

    // Upsert of the best result; a concurrent first "Periksa" of the same user loses the insert race and retries as an update.
    private async Task<PenyelesaianLatihan> CatatAsync(string userId, string latihanId, HasilPeriksa hasil)
    {
        for (var coba = 0; ; coba++)
        {
            var now = clock.GetUtcNow();
            var p = await db.PenyelesaianLatihan.SingleOrDefaultAsync(p => p.UserId == userId && p.LatihanId == latihanId);
            if (p is null)
            {
                p = new PenyelesaianLatihan { UserId = userId, LatihanId = latihanId };
                db.PenyelesaianLatihan.Add(p);
            }
            p.SkorTerbaik = Math.Max(p.SkorTerbaik, hasil.Skor);
            p.JumlahPeriksa++;
            p.DiperiksaPada = now;
            var baruLulus = hasil.Lulus && !p.Lulus;
            if (baruLulus)
            {
                p.Lulus = true;
                p.LulusPada = now;
            }
            try
            {
                await db.SaveChangesAsync();
                if (baruLulus) await pemicu.PesertaAsync(userId);
                return p;
            }
            catch (DbUpdateException) when (coba == 0)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    // Blank lines separate paragraphs; lines starting with "- " form a list.
    public static IReadOnlyList<Blok> Pecah(string teks)
    {
        var hasil = new List<Blok>();
        foreach (var bagian in teks.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var baris = bagian.Split('\n', StringSplitOptions.TrimEntries);
            if (baris.All(b => b.StartsWith("- ", StringComparison.Ordinal)))
                hasil.Add(new Blok(null, baris.Select(b => b[2..]).ToList()));
            else
                hasil.Add(new Blok(string.Join(" ", baris), null));
        }
        return hasil;
    }
}
