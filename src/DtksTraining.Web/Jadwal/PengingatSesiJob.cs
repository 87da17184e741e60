using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Jadwal;

public sealed class PengingatSesiJob(AppDbContext db, KabarJadwal kabar, PendaftaranSesi pendaftaran, TimeProvider clock)
{
    public const string IdPengingat = "pengingat-sesi";
    public const string IdPromosi = "promosi-daftar-tunggu";

    // Only the latest reminder that came due after the seat was confirmed: someone confirmed at H-2 gets H-1, not a late H-3.
    public async Task<int> KirimPengingatAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hariIni = Wib.Hari(now);
        var batas = hariIni.AddDays(Pengingat.HariSebelum(JenisPengingat.H3));
        var calon = await db.Enrolmen.AsNoTracking()
            .Where(e => e.Status == StatusEnrolmen.Terkonfirmasi && e.Sesi!.Status != StatusSesi.Dibatalkan
                        && e.Sesi.Tanggal >= hariIni && e.Sesi.Tanggal <= batas)
            .Select(e => new { e.Id, e.Sesi!.Tanggal, e.Sesi.MulaiUtc, e.DikonfirmasiPada })
            .ToListAsync(cancellationToken);
        var terkirim = 0;
        foreach (var c in calon.Where(c => c.MulaiUtc > now).OrderBy(c => c.Id))
        {
            var jatuh = Enum.GetValues<JenisPengingat>()
                .Select(j => (Jenis: j, Waktu: Pengingat.WaktuKirimUtc(c.Tanggal, j)))
                .Where(p => p.Waktu <= now && p.Waktu >= (c.DikonfirmasiPada ?? DateTimeOffset.MinValue))
                .OrderByDescending(p => p.Waktu)
                .Select(p => (JenisPengingat?)p.Jenis)
                .FirstOrDefault();
            if (jatuh is { } jenis && await kabar.KirimPengingatAsync(c.Id, jenis, cancellationToken)) terkirim++;
        }
        return terkirim;
    }

    // Seats held for a kecamatan open up at their release time; the wait-list moves up then.
    public async Task<int> PromosikanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sesi = await db.Sesi.AsNoTracking()
            .Where(s => s.Status == StatusSesi.Dibuka && s.Terkonfirmasi < s.Kapasitas
                        && s.Enrolmen.Any(e => e.Status == StatusEnrolmen.DaftarTunggu))
            .Select(s => new { s.Id, s.MulaiUtc })
            .ToListAsync(cancellationToken);
        var naik = 0;
        foreach (var s in sesi.Where(s => s.MulaiUtc > now))
            naik += (await pendaftaran.PromosikanAsync(s.Id, cancellationToken)).Count;
        return naik;
    }
}
