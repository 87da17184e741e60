using DtksTraining.Web.Data;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Wilayah;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Jadwal;

public sealed class PutaranPelatihanConfiguration : IEntityTypeConfiguration<PutaranPelatihan>
{
    public void Configure(EntityTypeBuilder<PutaranPelatihan> e)
    {
        e.Property(p => p.Nama).HasMaxLength(200);
        e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.HariKerja)
            .HasConversion(
                v => string.Join(",", v.Select(d => (int)d)),
                v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => (DayOfWeek)int.Parse(d)).ToList())
            .HasMaxLength(20)
            .Metadata.SetValueComparer(new ValueComparer<List<DayOfWeek>>(
                (a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, d) => HashCode.Combine(h, d)), v => v.ToList()));
        e.Property(p => p.LatihanWajib)
            .HasConversion(
                v => string.Join(",", v),
                v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList())
            .HasMaxLength(2000)
            .Metadata.SetValueComparer(new ValueComparer<List<string>>(
                (a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, d) => HashCode.Combine(h, d)), v => v.ToList()));
        e.HasIndex(p => p.Nama).IsUnique();
    }
}

public sealed class SesiConfiguration : IEntityTypeConfiguration<Sesi>
{
    public void Configure(EntityTypeBuilder<Sesi> e)
    {
        e.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.VenueKode).HasMaxLength(10);
        e.Property(s => s.Sequence).IsConcurrencyToken();
        e.HasOne(s => s.Putaran).WithMany(p => p.Sesi).HasForeignKey(s => s.PutaranId);
        e.HasOne(s => s.Venue).WithMany().HasForeignKey(s => s.VenueKode).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(s => new { s.PutaranId, s.Tanggal });
        e.HasIndex(s => new { s.Tanggal, s.VenueKode });
        e.Ignore(s => s.JamMulai);
        e.Ignore(s => s.JamSelesai);
        e.ToTable(t => t.HasCheckConstraint("CK_Sesi_Terkonfirmasi", "\"Terkonfirmasi\" >= 0 AND \"Terkonfirmasi\" <= \"Kapasitas\""));
    }
}

public sealed class SesiKecamatanConfiguration : IEntityTypeConfiguration<SesiKecamatan>
{
    public void Configure(EntityTypeBuilder<SesiKecamatan> e)
    {
        e.HasKey(k => new { k.SesiId, k.KecamatanKode });
        e.HasOne<Sesi>().WithMany(s => s.Kecamatan).HasForeignKey(k => k.SesiId);
        e.HasOne(k => k.Kecamatan).WithMany().HasForeignKey(k => k.KecamatanKode).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(k => k.KecamatanKode);
    }
}

public sealed class SesiFasilitatorConfiguration : IEntityTypeConfiguration<SesiFasilitator>
{
    public void Configure(EntityTypeBuilder<SesiFasilitator> e)
    {
        e.HasKey(f => new { f.SesiId, f.FasilitatorId });
        e.HasOne<Sesi>().WithMany(s => s.Fasilitator).HasForeignKey(f => f.SesiId);
        e.HasOne(f => f.Fasilitator).WithMany().HasForeignKey(f => f.FasilitatorId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(f => f.FasilitatorId);
    }
}

public sealed class EnrolmenConfiguration : IEntityTypeConfiguration<Enrolmen>
{
    public void Configure(EntityTypeBuilder<Enrolmen> e)
    {
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Alasan).HasMaxLength(Enrolmen.PanjangAlasanMaks);
        e.Property(x => x.KecamatanKode).HasMaxLength(8);
        e.Property(x => x.Pin).HasMaxLength(PinCheckIn.Panjang);
        e.Property(x => x.TokenQr).HasMaxLength(64);
        e.HasOne(x => x.Sesi).WithMany(s => s.Enrolmen).HasForeignKey(x => x.SesiId);
        e.HasOne<PutaranPelatihan>().WithMany().HasForeignKey(x => x.PutaranId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.Peserta).WithMany().HasForeignKey(x => x.PesertaId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.DidaftarkanOleh).OnDelete(DeleteBehavior.Restrict);
        // The database, not the app, keeps one active seat or wait-list place per participant per round.
        e.HasIndex(x => new { x.PutaranId, x.PesertaId }).IsUnique().HasFilter("\"Status\" <> 'Dibatalkan'");
        e.HasIndex(x => new { x.PutaranId, x.Pin }).IsUnique();
        e.HasIndex(x => x.TokenQr).IsUnique();
        e.HasIndex(x => new { x.SesiId, x.Status, x.DidaftarPada });
    }
}
