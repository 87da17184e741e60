using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sandbox.Kabupaten;

// The fictitious regency-scale register (issue #5): one family per row, separate from the per-trainee sandbox.
public class KabupatenKeluarga
{
    public int Id { get; set; }
    public required string NoKk { get; set; }
    public required string IdRumahTangga { get; set; }
    public required string DesaKode { get; set; }
    public required string KecamatanKode { get; set; }
    public required string Alamat { get; set; }
    public int Program { get; set; }
    public int Aset { get; set; }
}

// One person of the regency register; Program/Pekerjaan hold the Sandbox enum values.
public class KabupatenAnggota
{
    public int Id { get; set; }
    public int KeluargaId { get; set; }
    public required string NoKk { get; set; }
    public required string Nik { get; set; }
    public required string Nama { get; set; }
    public required string NamaNormal { get; set; }
    public DateOnly TanggalLahir { get; set; }
    public int Hubungan { get; set; }
    public int? Pekerjaan { get; set; }
    public int Program { get; set; }
    public bool Aktif { get; set; }
    public required string DesaKode { get; set; }
    public required string KecamatanKode { get; set; }
}

public enum StatusGenerasiKabupaten { Menunggu = 0, Berjalan = 1, Selesai = 2, Gagal = 3 }

// One (re)generation request of the regency register; the job is idempotent on it.
public class KabupatenGenerasi
{
    public int Id { get; set; }
    public StatusGenerasiKabupaten Status { get; set; }
    public int Seed { get; set; }
    public int BarisSelesai { get; set; }
    public int BarisTotal { get; set; }
    public DateTimeOffset DibuatPada { get; set; }
    public DateTimeOffset? SelesaiPada { get; set; }
    public string? Pesan { get; set; }
}

public sealed class KabupatenKeluargaConfiguration : IEntityTypeConfiguration<KabupatenKeluarga>
{
    public void Configure(EntityTypeBuilder<KabupatenKeluarga> e)
    {
        e.ToTable("KabupatenKeluarga");
        e.Property(p => p.Id).ValueGeneratedNever();
        e.Property(p => p.NoKk).HasMaxLength(16);
        e.Property(p => p.IdRumahTangga).HasMaxLength(40);
        e.Property(p => p.DesaKode).HasMaxLength(20);
        e.Property(p => p.KecamatanKode).HasMaxLength(20);
        e.Property(p => p.Alamat).HasMaxLength(200);
        e.HasIndex(p => p.NoKk);
        e.HasIndex(p => p.DesaKode);
    }
}

public sealed class KabupatenAnggotaConfiguration : IEntityTypeConfiguration<KabupatenAnggota>
{
    public void Configure(EntityTypeBuilder<KabupatenAnggota> e)
    {
        e.ToTable("KabupatenAnggota");
        e.Property(p => p.Id).ValueGeneratedNever();
        e.Property(p => p.NoKk).HasMaxLength(16);
        e.Property(p => p.Nik).HasMaxLength(16);
        e.Property(p => p.Nama).HasMaxLength(100);
        e.Property(p => p.NamaNormal).HasMaxLength(100);
        e.Property(p => p.DesaKode).HasMaxLength(20);
        e.Property(p => p.KecamatanKode).HasMaxLength(20);
        e.HasIndex(p => p.Nik);
        // Only indexes a query reads: building each costs the regency load 0.1–0.4 s. A KK is found through
        // KabupatenKeluarga.NoKk and its members through KeluargaId; nothing looks people up by name and birth date yet.
        e.HasIndex(p => p.KeluargaId);
    }
}

public sealed class KabupatenGenerasiConfiguration : IEntityTypeConfiguration<KabupatenGenerasi>
{
    public void Configure(EntityTypeBuilder<KabupatenGenerasi> e)
    {
        e.ToTable("KabupatenGenerasi");
        e.Property(p => p.Pesan).HasMaxLength(500);
    }
}
