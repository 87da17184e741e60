using DtksTraining.Web.Akun;
using DtksTraining.Web.Data;
using DtksTraining.Web.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Jadwal;

// Feeds PerencanaJadwal from the database and turns an accepted proposal into sessions.
public static class PerencanaanPutaran
{
    public static async Task<PermintaanJadwal> PermintaanAsync(AppDbContext db, PutaranPelatihan putaran, CancellationToken ct = default)
    {
        var kecamatan = await db.Kecamatan.AsNoTracking()
            .OrderBy(k => k.Kode)
            .Select(k => new KecamatanPeserta(k.Kode, k.Nama, k.Desa.Count, 0))
            .ToListAsync(ct);
        var venue = await db.Venue.AsNoTracking().OrderBy(v => v.Kode).Select(v => new VenueJadwal(v.Kode, v.Kapasitas)).ToListAsync(ct);
        var preferensi = await db.VenuePreference.AsNoTracking().OrderBy(p => p.KecamatanKode).ThenBy(p => p.Urutan).ToListAsync(ct);
        var terdekat = preferensi.GroupBy(p => p.KecamatanKode)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.VenueKode).ToList());
        return new PermintaanJadwal(putaran.Jadwal(), kecamatan, venue, terdekat, await FasilitatorAsync(db, ct));
    }

    public static Task<List<string>> FasilitatorAsync(AppDbContext db, CancellationToken ct = default) =>
        (from u in db.Users
         join ur in db.UserRoles on u.Id equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where r.Name == Peran.Fasilitator && u.Aktif
         orderby u.Id
         select u.Id).ToListAsync(ct);

    public static List<Sesi> BuatSesi(PutaranPelatihan putaran, IEnumerable<SesiUsulan> usulan) =>
        usulan.Select(u =>
        {
            var sesi = new Sesi
            {
                PutaranId = putaran.Id,
                VenueKode = u.VenueKode,
                Kapasitas = u.Kapasitas,
                Status = StatusSesi.Direncanakan,
                Kecamatan = u.Kecamatan
                    .Select(k => new SesiKecamatan { KecamatanKode = k.KecamatanKode, Kursi = k.Kursi, DilepasPada = putaran.KuotaDilepasPada(u.Tanggal) })
                    .ToList(),
                Fasilitator = u.Fasilitator.Select(f => new SesiFasilitator { FasilitatorId = f }).ToList(),
            };
            sesi.AturWaktu(u.Tanggal, u.JamMulai, u.JamSelesai);
            return sesi;
        }).ToList();
}
