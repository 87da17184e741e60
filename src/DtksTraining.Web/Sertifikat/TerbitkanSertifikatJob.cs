using DtksTraining.Web.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sertifikat;

public sealed class TerbitkanSertifikatJob(AppDbContext db, PenerbitSertifikat penerbit, KabarSertifikat kabar, IBackgroundJobClient jobs)
{
    public const string IdSapuan = "sertifikat-sapuan-harian";
    public const string JadwalSapuan = "0 2 * * *";

    // Safe to run again: an issued certificate is found first, and its mail is queued at most once (outbox dedup key).
    [AutomaticRetry(Attempts = 5)]
    public async Task TerbitkanAsync(string userId, int putaranId, CancellationToken ct)
    {
        var hasil = await penerbit.TerbitkanAsync(userId, putaranId, ct);
        if (hasil.SertifikatId is { } id) await kabar.KirimAsync(id, ct);
    }

    // Daily catch-up for criteria met without a trigger (a missed enqueue, a round's exercises changed, data fixed by hand).
    public async Task<int> SapuAsync(CancellationToken ct)
    {
        var calon = await db.Kehadiran.AsNoTracking()
            .Where(k => (k.Status == StatusKehadiran.Hadir || k.Status == StatusKehadiran.Terlambat)
                        && !db.Sertifikat.Any(s => s.UserId == k.PesertaId && s.PutaranId == k.Sesi!.PutaranId && s.Terkini))
            .Select(k => new { k.PesertaId, k.Sesi!.PutaranId }).Distinct().ToListAsync(ct);
        var diantre = 0;
        foreach (var c in calon)
        {
            if (await penerbit.PeriksaAsync(c.PesertaId, c.PutaranId, ct) is not { Layak: true }) continue;
            jobs.Enqueue<TerbitkanSertifikatJob>(j => j.TerbitkanAsync(c.PesertaId, c.PutaranId, CancellationToken.None));
            diantre++;
        }
        return diantre;
    }
}
