using DtksTraining.Web.Data;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Kehadiran.Pages.Staf.Kehadiran;

public class DaftarHadirModel(AppDbContext db, PencatatKehadiran pencatat) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var sesi = await db.Sesi.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.Tanggal, s.MulaiUtc, s.SelesaiUtc, Putaran = s.Putaran!.Nama, Tempat = s.Venue!.Nama, s.Venue.Alamat })
            .SingleOrDefaultAsync();
        if (sesi is null) return NotFound();
        var baris = (await pencatat.DaftarAsync(id))
            .Select(p => new BarisDaftarHadir(p.Nama, p.Jabatan, p.Desa,
                p.TanpaDaftar ? "tanpa pendaftaran"
                : p.Status is { } st && !AturanKehadiran.MenghitungHadir(st) ? AturanKehadiran.Label(st) : null))
            .ToList();
        var pdf = DaftarHadirPdf.Buat(new DataDaftarHadir(sesi.Putaran, sesi.Tempat, sesi.Alamat, sesi.Tanggal,
            $"{Wib.Dari(sesi.MulaiUtc):HH.mm}–{Wib.Dari(sesi.SelesaiUtc):HH.mm}", baris));
        return File(pdf, "application/pdf", $"daftar-hadir-sesi-{id}-{sesi.Tanggal:yyyy-MM-dd}.pdf");
    }
}
