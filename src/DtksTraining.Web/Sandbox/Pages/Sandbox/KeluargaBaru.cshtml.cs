using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Sandbox.Pages.Sandbox;

// A family entered with its head: usulan baru for a poor family not yet in DTSEN (exclusion error), or pindah masuk for a
// family that moved in and already has a record elsewhere.
public class KeluargaBaruModel(AppDbContext db, SandboxPenyimpan penyimpan, DaftarKode daftar, TimeProvider clock, IStringLocalizer<SharedResource> S)
    : PageModel
{
    [BindProperty] public string? NoKk { get; set; }
    [BindProperty, Required(ErrorMessage = "Alamat wajib diisi."), StringLength(200, ErrorMessage = "Alamat paling banyak 200 huruf.")]
    public string? Alamat { get; set; }
    [BindProperty] public bool PindahMasuk { get; set; }
    [BindProperty, StringLength(200, ErrorMessage = "Asal paling banyak 200 huruf.")]
    public string? Asal { get; set; }
    [BindProperty] public IsianAnggota Input { get; set; } = new() { Hubungan = HubunganKeluarga.KepalaKeluarga, StatusPerkawinan = StatusPerkawinan.Kawin };

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var sandbox = await penyimpan.PastikanAsync(SandboxSaya.UserId(User));
        var noKk = NoKk?.Trim() ?? "";
        if (Web.Sandbox.NoKk.Periksa(noKk) is { } galatKk) ModelState.AddModelError(nameof(NoKk), galatKk);
        else if (await db.SandboxKeluarga.AnyAsync(k => k.SandboxId == sandbox.Id && k.NoKk == noKk))
            ModelState.AddModelError(nameof(NoKk), $"KK {noKk} sudah ada di DTKS desa ini: ajukan perbaikan data, bukan usulan baru.");
        if (PindahMasuk && string.IsNullOrWhiteSpace(Asal))
            ModelState.AddModelError(nameof(Asal), "Isi desa dan kecamatan asal keluarga yang pindah masuk.");
        if (!ModelState.IsValid) return Page();

        var nomorRumahTangga = await db.SandboxRumahTangga.Where(r => r.SandboxId == sandbox.Id).MaxAsync(r => (int?)r.Nomor) + 1 ?? 1;
        var nomorKeluarga = await db.SandboxKeluarga.Where(k => k.SandboxId == sandbox.Id).MaxAsync(k => (int?)k.Nomor) + 1 ?? 1;
        var rumahTangga = new SandboxRumahTangga
        {
            SandboxId = sandbox.Id, Nomor = nomorRumahTangga, IdRumahTangga = $"{sandbox.DesaKode.Replace(".", "")}-B{nomorRumahTangga:0000}",
            KepemilikanBangunan = KepemilikanBangunan.MilikSendiri, SumberPenerangan = SumberPenerangan.ListrikPln, DayaListrik = 450,
            BahanBakar = BahanBakarMemasak.KayuBakar, FasilitasBab = FasilitasBab.Bersama,
        };
        var keluarga = new SandboxKeluarga
        {
            SandboxId = sandbox.Id, Nomor = nomorKeluarga, RumahTanggaNomor = nomorRumahTangga, NoKk = noKk,
            DesaKode = sandbox.DesaKode, Alamat = Alamat!.Trim(),
        };
        var kepala = new SandboxAnggota
        {
            SandboxId = sandbox.Id, KeluargaNomor = nomorKeluarga, NoKk = noKk, Nik = "", Nama = "", Aktif = true,
            Keberadaan = StatusKeberadaan.TinggalDiRumahTangga,
            Nomor = await db.SandboxAnggota.Where(a => a.SandboxId == sandbox.Id).MaxAsync(a => (int?)a.Nomor) + 1 ?? 1,
        };
        Input.Terapkan(kepala, daftar);
        var domain = SandboxPenyimpan.KeDomain(keluarga, SandboxPenyimpan.KeDomain(rumahTangga));
        var isian = SandboxPenyimpan.KeDomain(kepala);
        domain.Anggota.Add(isian);
        var kkLain = await db.SandboxAnggota.Where(a => a.SandboxId == sandbox.Id && a.Nik == kepala.Nik && a.Aktif)
            .Select(a => a.NoKk).ToListAsync();
        foreach (var pesan in PeriksaIsian.Anggota(domain, isian, kkLain, Wib.Hari(clock.GetUtcNow()), daftar))
            ModelState.AddModelError("", pesan);
        if (!ModelState.IsValid) return Page();

        db.SandboxRumahTangga.Add(rumahTangga);
        db.SandboxKeluarga.Add(keluarga);
        db.SandboxAnggota.Add(kepala);
        var asal = PindahMasuk ? Asal!.Trim() : null;
        db.SandboxUsulan.Add(SandboxUsulan.Draf(sandbox.Id, PindahMasuk ? JenisUsulan.PindahMasuk : JenisUsulan.UsulanBaru, noKk, kepala.Nik, null,
            JsonSerializer.Serialize(new { NoKk = noKk, Alamat = keluarga.Alamat, Asal = asal, Kepala = Input }, KeluargaModel.Json),
            asal is null ? null : $"Pindah masuk dari {asal}", await SandboxSaya.PelakuAsync(db, User), clock.GetUtcNow()));
        await db.SaveChangesAsync();
        TempData["Pesan"] = PindahMasuk
            ? S["Keluarga {0} dicatat dan usulan pindah masuk dibuat sebagai draf. Tambahkan anggota lainnya.", noKk].Value
            : S["Keluarga {0} dicatat dan usulan baru dibuat sebagai draf. Tambahkan anggota lainnya.", noKk].Value;
        return RedirectToPage("/Sandbox/Pages/Sandbox/Keluarga", new { noKk });
    }
}
