using System.ComponentModel.DataAnnotations;
using DtksTraining.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DtksTraining.Web.Akun;

// One failed sign-in, keyed by the name typed (known or not) and the client's address.
public class PercobaanMasuk
{
    public long Id { get; set; }
    [MaxLength(64)] public required string NamaPengguna { get; set; }
    [MaxLength(64)] public required string Alamat { get; set; }
    public DateTimeOffset Waktu { get; set; }
}

public sealed class PercobaanMasukConfiguration : IEntityTypeConfiguration<PercobaanMasuk>
{
    public void Configure(EntityTypeBuilder<PercobaanMasuk> e)
    {
        e.HasIndex(p => new { p.NamaPengguna, p.Alamat, p.Waktu });
        e.HasIndex(p => p.Waktu);
    }
}

public sealed class MasukOptions
{
    [Range(1, 100, ErrorMessage = "Masuk:BatasGagal harus 1 sampai 100.")] public int BatasGagal { get; set; } = 5;
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Masuk:Jendela harus antara 00:01:00 dan 1.00:00:00 (satu hari).")] public TimeSpan Jendela { get; set; } = TimeSpan.FromMinutes(15);
}

// Failures count per (name, client address): someone guessing from elsewhere is held back without locking the owner out.
public static class AturanMasuk
{
    public static DateTimeOffset? DitahanSampai(IEnumerable<DateTimeOffset> gagal, DateTimeOffset now, int batas, TimeSpan jendela)
    {
        var terakhir = gagal.Where(w => w > now - jendela && w <= now).OrderByDescending(w => w).Take(batas).ToList();
        return terakhir.Count < batas ? null : terakhir[^1] + jendela;
    }

    // Names are lower-cased, trimmed and cut, so "Kades.Bagelen " and a 1 MB name land in one bounded key.
    public static string Kunci(string? namaPengguna)
    {
        var nama = (namaPengguna ?? "").Trim().ToLowerInvariant();
        return nama.Length <= 64 ? nama : nama[..64];
    }
}
