using DtksTraining.Web.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Akun;

// An account CSV between preview and confirm; in the database so any web node can finish the import.
public class UnggahanImpor
{
    [System.ComponentModel.DataAnnotations.MaxLength(32)]
    public required string Id { get; set; }
    public required string OlehUserId { get; set; }
    public required byte[] Isi { get; set; }
    public DateTimeOffset DiunggahPada { get; set; }
}

public sealed class UnggahanImporConfiguration : IEntityTypeConfiguration<UnggahanImpor>
{
    public void Configure(EntityTypeBuilder<UnggahanImpor> e)
    {
        e.HasIndex(u => u.DiunggahPada);
        e.HasOne<AppUser>().WithMany().HasForeignKey(u => u.OlehUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
