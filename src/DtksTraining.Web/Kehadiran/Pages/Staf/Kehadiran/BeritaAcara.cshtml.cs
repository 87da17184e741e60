using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DtksTraining.Web.Kehadiran.Pages.Staf.Kehadiran;

public class BeritaAcaraModel(AppDbContext db, IOptions<DinsosOptions> dinsos) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var sesi = await db.Sesi.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new
            {
                s.Tanggal, s.MulaiUtc, s.SelesaiUtc, Putaran = s.Putaran!.Nama, Tempat = s.Venue!.Nama, s.Venue.Alamat,
                Fasilitator = s.Fasilitator.Select(f => f.Fasilitator!.NamaLengkap).ToList(),
                Terdaftar = s.Enrolmen.Count(e => e.Status == StatusEnrolmen.Terkonfirmasi || e.Status == StatusEnrolmen.Hadir || e.Status == StatusEnrolmen.TidakHadir),
            })
            .SingleOrDefaultAsync();
        if (sesi is null) return NotFound();
        var tanda = await db.Kehadiran.AsNoTracking().Where(k => k.SesiId == id).Select(k => new { k.Status, k.TanpaDaftar }).ToListAsync();
        var terdaftarTercatat = tanda.Where(t => !t.TanpaDaftar).ToList();
        int Hitung(StatusKehadiran status) => terdaftarTercatat.Count(t => t.Status == status);
        var belumDicatat = sesi.Terdaftar - terdaftarTercatat.Count;
        var pdf = BeritaAcaraPdf.Buat(new DataBeritaAcara(sesi.Putaran, sesi.Tempat, sesi.Alamat, sesi.Tanggal,
            $"{Wib.Dari(sesi.MulaiUtc):HH.mm}–{Wib.Dari(sesi.SelesaiUtc):HH.mm}", sesi.Fasilitator.Order().ToList(),
            sesi.Terdaftar, Hitung(StatusKehadiran.Hadir), Hitung(StatusKehadiran.Terlambat), Hitung(StatusKehadiran.Izin),
            Hitung(StatusKehadiran.TidakHadir) + belumDicatat, tanda.Count(t => t.TanpaDaftar), dinsos.Value.Penandatangan));
        return File(pdf, "application/pdf", $"berita-acara-sesi-{id}-{sesi.Tanggal:yyyy-MM-dd}.pdf");
    }
}
