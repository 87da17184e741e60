using DtksTraining.Web.Data;
using DtksTraining.Web.Sandbox.Pages.Sandbox;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sandbox.Pages.Staf.VerifikasiUsulan;

public class DetailModel(AppDbContext db, SandboxPenyimpan penyimpan, TimeProvider clock) : PageModel
{
    public SandboxUsulan Usulan { get; private set; } = null!;
    public string Peserta { get; private set; } = "";
    public string Desa { get; private set; } = "";
    public List<SandboxAnggota> Orang { get; private set; } = [];
    public string? Galat { get; private set; }
    public string? AlasanDiketik { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await MuatAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetBerkasAsync(int id)
    {
        if (!await MuatAsync(id) || Usulan.BeritaAcara is null) return NotFound();
        return File(Usulan.BeritaAcara, Usulan.BeritaAcaraJenis!, Usulan.BeritaAcaraNama);
    }

    public async Task<IActionResult> OnPostLangkahAsync(int id, StatusUsulan ke, string? alasan)
    {
        if (!await MuatAsync(id)) return NotFound();
        PelakuUsulan? peran = ke switch
        {
            StatusUsulan.DiverifikasiDinsos or StatusUsulan.Dikembalikan or StatusUsulan.Ditolak => PelakuUsulan.VerifikatorDinsos,
            StatusUsulan.Disahkan => PelakuUsulan.KepalaOpd,
            StatusUsulan.Ditetapkan => PelakuUsulan.Sistem,
            _ => null,
        };
        var galat = peran is null
            ? "Langkah ini tidak dapat dipilih di sini."
            : Usulan.Ubah(ke, peran.Value, alasan, await SandboxSaya.PelakuAsync(db, User), clock.GetUtcNow());
        if (galat is not null)
        {
            Galat = galat;
            AlasanDiketik = alasan;
            return Page();
        }
        await db.SaveChangesAsync();
        TempData["Pesan"] = $"Usulan sekarang berstatus {ke.Teks()}.";
        return RedirectToPage(new { id });
    }

    // Kemensos' match against the sandbox's own fake Dukcapil, exactly as the registry compares.
    public async Task<IActionResult> OnPostPadankanAsync(int id)
    {
        if (!await MuatAsync(id)) return NotFound();
        var sandbox = await db.SandboxLatihan.AsNoTracking().SingleAsync(s => s.Id == Usulan.SandboxId);
        var dukcapil = (await penyimpan.SkenarioAsync(sandbox)).Dukcapil;
        var meninggalDiharapkan = Usulan is { Jenis: JenisUsulan.Nonaktif, AlasanNonaktif: AlasanNonaktif.Meninggal };
        var alasan = new List<string>();
        if (Orang.Count == 0) alasan.Add("Orang yang diusulkan tidak ada lagi di data desa.");
        foreach (var o in Orang)
        {
            var hasil = dukcapil.Padankan(o.Nik, o.Nama, o.TanggalLahir, o.JenisKelamin);
            var sebab = hasil.Alasan.Where(a => !(meninggalDiharapkan && dukcapil.Cari(o.Nik)?.Meninggal == true && a.Contains("meninggal"))).ToList();
            alasan.AddRange(sebab.Select(a => Orang.Count > 1 ? $"{o.Nama} ({o.Nik}): {a}" : a));
        }
        var ke = alasan.Count == 0 ? StatusUsulan.Padan : StatusUsulan.TidakPadan;
        if (Usulan.Ubah(ke, PelakuUsulan.Sistem, string.Join(" ", alasan), await SandboxSaya.PelakuAsync(db, User), clock.GetUtcNow()) is { } galat)
        {
            Galat = galat;
            return Page();
        }
        await db.SaveChangesAsync();
        TempData["Pesan"] = ke == StatusUsulan.Padan ? "Hasil pemadanan: PADAN." : "Hasil pemadanan: TIDAK PADAN. " + string.Join(" ", alasan);
        return RedirectToPage(new { id });
    }

    private async Task<bool> MuatAsync(int id)
    {
        var usulan = await db.SandboxUsulan.Include(u => u.Riwayat).SingleOrDefaultAsync(u => u.Id == id);
        if (usulan is null) return false;
        Usulan = usulan;
        var info = await (from s in db.SandboxLatihan
                          join p in db.Users on s.UserId equals p.Id
                          join d in db.Desa on s.DesaKode equals d.Kode
                          where s.Id == usulan.SandboxId
                          select new { p.NamaLengkap, d.Nama }).SingleAsync();
        Peserta = info.NamaLengkap;
        Desa = info.Nama;
        var orang = db.SandboxAnggota.AsNoTracking().Where(a => a.SandboxId == usulan.SandboxId && a.NoKk == usulan.NoKk);
        if (usulan.Nik is not null) orang = orang.Where(a => a.Nik == usulan.Nik);
        Orang = await orang.OrderBy(a => a.Id).ToListAsync();
        return true;
    }
}
