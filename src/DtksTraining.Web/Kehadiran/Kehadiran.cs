using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sertifikat;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Kehadiran;

public class KehadiranPeserta
{
    public int Id { get; set; }
    public int SesiId { get; set; }
    public Sesi? Sesi { get; set; }
    public required string PesertaId { get; set; }
    public AppUser? Peserta { get; set; }
    public int? EnrolmenId { get; set; }
    public StatusKehadiran Status { get; set; }
    public CaraCatat Cara { get; set; }
    // Came to the door without an enrolment; Dinsos wants these flagged.
    public bool TanpaDaftar { get; set; }
    public DateTimeOffset DicatatPada { get; set; }
    public required string DicatatOleh { get; set; }
    // The id the facilitator's phone gave the mark it last applied; a replay of the same offline mark is a no-op.
    public string? IdTandaKlien { get; set; }
}

public sealed class KehadiranConfiguration : IEntityTypeConfiguration<KehadiranPeserta>
{
    public void Configure(EntityTypeBuilder<KehadiranPeserta> e)
    {
        e.HasIndex(k => new { k.SesiId, k.PesertaId }).IsUnique();
        e.HasOne(k => k.Sesi).WithMany().HasForeignKey(k => k.SesiId);
        e.HasOne(k => k.Peserta).WithMany().HasForeignKey(k => k.PesertaId);
        e.HasOne<Enrolmen>().WithMany().HasForeignKey(k => k.EnrolmenId).OnDelete(DeleteBehavior.SetNull);
        e.Property(k => k.Status).HasConversion<string>().HasMaxLength(12);
        e.Property(k => k.Cara).HasConversion<string>().HasMaxLength(12);
        e.Property(k => k.DicatatOleh).HasMaxLength(256);
        e.Property(k => k.IdTandaKlien).HasMaxLength(64);
    }
}
