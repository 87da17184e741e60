using DtksTraining.Web.Akun;
using DtksTraining.Web.Shared;
using DtksTraining.Web.Wilayah;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

// Partial: each feature adds its DbSets in Data/<Feature>/ and its mapping as IEntityTypeConfiguration classes.
public abstract partial class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Kecamatan> Kecamatan => Set<Kecamatan>();
    public DbSet<Desa> Desa => Set<Desa>();
    // These three tables keep the names they were created with; their entity types are named as Dinsos says it.
    public DbSet<TempatPelatihan> Venue => Set<TempatPelatihan>();
    public DbSet<UrutanTempat> VenuePreference => Set<UrutanTempat>();
    public DbSet<ProgramBansos> Programme => Set<ProgramBansos>();
    public DbSet<AuditEntry> AuditEntry => Set<AuditEntry>();
    public DbSet<OutboxMail> OutboxMail => Set<OutboxMail>();
    public DbSet<UnggahanImpor> UnggahanImpor => Set<UnggahanImpor>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    internal List<(AuditEntry Audit, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry Entry)> AuditsAwaitingKeys { get; } = [];
    internal List<long> OutboxAwaitingCommit { get; } = [];

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Kecamatan>(e =>
        {
            e.HasKey(k => k.Kode);
            e.Property(k => k.Kode).HasMaxLength(8);
            e.Property(k => k.Nama).HasMaxLength(100);
        });
        builder.Entity<Desa>(e =>
        {
            e.HasKey(d => d.Kode);
            e.Property(d => d.Kode).HasMaxLength(13);
            e.Property(d => d.Nama).HasMaxLength(100);
            e.HasOne(d => d.Kecamatan).WithMany(k => k.Desa).HasForeignKey(d => d.KecamatanKode);
        });
        builder.Entity<TempatPelatihan>(e =>
        {
            e.HasKey(v => v.Kode);
            e.Property(v => v.Kode).HasMaxLength(10);
            e.HasOne(v => v.Kecamatan).WithMany().HasForeignKey(v => v.KecamatanKode);
            e.HasOne<Desa>().WithMany().HasForeignKey(v => v.DesaKode);
        });
        builder.Entity<UrutanTempat>(e =>
        {
            e.HasKey(p => new { p.KecamatanKode, p.VenueKode });
            e.HasOne<Kecamatan>().WithMany().HasForeignKey(p => p.KecamatanKode);
            e.HasOne<TempatPelatihan>().WithMany().HasForeignKey(p => p.VenueKode);
        });
        builder.Entity<ProgramBansos>().HasKey(p => p.Kode);
        builder.Entity<AppUser>(e =>
        {
            e.Property(u => u.NamaLengkap).HasMaxLength(150);
            e.HasOne(u => u.Desa).WithMany().HasForeignKey(u => u.DesaKode);
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.HasIndex(a => a.Waktu);
            e.HasIndex(a => new { a.Entitas, a.Waktu });
        });
        builder.Entity<OutboxMail>(e =>
        {
            e.HasIndex(m => m.DedupKey).IsUnique();
            e.HasIndex(m => new { m.TerkirimPada, m.KirimSetelah });
        });
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    // SQLite cannot order or compare DateTimeOffset natively; UTC ticks keep both working.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
