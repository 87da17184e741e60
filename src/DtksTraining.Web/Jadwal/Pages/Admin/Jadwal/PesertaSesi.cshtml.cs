using System.Security.Claims;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Jadwal.Pages.Admin.Jadwal;

[EnableRateLimiting(ShellExtensions.SeatQueue)]
public class PesertaSesiModel(AppDbContext db, PendaftaranSesi pendaftaran, IStringLocalizer<SharedResource> S) : PageModel
{
    public sealed record Baris(int Id, string Nama, string UserName, string? Desa, StatusEnrolmen Status, DateTimeOffset DidaftarPada, string Pin, string? Alasan,
        string? Telepon)
    {
        public string? NomorWhatsApp => PesanWhatsApp.Nomor(Telepon);
    }

    // The session as a WhatsApp message: to one participant (with their PIN) or, without a number, to a group.
    public PesanWhatsApp.Isi? IsiSesi { get; private set; }
    public string TautanWhatsApp(Baris b) => PesanWhatsApp.Tautan(b.NomorWhatsApp,
        PesanWhatsApp.Teks(IsiSesi! with { NamaPeserta = b.Nama, Pin = b.Status == StatusEnrolmen.Terkonfirmasi ? b.Pin : null }));
    public string TautanWhatsAppSesi => PesanWhatsApp.Tautan(null, PesanWhatsApp.Teks(IsiSesi!));

    [BindProperty(SupportsGet = true)] public int SesiId { get; set; }
    [BindProperty] public string? NamaPengguna { get; set; }
    [BindProperty] public int EnrolmenId { get; set; }
    [BindProperty] public string? Alasan { get; set; }
    public int PutaranId { get; private set; }
    public string Judul { get; private set; } = "";
    public List<Baris> Daftar { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await MuatAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostDaftarAsync()
    {
        if (!await MuatAsync()) return NotFound();
        var nama = NamaPengguna?.Trim().ToLowerInvariant();
        var pesertaId = await db.Users.Where(u => u.UserName == nama).Select(u => u.Id).SingleOrDefaultAsync();
        if (pesertaId is null)
        {
            ModelState.AddModelError(nameof(NamaPengguna), S["Nama pengguna tidak ditemukan."]);
            return Page();
        }
        var hasil = await pendaftaran.DaftarkanAsync(SesiId, pesertaId, User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted);
        if (hasil.Galat is not null)
        {
            ModelState.AddModelError(nameof(NamaPengguna), hasil.Galat);
            return Page();
        }
        TempData["Pesan"] = hasil.Status == StatusEnrolmen.Terkonfirmasi
            ? S["{0} mendapat kursi. Kursi sudah terkonfirmasi.", nama!].Value
            : S["Kursi sudah penuh; {0} masuk daftar tunggu.", nama!].Value;
        return RedirectToPage(new { SesiId });
    }

    public async Task<IActionResult> OnPostBatalAsync()
    {
        if (!await MuatAsync()) return NotFound();
        if (Daftar.All(d => d.Id != EnrolmenId)) return NotFound();
        if (await pendaftaran.BatalkanAsync(EnrolmenId, Alasan, olehAdmin: true, HttpContext.RequestAborted) is { } galat)
        {
            ModelState.AddModelError(nameof(Alasan), galat);
            return Page();
        }
        TempData["Pesan"] = S["Pendaftaran dibatalkan."].Value;
        return RedirectToPage(new { SesiId });
    }

    private async Task<bool> MuatAsync()
    {
        var sesi = await db.Sesi.AsNoTracking().Where(s => s.Id == SesiId)
            .Select(s => new { s.PutaranId, s.MulaiUtc, s.SelesaiUtc, Venue = s.Venue!.Nama, s.Venue.Alamat, Putaran = s.Putaran!.Nama })
            .SingleOrDefaultAsync();
        if (sesi is null) return false;
        PutaranId = sesi.PutaranId;
        IsiSesi = new PesanWhatsApp.Isi(sesi.Putaran, sesi.Venue, sesi.Alamat, sesi.MulaiUtc, sesi.SelesaiUtc);
        Judul = $"{Wib.Tampil(sesi.MulaiUtc)} · {sesi.Venue}";
        var baris = await db.Enrolmen.AsNoTracking().Where(e => e.SesiId == SesiId)
            .Select(e => new Baris(e.Id, e.Peserta!.NamaLengkap, e.Peserta.UserName!, e.Peserta.Desa == null ? null : e.Peserta.Desa.Nama,
                e.Status, e.DidaftarPada, e.Pin, e.Alasan, e.Peserta.PhoneNumber))
            .ToListAsync();
        Daftar = baris.OrderBy(b => b.Status == StatusEnrolmen.Dibatalkan).ThenBy(b => b.DidaftarPada).ThenBy(b => b.Id).ToList();
        return true;
    }
}
