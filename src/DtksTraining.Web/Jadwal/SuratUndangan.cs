using DtksTraining.Web.Akun;
using DtksTraining.Web.Data;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using DtksTraining.Web.Wilayah;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DtksTraining.Web.Jadwal;

// The number given to a desa's letter in a round; kept so a letter printed again carries the same number.
public class SuratUndangan
{
    public int PutaranId { get; set; }
    public required string DesaKode { get; set; }
    public int Urut { get; set; }
    public required string Nomor { get; set; }
    public DateOnly Tanggal { get; set; }
}

public enum StatusEkspor
{
    Menunggu,
    Berjalan,
    Selesai,
    Gagal,
}

// One bulk download of a round's letters; the page polls this row while the job fills the ZIP.
public class EksporSuratUndangan
{
    public int Id { get; set; }
    public int PutaranId { get; set; }
    public StatusEkspor Status { get; set; }
    public int Jumlah { get; set; }
    public int Selesai { get; set; }
    public string? Galat { get; set; }
    public required string DimintaOleh { get; set; }
    public DateTimeOffset DimintaPada { get; set; }
    public DateTimeOffset? SelesaiPada { get; set; }
}

public sealed class SuratUndanganConfiguration : IEntityTypeConfiguration<SuratUndangan>
{
    public void Configure(EntityTypeBuilder<SuratUndangan> e)
    {
        e.HasKey(s => new { s.PutaranId, s.DesaKode });
        e.Property(s => s.DesaKode).HasMaxLength(13);
        e.Property(s => s.Nomor).HasMaxLength(100);
        e.HasIndex(s => new { s.PutaranId, s.Urut }).IsUnique();
        e.HasOne<PutaranPelatihan>().WithMany().HasForeignKey(s => s.PutaranId);
        e.HasOne<Desa>().WithMany().HasForeignKey(s => s.DesaKode).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EksporSuratUndanganConfiguration : IEntityTypeConfiguration<EksporSuratUndangan>
{
    public void Configure(EntityTypeBuilder<EksporSuratUndangan> e)
    {
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Galat).HasMaxLength(500);
        e.Property(x => x.DimintaOleh).HasMaxLength(450);
        e.HasOne<PutaranPelatihan>().WithMany().HasForeignKey(x => x.PutaranId);
    }
}


public sealed record DesaUndangan(string Kode, string Nama, string Kecamatan, int JumlahPeserta, string? Nomor);

// Builds the letters from the database: who holds a seat in the round, per desa, with their QR and PIN.
public sealed class PenyusunSuratUndangan(AppDbContext db, IOptions<DinsosOptions> dinsos, TimeProvider clock)
{
    public async Task<List<DesaUndangan>> DaftarDesaAsync(int putaranId, CancellationToken ct = default)
    {
        var desa = await db.Enrolmen.AsNoTracking()
            .Where(e => e.PutaranId == putaranId &&
                        (e.Status == StatusEnrolmen.Terkonfirmasi || e.Status == StatusEnrolmen.Hadir || e.Status == StatusEnrolmen.TidakHadir) &&
                        e.Peserta!.DesaKode != null)
            .GroupBy(e => new { e.Peserta!.DesaKode, e.Peserta.Desa!.Nama, Kecamatan = e.Peserta.Desa.Kecamatan!.Nama })
            .Select(g => new { g.Key.DesaKode, g.Key.Nama, g.Key.Kecamatan, Jumlah = g.Count() })
            .ToListAsync(ct);
        var nomor = await db.SuratUndangan.AsNoTracking().Where(s => s.PutaranId == putaranId)
            .ToDictionaryAsync(s => s.DesaKode, s => s.Nomor, ct);
        return desa.OrderBy(d => d.Kecamatan).ThenBy(d => d.Nama)
            .Select(d => new DesaUndangan(d.DesaKode!, d.Nama, d.Kecamatan, d.Jumlah, nomor.GetValueOrDefault(d.DesaKode!)))
            .ToList();
    }

