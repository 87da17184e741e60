using DtksTraining.Web.Data;
using DtksTraining.Web.Sandbox.Pages.Sandbox;
using DtksTraining.Web.Shared;
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
            StatusUsulan.LapanganSesuai or StatusUsulan.LapanganTidakSesuai => PelakuUsulan.PendampingPkh,
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

    // The simulated BPS step: the people are matched with the sandbox's fake Dukcapil first, exactly as the registry
    // compares; a mismatch goes back to the desa, otherwise SimulasiDesil ranks the family from its current fields.
    public async Task<IActionResult> OnPostDesilAsync(int id)
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
        var pelaku = await SandboxSaya.PelakuAsync(db, User);
        if (alasan.Count > 0)
        {
            if (Usulan.Ubah(StatusUsulan.TidakPadan, PelakuUsulan.Sistem, string.Join(" ", alasan), pelaku, clock.GetUtcNow()) is { } galatPadan)
                return Gagal(galatPadan);
            await db.SaveChangesAsync();
            TempData["Pesan"] = "Hasil pemadanan: TIDAK PADAN, usulan kembali ke desa. " + string.Join(" ", alasan);
            return RedirectToPage(new { id });
        }
        var keluarga = (await penyimpan.MuatAsync(Usulan.SandboxId)).Keluarga.FirstOrDefault(k => k.NoKk == Usulan.NoKk);
        if (keluarga is null) return Gagal($"KK {Usulan.NoKk} tidak ada lagi di data desa: desil tidak dapat dihitung.");
        var desil = SimulasiDesil.Hitung(keluarga, Wib.Hari(clock.GetUtcNow()));
        var rincian = string.Join("; ", desil.Rincian.Select(p => $"{p.Faktor} {p.Nilai:+0;-0}"));
        var catatan = $"Padan Dukcapil. Desil {desil.Desil} (skor {desil.Skor}): {(rincian.Length == 0 ? "tidak ada poin" : rincian)}.";
        if (Usulan.Ubah(StatusUsulan.DesilDitetapkan, PelakuUsulan.Sistem, catatan[..Math.Min(catatan.Length, 1000)], pelaku, clock.GetUtcNow()) is { } galat)
            return Gagal(galat);
        Usulan.Desil = (byte)desil.Desil;
        await db.SaveChangesAsync();
        TempData["Pesan"] = $"Desil {desil.Desil} ditetapkan (skor {desil.Skor}).";
        return RedirectToPage(new { id });
    }

    private IActionResult Gagal(string pesan)
    {
        Galat = pesan;
        return Page();
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
