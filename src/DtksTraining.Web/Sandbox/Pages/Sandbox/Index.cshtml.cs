using System.Diagnostics;
using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Sandbox.Pages.Sandbox;

public class IndexModel(AppDbContext db, SandboxPenyimpan penyimpan, IStringLocalizer<SharedResource> S) : PageModel
{
    public const int PerHalaman = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int Hal { get; set; } = 1;

    public string NamaDesa { get; private set; } = "";
    public int JumlahKeluarga { get; private set; }
    public int Jumlah { get; private set; }
    public int JumlahHalaman => Math.Max(1, (Jumlah + PerHalaman - 1) / PerHalaman);
    public List<Baris> Hasil { get; private set; } = [];
    public string? Galat { get; private set; }

    public sealed record Sanggahan(string Nik, string Nama, string NoKk, string Isi, DateOnly Tanggal);
    public List<Sanggahan> DaftarSanggahan { get; private set; } = [];

    public sealed record Baris(string Nama, string Nik, string NoKk, HubunganKeluarga Hubungan, StatusKeberadaan Keberadaan, bool Aktif);

    public async Task OnGetAsync()
    {
        var sandbox = await penyimpan.PastikanAsync(SandboxSaya.UserId(User));
        NamaDesa = (await penyimpan.DesaAsync(sandbox.DesaKode)).Nama;
        JumlahKeluarga = await db.SandboxKeluarga.CountAsync(k => k.SandboxId == sandbox.Id);
        // Disputes from Cek Bansos come from the scenario's answer key, whose Keterangan holds the citizen's words; they
        // arrived two days before the scenario date.
        var sanggahan = await db.SandboxAnomali.AsNoTracking()
            .Where(a => a.SandboxId == sandbox.Id && a.Jenis == JenisAnomali.SanggahCekBansos && a.Nik != null)
            .OrderBy(a => a.Id).Select(a => new { Nik = a.Nik!, a.NoKk, a.Keterangan }).ToListAsync();
        var nikSanggah = sanggahan.Select(a => a.Nik).ToList();
        var nama = await db.SandboxAnggota.AsNoTracking().Where(a => a.SandboxId == sandbox.Id && nikSanggah.Contains(a.Nik))
            .Select(a => new { a.Nik, a.Nama }).ToListAsync();
        DaftarSanggahan = sanggahan.Select(a => new Sanggahan(a.Nik, nama.FirstOrDefault(n => n.Nik == a.Nik)?.Nama ?? "", a.NoKk, a.Keterangan,
            sandbox.TanggalSkenario.AddDays(-2))).ToList();

        var anggota = db.SandboxAnggota.AsNoTracking().Where(a => a.SandboxId == sandbox.Id);
        var q = Q?.Trim() ?? "";
        if (q.Length > 0)
        {
            if (q.All(char.IsDigit))
                anggota = q.Length == 16 ? anggota.Where(a => a.Nik == q || a.NoKk == q) : anggota.Where(a => a.Nik.StartsWith(q) || a.NoKk.StartsWith(q));
            else
            {
                var besar = q.ToUpperInvariant();
                anggota = anggota.Where(a => a.Nama.ToUpper().Contains(besar));
            }
        }
        Jumlah = await anggota.CountAsync();
        Hal = Math.Clamp(Hal, 1, JumlahHalaman);
        Hasil = await anggota.OrderBy(a => a.NoKk).ThenBy(a => a.Hubungan).ThenBy(a => a.Id)
            .Skip((Hal - 1) * PerHalaman).Take(PerHalaman)
            .Select(a => new Baris(a.Nama, a.Nik, a.NoKk, a.Hubungan, a.Keberadaan, a.Aktif)).ToListAsync();
    }

    public async Task<IActionResult> OnPostAturUlangAsync(bool yakin)
    {
        if (!yakin)
        {
            Galat = S["Centang \"Ya, kembalikan ke awal\" untuk mengatur ulang sandbox; semua perubahan dan usulan Anda akan hilang."].Value;
            await OnGetAsync();
            return Page();
        }
        var sandbox = await penyimpan.PastikanAsync(SandboxSaya.UserId(User));
        var waktu = Stopwatch.StartNew();
        await penyimpan.AturUlangAsync(sandbox.Id);
        TempData["Pesan"] = S["Sandbox dikembalikan ke awal skenario ({0} ms).", waktu.ElapsedMilliseconds].Value;
        return RedirectToPage();
    }
}
