using DtksTraining.Web.Akun;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Sertifikat;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Cakupan;

public sealed record DataCakupan(List<DesaWilayah> Desa, List<FaktaPeserta> Peserta, int JumlahLatihanWajib);

// The facts behind the coverage dashboard and the weekly summary mail: a fixed handful of set queries
// (desa, participants, enrolments, grouped quiz results, grouped exercise results, certificates), never one per participant.
public static class SumberCakupan
{
    public static async Task<DataCakupan> MuatAsync(AppDbContext db, PustakaLatihan pustaka, int? putaran, CancellationToken ct = default)
    {
        var desa = await db.Desa.AsNoTracking()
            .Select(d => new DesaWilayah(d.Kode, d.Nama, d.KecamatanKode, d.Kecamatan!.Nama)).ToListAsync(ct);
        var peserta = await (from u in db.Users
                             join ur in db.UserRoles on u.Id equals ur.UserId
                             join r in db.Roles on ur.RoleId equals r.Id
                             where u.DesaKode != null && u.Aktif && (r.Name == Peran.KepalaDesa || r.Name == Peran.Operator)
                             select new { u.Id, u.NamaLengkap, Peran = r.Name!, DesaKode = u.DesaKode! }).AsNoTracking().ToListAsync(ct);
        var enrolmen = await db.Enrolmen.AsNoTracking().Where(e => e.PutaranId == putaran)
            .Select(e => new { e.PesertaId, e.Status }).ToListAsync(ct);
        var wajib = pustaka.Berlaku(await db.PutaranPelatihan.AsNoTracking().Where(p => p.Id == putaran).Select(p => p.LatihanWajib).FirstOrDefaultAsync(ct) ?? []);
        var kuis = (await db.QuizAttempt.AsNoTracking().Where(a => a.GradedAt != null)
                .GroupBy(a => a.UserId)
                .Select(g => new { UserId = g.Key, Lulus = g.Any(a => a.Passed == true) }).ToListAsync(ct))
            .ToDictionary(k => k.UserId, k => k.Lulus);
        var latihan = (await db.PenyelesaianLatihan.AsNoTracking()
                .Where(p => p.Lulus && (wajib.Count == 0 || wajib.Contains(p.LatihanId)))
                .GroupBy(p => p.UserId)
                .Select(g => new { UserId = g.Key, Jumlah = g.Count() }).ToListAsync(ct))
            .ToDictionary(l => l.UserId, l => l.Jumlah);
        var bersertifikat = (await db.Sertifikat.AsNoTracking()
                .Where(s => s.PutaranId == putaran && s.Terkini && s.Status == StatusSertifikat.Berlaku)
                .Select(s => s.UserId).ToListAsync(ct))
            .ToHashSet();
        var perPeserta = enrolmen.GroupBy(e => e.PesertaId).ToDictionary(g => g.Key, g => g.Select(e => e.Status).ToList());
        return new DataCakupan(desa, peserta.Select(p =>
        {
            var status = perPeserta.GetValueOrDefault(p.Id) ?? [];
            return new FaktaPeserta(p.Id, p.NamaLengkap, p.Peran, p.DesaKode,
                status.Any(s => s is StatusEnrolmen.Terkonfirmasi or StatusEnrolmen.Hadir or StatusEnrolmen.TidakHadir),
                status.Contains(StatusEnrolmen.Hadir), status.Contains(StatusEnrolmen.TidakHadir),
                kuis.ContainsKey(p.Id), kuis.GetValueOrDefault(p.Id), latihan.GetValueOrDefault(p.Id), bersertifikat.Contains(p.Id));
        }).ToList(), wajib.Count);
    }
}
