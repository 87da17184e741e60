using System.Security.Cryptography;
using DtksTraining.Web.Kehadiran;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

// Secrets the app makes for itself (session-code key, signing keys), kept in the database so every web node shares them.
public class AppSecret
{
    public required string Nama { get; set; }
    public required string Nilai { get; set; }
    public DateTimeOffset DibuatPada { get; set; }
}

public sealed class AppSecretConfiguration : IEntityTypeConfiguration<AppSecret>
{
    public void Configure(EntityTypeBuilder<AppSecret> e)
    {
        e.HasKey(r => r.Nama);
        e.Property(r => r.Nama).HasMaxLength(100);
    }
}

// The table keeps the name it was created with.
public abstract partial class AppDbContext
{
    public DbSet<AppSecret> RahasiaAplikasi => Set<AppSecret>();

    public async Task<string> RahasiaAsync(string nama, Func<string> buat, TimeProvider clock, CancellationToken ct = default)
    {
        var ada = await RahasiaAplikasi.AsNoTracking().Where(r => r.Nama == nama).Select(r => r.Nilai).SingleOrDefaultAsync(ct);
        if (ada is not null) return ada;
        var baru = new AppSecret { Nama = nama, Nilai = buat(), DibuatPada = clock.GetUtcNow() };
        RahasiaAplikasi.Add(baru);
        try
        {
            await SaveChangesAsync(ct);
            return baru.Nilai;
        }
        catch (DbUpdateException)
        {
            // Another node created it first; use theirs.
            Entry(baru).State = EntityState.Detached;
            return await RahasiaAplikasi.AsNoTracking().Where(r => r.Nama == nama).Select(r => r.Nilai).SingleAsync(ct);
        }
    }

    // Signs the personal QR (QrPeserta) printed on the surat undangan and read back at check-in.
    public const string NamaKunciQrPeserta = "qr-peserta";

    public async Task<byte[]> KunciQrPesertaAsync(TimeProvider clock, CancellationToken ct = default) =>
        Convert.FromBase64String(await RahasiaAsync(NamaKunciQrPeserta, () => AcakBase64(QrPeserta.PanjangKunciMinimum), clock, ct));

    public static string AcakBase64(int panjangByte) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(panjangByte));
}
