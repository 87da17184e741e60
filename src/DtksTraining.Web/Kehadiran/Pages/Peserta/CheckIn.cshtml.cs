using System.Security.Claims;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Kehadiran.Pages.Staf.Kehadiran;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Kehadiran.Pages.Peserta;

public class CheckInModel(AppDbContext db, PencatatKehadiran pencatat, TimeProvider clock) : PageModel
{
    public record PilihanSesi(int Id, string Label);
    public List<PilihanSesi> Sesi { get; private set; } = [];
    public int? SesiId { get; private set; }
    public string? Kode { get; private set; }

    public async Task OnGetAsync() => await MuatAsync();

    public async Task<IActionResult> OnPostAsync(int sesiId, string? kode)
    {
        await MuatAsync();
        (SesiId, Kode) = (sesiId, kode);
        if (Sesi.All(s => s.Id != sesiId))
        {
            ModelState.AddModelError("", "Sesi ini bukan sesi Anda hari ini.");
            return Page();
        }
        var kunci = Convert.FromBase64String(await db.RahasiaAsync(KodeModel.NamaKunci, () => AppDbContext.AcakBase64(32), clock));
        var now = clock.GetUtcNow();
        if (!KodeSesi.Cocok(kode, sesiId, kunci, now))
        {
            ModelState.AddModelError(nameof(Kode), "Kode salah atau sudah berganti. Ketik kode yang tampil di layar sekarang.");
            return Page();
        }
        var mulai = await db.Sesi.Where(s => s.Id == sesiId).Select(s => s.MulaiUtc).SingleAsync();
        var hasil = await pencatat.CatatAsync(sesiId, User.FindFirstValue(ClaimTypes.NameIdentifier)!,
            AturanKehadiran.StatusSaatDatang(mulai, now), CaraCatat.KodeSesi, User.Identity!.Name!, olehAdmin: false);
        if (!hasil.Berhasil)
        {
            ModelState.AddModelError(nameof(Kode), hasil.Galat!);
            return Page();
        }
        TempData["Pesan"] = $"Terima kasih, kehadiran Anda tercatat: {AturanKehadiran.Label(hasil.Status!.Value)}.";
        return LocalRedirect("/");
    }

    private async Task MuatAsync()
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var hariIni = Wib.Hari(clock.GetUtcNow());
        Sesi = (await db.Enrolmen.AsNoTracking()
                .Where(e => e.PesertaId == userId && e.Sesi!.Tanggal == hariIni
                            && (e.Status == StatusEnrolmen.Terkonfirmasi || e.Status == StatusEnrolmen.Hadir || e.Status == StatusEnrolmen.TidakHadir))
                .Select(e => new { e.SesiId, Tempat = e.Sesi!.Venue!.Nama, e.Sesi.MulaiUtc })
                .ToListAsync())
            .Select(s => new PilihanSesi(s.SesiId, $"{s.Tempat}, {Wib.Dari(s.MulaiUtc):HH.mm} WIB"))
            .ToList();
    }
}
