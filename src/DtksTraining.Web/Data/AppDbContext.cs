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
        foreach (var konfigurasi in Konfigurasi.OrderBy(t => t.FullName))
            foreach (var entitas in konfigurasi.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)))
                TerapkanKonfigurasi.MakeGenericMethod(entitas.GetGenericArguments()).Invoke(builder, [Activator.CreateInstance(konfigurasi)]);
    }

    // Listed, not found by scanning the assembly: a scan loads every type of the app at start-up, and PDFsharp, MimeKit,
    // CsvHelper and Npgsql with them. AppDbContextTests fails when a configuration class is missing here.
    internal static readonly Type[] Konfigurasi =
    [
        typeof(UnggahanImporConfiguration), typeof(PercobaanMasukConfiguration), typeof(AppSecretConfiguration),
        typeof(Jadwal.SuratUndanganConfiguration), typeof(Jadwal.EksporSuratUndanganConfiguration),
        typeof(Jadwal.PutaranPelatihanConfiguration), typeof(Jadwal.SesiConfiguration), typeof(Jadwal.SesiKecamatanConfiguration),
        typeof(Jadwal.SesiFasilitatorConfiguration), typeof(Jadwal.EnrolmenConfiguration),
        typeof(Kehadiran.KehadiranConfiguration),
        typeof(Belajar.ModuleProgressConfiguration), typeof(Belajar.QuizAttemptConfiguration), typeof(Belajar.QuizAnswerConfiguration),
        typeof(Sertifikat.SertifikatConfiguration), typeof(Sertifikat.EksporSertifikatConfiguration), typeof(Sertifikat.UrutanSertifikatConfiguration),
        typeof(Sandbox.PenyelesaianLatihanConfiguration), typeof(Sandbox.SandboxConfiguration),
        typeof(Sandbox.Kabupaten.KabupatenKeluargaConfiguration), typeof(Sandbox.Kabupaten.KabupatenAnggotaConfiguration),
        typeof(Sandbox.Kabupaten.KabupatenGenerasiConfiguration),
    ];

    private static readonly System.Reflection.MethodInfo TerapkanKonfigurasi = typeof(ModelBuilder).GetMethods()
        .Single(m => m.Name == nameof(ModelBuilder.ApplyConfiguration)
                     && m.GetParameters().Single().ParameterType.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>));
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    // SQLite cannot order or compare DateTimeOffset natively; UTC ticks keep both working.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
