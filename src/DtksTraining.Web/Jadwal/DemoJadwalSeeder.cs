using System.Security.Cryptography;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Data;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Jadwal;

// The 2024 round as it ran: planned by PerencanaJadwal, every demo participant seated in the session for their kecamatan.
public sealed class DemoJadwalSeeder(AppDbContext db, TimeProvider clock) : IDemoDataSeeder
{
    public const string NamaPutaran = "Pelatihan Pemutakhiran DTKS 2024";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.PutaranPelatihan.AnyAsync(cancellationToken)) return;
        var now = clock.GetUtcNow();
        var putaran = new PutaranPelatihan
        {
            Nama = NamaPutaran,
            TanggalMulai = new DateOnly(2024, 10, 15),
            TanggalSelesai = new DateOnly(2024, 10, 23),
            Status = StatusPutaran.Selesai,
            DibuatPada = now,
        };
        var hasil = PerencanaJadwal.Susun(await PerencanaanPutaran.PermintaanAsync(db, putaran, cancellationToken));
        putaran.Sesi = PerencanaanPutaran.BuatSesi(putaran, hasil.Sesi);
        foreach (var s in putaran.Sesi) s.Status = StatusSesi.Ditutup;

        db.PutaranPelatihan.Add(putaran);
        await db.SaveChangesAsync(cancellationToken);

        var peserta = await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where (r.Name == Peran.KepalaDesa || r.Name == Peran.Operator) && u.Desa != null
            orderby u.UserName
            select new { u.Id, u.Desa!.KecamatanKode }).ToListAsync(cancellationToken);
        var pin = new HashSet<string>();
        foreach (var p in peserta)
        {
            var sesi = putaran.Sesi.FirstOrDefault(s => s.Kecamatan.Any(k => k.KecamatanKode == p.KecamatanKode && k.Kursi > 0));
            if (sesi is null || sesi.Terkonfirmasi >= sesi.Kapasitas) continue;
            var didaftar = Wib.Pada(putaran.TanggalMulai.AddDays(-14), new TimeOnly(9, 0)).ToUniversalTime();
            var enrolmen = new Enrolmen
            {
                PutaranId = putaran.Id,
                PesertaId = p.Id,
                KecamatanKode = p.KecamatanKode,
                Status = StatusEnrolmen.Terkonfirmasi,
                DidaftarkanOleh = p.Id,
                DidaftarPada = didaftar,
                DikonfirmasiPada = didaftar,
                Pin = PinCheckIn.Buat(pin),
                TokenQr = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            };
            pin.Add(enrolmen.Pin);
            sesi.Enrolmen.Add(enrolmen);
            sesi.Terkonfirmasi++;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
