using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Jadwal;

// Which round a staff list opens on: the one running today, not the newest round someone just created empty.
public static class PutaranKini
{
    public sealed record Calon(int Id, DateOnly TanggalMulai, DateOnly TanggalSelesai, bool AdaKegiatan);

    public static int? Pilih(IReadOnlyList<Calon> putaran, DateOnly hariIni) =>
        putaran.Where(p => p.TanggalMulai <= hariIni && hariIni <= p.TanggalSelesai)
            .OrderByDescending(p => p.AdaKegiatan).ThenByDescending(p => p.TanggalMulai).Select(p => (int?)p.Id).FirstOrDefault()
        ?? putaran.Where(p => p.AdaKegiatan).OrderByDescending(p => p.TanggalMulai).Select(p => (int?)p.Id).FirstOrDefault()
        ?? putaran.OrderByDescending(p => p.TanggalMulai).Select(p => (int?)p.Id).FirstOrDefault();

    public static async Task<int?> PilihAsync(AppDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var calon = await db.PutaranPelatihan.AsNoTracking()
            .Select(p => new Calon(p.Id, p.TanggalMulai, p.TanggalSelesai, p.Sesi.Any() || db.Enrolmen.Any(e => e.PutaranId == p.Id)))
            .ToListAsync(ct);
        return Pilih(calon, Wib.Hari(clock.GetUtcNow()));
    }
}
