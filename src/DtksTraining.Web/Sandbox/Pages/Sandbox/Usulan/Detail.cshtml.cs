using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DtksTraining.Web.Sandbox.Pages.Sandbox.Usulan;

public class DetailModel(AppDbContext db, SandboxPenyimpan penyimpan, TimeProvider clock, IOptions<JadwalDtsenOptions> jadwal) : PageModel
{
    public SandboxUsulan Usulan { get; private set; } = null!;
    public string? Galat { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await MuatAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetBerkasAsync(int id)
    {
        if (!await MuatAsync(id) || Usulan.BeritaAcara is null) return NotFound();
        return File(Usulan.BeritaAcara, Usulan.BeritaAcaraJenis!, Usulan.BeritaAcaraNama);
    }

    public async Task<IActionResult> OnPostUnggahAsync(int id, IFormFile? berkas)
    {
        if (!await MuatAsync(id)) return NotFound();
        if (berkas is null)
            return Gagal("Pilih berkas berita acara musdes (PDF atau JPG, paling besar 2 MB).");
        if (Usulan.Status is not (StatusUsulan.Draft or StatusUsulan.BaMusdesDiunggah) && !AlurUsulan.KembaliKeDesa(Usulan.Status))
            return Gagal($"Berita acara tidak dapat diganti: usulan sudah berstatus {Usulan.Status.Teks()}.");

        var awal = new byte[8];
        int terbaca;
        await using (var aliran = berkas.OpenReadStream()) terbaca = await aliran.ReadAtLeastAsync(awal, awal.Length, throwOnEndOfStream: false);
        var hasil = BerkasBeritaAcara.Periksa(awal.AsSpan(0, terbaca), berkas.Length);
        if (hasil.Galat is not null) return Gagal(hasil.Galat);

        using var isi = new MemoryStream((int)berkas.Length);
        await berkas.CopyToAsync(isi);
        Usulan.BeritaAcara = isi.ToArray();
        Usulan.BeritaAcaraNama = Path.GetFileName(berkas.FileName) is { Length: > 0 } nama ? nama[..Math.Min(nama.Length, 200)] : "berita-acara";
        Usulan.BeritaAcaraJenis = hasil.JenisKonten;
        Usulan.BeritaAcaraUkuran = (int)berkas.Length;
        if (Usulan.Status != StatusUsulan.BaMusdesDiunggah
            && Usulan.Ubah(StatusUsulan.BaMusdesDiunggah, PelakuUsulan.Operator, null, await SandboxSaya.PelakuAsync(db, User), clock.GetUtcNow()) is { } galat)
            return Gagal(galat);
        Usulan.DiubahPada = clock.GetUtcNow();
        await db.SaveChangesAsync();
        TempData["Pesan"] = "Berita acara musdes diunggah.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAjukanAsync(int id)
    {
        if (!await MuatAsync(id)) return NotFound();
        var galat = Usulan.Status == StatusUsulan.Draft || AlurUsulan.KembaliKeDesa(Usulan.Status)
            ? "Unggah berita acara musdes dulu sebelum mengajukan ke kabupaten."
            : Usulan.Ajukan(await SandboxSaya.PelakuAsync(db, User), clock.GetUtcNow(), jadwal.Value);
        if (galat is not null) return Gagal(galat);
        await db.SaveChangesAsync();
        TempData["Pesan"] = Usulan.DiajukanSetelahJendela
            ? $"Usulan diajukan ke kabupaten. Jendela input bulan ini sudah ditutup, jadi usulan disimpan untuk siklus {Usulan.SiklusBulan!.Teks}."
            : $"Usulan diajukan ke kabupaten untuk siklus {Usulan.SiklusBulan!.Teks}.";
        return RedirectToPage(new { id });
    }

    private IActionResult Gagal(string pesan)
    {
        Galat = pesan;
        return Page();
    }

    private async Task<bool> MuatAsync(int id)
    {
        var sandbox = await penyimpan.PastikanAsync(SandboxSaya.UserId(User));
        var usulan = await db.SandboxUsulan.Include(u => u.Riwayat).SingleOrDefaultAsync(u => u.Id == id && u.SandboxId == sandbox.Id);
        if (usulan is null) return false;
        Usulan = usulan;
        return true;
    }
}
