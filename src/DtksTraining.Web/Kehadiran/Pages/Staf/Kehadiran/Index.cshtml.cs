using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Kehadiran.Pages.Staf.Kehadiran;

public class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public record Baris(int Id, DateOnly Tanggal, string Jam, string Tempat, int Terdaftar, int Hadir);
    public List<Baris> Sesi { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var hariIni = Wib.Hari(clock.GetUtcNow());
        var sesi = await db.Sesi.AsNoTracking()
            .Where(s => s.Status != StatusSesi.Dibatalkan)
            .Select(s => new
            {
                s.Id, s.Tanggal, s.MulaiUtc, s.SelesaiUtc, Tempat = s.Venue!.Nama,
                Terdaftar = s.Enrolmen.Count(e => e.Status == StatusEnrolmen.Terkonfirmasi || e.Status == StatusEnrolmen.Hadir || e.Status == StatusEnrolmen.TidakHadir),
                Hadir = db.Kehadiran.Count(k => k.SesiId == s.Id && (k.Status == StatusKehadiran.Hadir || k.Status == StatusKehadiran.Terlambat)),
            })
            .ToListAsync();
        // Today's sessions first, then the coming ones, then the past.
        Sesi = sesi
            .OrderBy(s => s.Tanggal == hariIni ? 0 : s.Tanggal > hariIni ? 1 : 2)
            .ThenBy(s => s.Tanggal < hariIni ? -s.Tanggal.DayNumber : s.Tanggal.DayNumber)
            .Select(s => new Baris(s.Id, s.Tanggal, $"{Wib.Dari(s.MulaiUtc):HH.mm}–{Wib.Dari(s.SelesaiUtc):HH.mm}", s.Tempat, s.Terdaftar, s.Hadir))
            .ToList();
    }
}
