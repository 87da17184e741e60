using DtksTraining.Web.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sertifikat;

// Asks for a certificate check when a criterion may have just been met; the job itself decides and never issues twice.
public sealed class PemicuSertifikat(AppDbContext db, IBackgroundJobClient jobs)
{
    public void Putaran(string userId, int putaranId) =>
        jobs.Enqueue<TerbitkanSertifikatJob>(j => j.TerbitkanAsync(userId, putaranId, CancellationToken.None));

    // A quiz or exercise counts for every round the participant attended and holds no certificate for yet.
    public async Task PesertaAsync(string userId, CancellationToken ct = default)
    {
        var putaran = await db.Kehadiran.AsNoTracking()
            .Where(k => k.PesertaId == userId && (k.Status == StatusKehadiran.Hadir || k.Status == StatusKehadiran.Terlambat)
                        && !db.Sertifikat.Any(s => s.UserId == userId && s.PutaranId == k.Sesi!.PutaranId && s.Terkini))
            .Select(k => k.Sesi!.PutaranId).Distinct().ToListAsync(ct);
        foreach (var putaranId in putaran) Putaran(userId, putaranId);
    }
}
