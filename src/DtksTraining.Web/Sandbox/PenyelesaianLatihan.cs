using DtksTraining.Web.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sandbox;

// The best "Periksa" result of a trainee on one sandbox exercise; certificates and the dashboard read it.
public class PenyelesaianLatihan
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string LatihanId { get; set; }
    public int SkorTerbaik { get; set; }
    public int JumlahPeriksa { get; set; }
    public bool Lulus { get; set; }
    public DateTimeOffset? LulusPada { get; set; }
    public DateTimeOffset DiperiksaPada { get; set; }
}

public sealed class PenyelesaianLatihanConfiguration : IEntityTypeConfiguration<PenyelesaianLatihan>
{
    public void Configure(EntityTypeBuilder<PenyelesaianLatihan> e)
    {
        e.Property(p => p.LatihanId).HasMaxLength(100);
        e.HasIndex(p => new { p.UserId, p.LatihanId }).IsUnique();
        e.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