    // The next free sequence number of the round; a unique index settles two admins asking at once.
    public async Task<SuratUndangan> NomorAsync(int putaranId, string desaKode, CancellationToken ct = default)
    {
        for (var percobaan = 0; ; percobaan++)
        {
            var ada = await db.SuratUndangan.AsNoTracking().SingleOrDefaultAsync(s => s.PutaranId == putaranId && s.DesaKode == desaKode, ct);
            if (ada is not null) return ada;
            var urut = (await db.SuratUndangan.Where(s => s.PutaranId == putaranId).MaxAsync(s => (int?)s.Urut, ct) ?? 0) + 1;
            var tanggal = DateOnly.FromDateTime(Wib.Dari(clock.GetUtcNow()).DateTime);
            var baru = new SuratUndangan
            {
                PutaranId = putaranId, DesaKode = desaKode, Urut = urut, Tanggal = tanggal,
                Nomor = NomorSurat.Format(dinsos.Value.PolaNomorSurat, urut, tanggal),
            };
            db.SuratUndangan.Add(baru);
            try
            {
                await db.SaveChangesAsync(ct);
                return baru;
            }
            catch (DbUpdateException) when (percobaan < 10)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<(byte[] Pdf, string NamaBerkas)?> BuatAsync(int putaranId, string desaKode, CancellationToken ct = default)
    {
        var putaran = await db.PutaranPelatihan.AsNoTracking().Where(p => p.Id == putaranId).Select(p => p.Nama).SingleOrDefaultAsync(ct);
        var desa = await db.Desa.AsNoTracking().Where(d => d.Kode == desaKode)
            .Select(d => new { d.Nama, Kecamatan = d.Kecamatan!.Nama }).SingleOrDefaultAsync(ct);
        if (putaran is null || desa is null) return null;
        var peserta = await db.Enrolmen.AsNoTracking()
            .Where(e => e.PutaranId == putaranId && e.Peserta!.DesaKode == desaKode &&
                        (e.Status == StatusEnrolmen.Terkonfirmasi || e.Status == StatusEnrolmen.Hadir || e.Status == StatusEnrolmen.TidakHadir))
            .Select(e => new
            {
                e.Id, e.Pin, e.Peserta!.NamaLengkap, e.Peserta.Jabatan, e.SesiId, e.Sesi!.Tanggal, e.Sesi.MulaiUtc, e.Sesi.SelesaiUtc,
                Tempat = e.Sesi.Venue!.Nama, e.Sesi.Venue.Alamat,
            })
            .ToListAsync(ct);
        if (peserta.Count == 0) return null;

        var kepalaDesa = await (from u in db.Users
                                join ur in db.UserRoles on u.Id equals ur.UserId
                                join r in db.Roles on ur.RoleId equals r.Id
                                where u.DesaKode == desaKode && u.Aktif && r.Name == Peran.KepalaDesa
                                orderby u.NamaLengkap
                                select u.NamaLengkap).FirstOrDefaultAsync(ct);
        var kunci = await db.KunciQrPesertaAsync(clock, ct);
        var nomor = await NomorAsync(putaranId, desaKode, ct);
        var acara = peserta
            .GroupBy(p => new { p.SesiId, p.Tanggal, p.MulaiUtc, p.SelesaiUtc, p.Tempat, p.Alamat })
            .OrderBy(g => g.Key.MulaiUtc)
            .Select(g => new AcaraUndangan(g.Key.Tanggal, TimeOnly.FromDateTime(Wib.Dari(g.Key.MulaiUtc).DateTime),
                TimeOnly.FromDateTime(Wib.Dari(g.Key.SelesaiUtc).DateTime), g.Key.Tempat, g.Key.Alamat,
                g.OrderBy(p => p.Jabatan == Peran.Label(Peran.KepalaDesa) ? 0 : 1).ThenBy(p => p.NamaLengkap)
                    .Select(p => new BarisUndangan(p.NamaLengkap, p.Jabatan ?? "", p.Pin, QrPeserta.Buat(p.Id, kunci))).ToList()))
            .ToList();
        var data = new DataSuratUndangan(nomor.Nomor, nomor.Tanggal, kepalaDesa ?? $"Kepala Desa {desa.Nama}", desa.Nama, desa.Kecamatan,
            putaran, acara, dinsos.Value.Penandatangan);
        return (SuratUndanganPdf.Buat(data), SuratUndanganPdf.NamaBerkas(nomor.Nomor, desa.Nama));
    }
}
