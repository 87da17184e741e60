using System.Text.Json;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using DtksTraining.Web.Wilayah;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

// Dinsos asked for accountability: every change made through the app says who, when, what and which fields.
public sealed class AuditInterceptor(IHttpContextAccessor httpContext, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> HiddenProperties =
    [
        nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp),
        nameof(OutboxMail.Mime), "Xml", "Value", nameof(SandboxUsulan.BeritaAcara), nameof(SertifikatTerbit.Pdf),
        nameof(SertifikatTerbit.VcJwt), nameof(SertifikatTerbit.Garam),
    ];

    private static readonly HashSet<Type> NotAudited =
    [
        typeof(AuditEntry), typeof(Akun.PercobaanMasuk), typeof(DataProtectionKey), typeof(AppSecret), typeof(IdentityUserToken<string>),
        typeof(IdentityUserLogin<string>), typeof(IdentityUserClaim<string>), typeof(IdentityRoleClaim<string>),
        // Fictional practice rows: proposals keep their own history.
        typeof(SandboxRumahTangga), typeof(SandboxKeluarga), typeof(SandboxAnggota), typeof(SandboxAnomali),
    ];

    // Sign-in bookkeeping is not an edit; auditing it would bury the real changes.
    private static readonly HashSet<string> NoiseOnlyProperties =
    [
        nameof(AppUser.AccessFailedCount), nameof(AppUser.LockoutEnd), nameof(AppUser.SecurityStamp),
        nameof(AppUser.ConcurrencyStamp),
    ];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db) AddAuditEntries(db);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db) AddAuditEntries(db);
        return base.SavingChanges(eventData, result);
    }

    private void AddAuditEntries(AppDbContext db)
    {
        var user = httpContext.HttpContext?.User.Identity?.Name ?? "sistem";
        var now = clock.GetUtcNow();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => !NotAudited.Contains(e.Metadata.ClrType) && !e.Metadata.IsOwned())
            .ToList();
        foreach (var entry in entries)
        {
            var changes = DescribeChanges(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;
            var audit = new AuditEntry
            {
                Waktu = now,
                Pengguna = user,
                Aksi = entry.State switch
                {
                    EntityState.Added => "Tambah",
                    EntityState.Deleted => "Hapus",
                    _ => "Ubah",
                },
                Entitas = NamaEntitas(entry.Metadata.ClrType),
                Kunci = KeyOf(entry),
                Perubahan = JsonSerializer.Serialize(changes),
            };
            db.AuditEntry.Add(audit);
            if (entry.State == EntityState.Added && entry.Properties.Any(p => p.IsTemporary))
                db.AuditsAwaitingKeys.Add((audit, entry));
        }
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && db.AuditsAwaitingKeys.Count > 0)
        {
            FillGeneratedKeys(db);
            await db.SaveChangesAsync(cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is AppDbContext db && db.AuditsAwaitingKeys.Count > 0)
        {
            FillGeneratedKeys(db);
            db.SaveChanges();
        }
        return result;
    }

    private static void FillGeneratedKeys(AppDbContext db)
    {
        foreach (var (audit, entry) in db.AuditsAwaitingKeys) audit.Kunci = KeyOf(entry);
        db.AuditsAwaitingKeys.Clear();
    }

    private static Dictionary<string, object?> DescribeChanges(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var hidden = HiddenProperties.Contains(name);
            switch (entry.State)
            {
                case EntityState.Added:
                    if (property.CurrentValue is not null && !property.IsTemporary)
                        changes[name] = hidden ? "••••" : Display(property.CurrentValue);
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    if (NoiseOnlyProperties.Contains(name)) break;
                    changes[name] = hidden
                        ? "diubah"
                        : new { lama = Display(property.OriginalValue), baru = Display(property.CurrentValue) };
                    break;
            }
        }
        return changes;
    }

    private static object? Display(object? value) => value switch
    {
        byte[] bytes => $"{bytes.Length} byte",
        DateTimeOffset dto => dto.ToString("O"),
        _ => value,
    };

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return "";
        return string.Join("/", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString() ?? "?"));
    }

    // Types renamed in the feature-folder move keep the name their earlier audit rows carry, so one filter finds both.
    private static string NamaEntitas(Type type) => type.Name switch
    {
        nameof(KehadiranPeserta) => "Kehadiran",
        nameof(SertifikatTerbit) => "Sertifikat",
        nameof(TempatPelatihan) => "Venue",
        nameof(UrutanTempat) => "VenuePreference",
        nameof(ProgramBansos) => "Programme",
        var nama => nama,
    };
}
