using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sertifikat;

public enum StatusSertifikat { Berlaku, Dicabut }

// One issued certificate version. A correction adds a new row (Versi + 1) linked to the one it replaces.
public class SertifikatTerbit
{
    public long Id { get; set; }
    public required string Nomor { get; set; }
    public int Tahun { get; set; }
    public int Urutan { get; set; }
    public int Versi { get; set; } = 1;
    public long? MenggantikanId { get; set; }
    public long? DigantikanOlehId { get; set; }
    // True only for the newest version; (UserId, PutaranId) is unique among current versions.
    public bool Terkini { get; set; } = true;
    public required string UserId { get; set; }
    public int PutaranId { get; set; }
    public required string Peran { get; set; }
    public required string Nama { get; set; }
    public required string Desa { get; set; }
    public required string Kecamatan { get; set; }
    // Kept so the admin list filters by kecamatan even when the participant later moves desa.
    public string? KecamatanKode { get; set; }
    public required string NamaPutaran { get; set; }
    public DateOnly TanggalSesi { get; set; }
    public required string Tempat { get; set; }
    public decimal? Nilai { get; set; }
    public DateTimeOffset DiterbitkanPada { get; set; }
    // As printed: a later Kepala Dinas in the configuration must not change who signed an issued certificate.
    public string PenandatanganNama { get; set; } = "";
    public string PenandatanganNip { get; set; } = "";
    public string PenandatanganJabatan { get; set; } = "";
    public byte[] Pdf { get; set; } = [];
    public required string Sha256 { get; set; }
    public string VcJwt { get; set; } = "";
    // Salt of the hashed systemId identifier in the credential (Open Badges identityHash).
    public string Garam { get; set; } = "";
    public StatusSertifikat Status { get; set; }
    public string? AlasanCabut { get; set; }
    public DateTimeOffset? DicabutPada { get; set; }
    public string? DicabutOleh { get; set; }
}

// Next free sequence number per year; bumped with one UPDATE ... RETURNING inside the issuing transaction.
public class UrutanSertifikat
{
    public int Tahun { get; set; }
    public int Berikutnya { get; set; } = 1;
}

public sealed class SertifikatConfiguration : IEntityTypeConfiguration<SertifikatTerbit>
{
    public void Configure(EntityTypeBuilder<SertifikatTerbit> e)
    {
        e.Property(s => s.Nomor).HasMaxLength(30);
        e.HasIndex(s => s.Nomor).IsUnique();
        e.HasIndex(s => new { s.Tahun, s.Urutan }).IsUnique();
        e.HasIndex(s => new { s.UserId, s.PutaranId }).IsUnique().HasFilter("\"Terkini\" = TRUE");
        e.Property(s => s.Peran).HasMaxLength(20);
        e.Property(s => s.Nama).HasMaxLength(200);
        e.Property(s => s.Desa).HasMaxLength(100);
        e.Property(s => s.Kecamatan).HasMaxLength(100);
        e.Property(s => s.NamaPutaran).HasMaxLength(200);
        e.Property(s => s.Tempat).HasMaxLength(200);
        e.Property(s => s.PenandatanganNama).HasMaxLength(200);
        e.Property(s => s.PenandatanganNip).HasMaxLength(30);
        e.Property(s => s.PenandatanganJabatan).HasMaxLength(200);
        e.Property(s => s.Sha256).HasMaxLength(64);
        e.Property(s => s.Status).HasConversion<string>().HasMaxLength(10);
        e.Property(s => s.KecamatanKode).HasMaxLength(13);
        e.Property(s => s.Garam).HasMaxLength(64);
        e.Property(s => s.AlasanCabut).HasMaxLength(500);
        e.HasIndex(s => new { s.PutaranId, s.KecamatanKode });
        e.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId);
        e.HasOne<PutaranPelatihan>().WithMany().HasForeignKey(s => s.PutaranId);
        e.HasOne<SertifikatTerbit>().WithMany().HasForeignKey(s => s.MenggantikanId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<SertifikatTerbit>().WithMany().HasForeignKey(s => s.DigantikanOlehId).OnDelete(DeleteBehavior.Restrict);
    }
}

// One bulk download of a round's (or one kecamatan's) certificate PDFs; the page polls this row while the job fills the ZIP.
public class EksporSertifikat
{
    public int Id { get; set; }
    public int PutaranId { get; set; }
    public string? KecamatanKode { get; set; }
    public StatusEkspor Status { get; set; }
    public int Jumlah { get; set; }
    public int Selesai { get; set; }
    public string? Galat { get; set; }
    public required string DimintaOleh { get; set; }
    public DateTimeOffset DimintaPada { get; set; }
    public DateTimeOffset? SelesaiPada { get; set; }
}

public sealed class EksporSertifikatConfiguration : IEntityTypeConfiguration<EksporSertifikat>
{
    public void Configure(EntityTypeBuilder<EksporSertifikat> e)
    {
        e.Property(x => x.KecamatanKode).HasMaxLength(13);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Galat).HasMaxLength(500);
        e.Property(x => x.DimintaOleh).HasMaxLength(450);
        e.HasOne<PutaranPelatihan>().WithMany().HasForeignKey(x => x.PutaranId);
    }
}

public sealed class UrutanSertifikatConfiguration : IEntityTypeConfiguration<UrutanSertifikat>
{
    public void Configure(EntityTypeBuilder<UrutanSertifikat> e)
    {
        e.HasKey(u => u.Tahun);
        e.Property(u => u.Tahun).ValueGeneratedNever();
    }
}

public static class PenomoranSertifikat
{
    // Call inside the transaction that inserts the certificate: a rollback gives the number back, so there are no gaps.
    public static async Task<NomorSertifikat> AmbilAsync(AppDbContext db, int tahun, CancellationToken ct = default)
    {
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"UrutanSertifikat\" (\"Tahun\", \"Berikutnya\") VALUES ({tahun}, 1) ON CONFLICT (\"Tahun\") DO NOTHING", ct);
        var urutan = await db.Database.SqlQuery<int>(
            $"UPDATE \"UrutanSertifikat\" SET \"Berikutnya\" = \"Berikutnya\" + 1 WHERE \"Tahun\" = {tahun} RETURNING \"Berikutnya\" - 1 AS \"Value\"")
            .ToListAsync(ct);
        return new NomorSertifikat(tahun, urutan.Single());
    }
}
