using DtksTraining.Web.Data;
using DtksTraining.Web.Documents;
using DtksTraining.Web.Domain;
using DtksTraining.Web.Domain.Attendance;
using DtksTraining.Web.Domain.Scheduling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Pages.Staf.Kehadiran;

public class DaftarHadirModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var sesi = await db.Sesi.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.Tanggal, s.MulaiUtc, s.SelesaiUtc, Putaran = s.Putaran!.Nama, Tempat = s.Venue!.Nama, s.Venue.Alamat })
            .SingleOrDefaultAsync();
        if (sesi is null) return NotFound();
        var terdaftar = await db.Enrolmen.AsNoTracking()
            .Where(e => e.SesiId == id && (e.Status == StatusEnrolmen.Terkonfirmasi || e.Status == StatusEnrolmen.Hadir || e.Status == StatusEnrolmen.TidakHadir))
            .Select(e => new { e.PesertaId, e.Peserta!.NamaLengkap, e.Peserta.Jabatan, Desa = e.Peserta.Desa!.Nama })
            .ToListAsync();
        var tanda = await db.Kehadiran.AsNoTracking().Where(k => k.SesiId == id)
            .Select(k => new { k.PesertaId, k.Status, k.TanpaDaftar, k.Peserta!.NamaLengkap, k.Peserta.Jabatan, Desa = k.Peserta.Desa!.Nama })
            .ToListAsync();
        var statusPer = tanda.ToDictionary(t => t.PesertaId);
        var baris = terdaftar
            .Select(e => new BarisDaftarHadir(e.NamaLengkap, e.Jabatan ?? "", e.Desa ?? "",
                statusPer.TryGetValue(e.PesertaId, out var t) && !AturanKehadiran.MenghitungHadir(t.Status) ? AturanKehadiran.Label(t.Status) : null))
            .Concat(tanda.Where(t => t.TanpaDaftar).Select(t => new BarisDaftarHadir(t.NamaLengkap, t.Jabatan ?? "", t.Desa ?? "", "tanpa pendaftaran")))
            .OrderBy(b => b.Desa).ThenBy(b => b.Nama)
            .ToList();
        var pdf = DaftarHadirPdf.Buat(new DataDaftarHadir(sesi.Putaran, sesi.Tempat, sesi.Alamat, sesi.Tanggal,
            $"{Wib.Dari(sesi.MulaiUtc):HH.mm}–{Wib.Dari(sesi.SelesaiUtc):HH.mm}", baris));
        return File(pdf, "application/pdf", $"daftar-hadir-sesi-{id}-{sesi.Tanggal:yyyy-MM-dd}.pdf");
    }
}
