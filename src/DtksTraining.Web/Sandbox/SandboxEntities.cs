using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using DtksTraining.Web.Wilayah;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sandbox;

// One practice register per user, of their own desa; the scenario is rebuilt from (desa, seed, date) on reset.
public class SandboxLatihan
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string DesaKode { get; set; }
    public int Seed { get; set; }
    public DateOnly TanggalSkenario { get; set; }
    public DateTimeOffset DibuatPada { get; set; }
    public DateTimeOffset? DiaturUlangPada { get; set; }
}

// Rows of the sandbox register; families and households are linked by their Nomor within the sandbox so the
// bulk reset can insert them without reading generated keys back.
public class SandboxRumahTangga
{
    public long Id { get; set; }
    public int SandboxId { get; set; }
    public int Nomor { get; set; }
    public required string IdRumahTangga { get; set; }
    public KepemilikanBangunan KepemilikanBangunan { get; set; }
    public int LuasLantai { get; set; }
    public SumberPenerangan SumberPenerangan { get; set; }
    public int DayaListrik { get; set; }
    public BahanBakarMemasak BahanBakar { get; set; }
    public FasilitasBab FasilitasBab { get; set; }
    public Aset Aset { get; set; }
    public JenisLantai Lantai { get; set; }
    public JenisDinding Dinding { get; set; }
    public JenisAtap Atap { get; set; }
    public SumberAirMinum AirMinum { get; set; }
    public int LuasLahan { get; set; }
    public int TernakSapi { get; set; }
    public int TernakKambing { get; set; }
    public int TernakUnggas { get; set; }
    // Approximate: a kecamatan centroid plus jitter (TitikKecamatan), not the house.
    public double? Lintang { get; set; }
    public double? Bujur { get; set; }
}

public class SandboxKeluarga
{
    public long Id { get; set; }
    public int SandboxId { get; set; }
    public int Nomor { get; set; }
    public int RumahTanggaNomor { get; set; }
    public required string NoKk { get; set; }
    public required string DesaKode { get; set; }
    public required string Alamat { get; set; }
    public ProgramBantuan Program { get; set; }
    public string? CatatanVerval { get; set; }
    public string? IdDtsen { get; set; }
    public byte? Desil { get; set; }
}

public class SandboxAnggota
{
    public long Id { get; set; }
    public int SandboxId { get; set; }
    public int KeluargaNomor { get; set; }
    public required string NoKk { get; set; }
    public int Nomor { get; set; }
    public required string Nik { get; set; }
    public required string Nama { get; set; }
    public JenisKelamin JenisKelamin { get; set; }
    public DateOnly TanggalLahir { get; set; }
    public HubunganKeluarga Hubungan { get; set; }
    public StatusPerkawinan StatusPerkawinan { get; set; }
    public StatusHamil? StatusHamil { get; set; }
    public Disabilitas Disabilitas { get; set; }
    public PenyakitKronis PenyakitKronis { get; set; }
    public PartisipasiSekolah PartisipasiSekolah { get; set; }
    public Ijazah? Ijazah { get; set; }
    public StatusPekerjaan? Pekerjaan { get; set; }
    public StatusKeberadaan Keberadaan { get; set; }
    public ProgramBantuan Program { get; set; }
    public string? NamaIbuKandung { get; set; }
    public bool Aktif { get; set; }
    public AlasanNonaktif? AlasanNonaktif { get; set; }
    public KesulitanFungsi KesulitanFungsi { get; set; }
    public TingkatKesulitan TingkatKesulitan { get; set; }
    public string? TempatLahir { get; set; }
    public Pendidikan? Pendidikan { get; set; }
    public LapanganUsaha? LapanganUsaha { get; set; }
    public string? JenisPekerjaan { get; set; }
}

// The scenario's answer key (planted anomalies) of one sandbox.
public class SandboxAnomali
{
    public long Id { get; set; }
    public int SandboxId { get; set; }
    public JenisAnomali Jenis { get; set; }
    public required string NoKk { get; set; }
    public string? Nik { get; set; }
    public required string Keterangan { get; set; }
    public required string Perbaikan { get; set; }
}

public class SandboxUsulan
{
    public int Id { get; set; }
    public int SandboxId { get; set; }
    public JenisUsulan Jenis { get; set; }
    public StatusUsulan Status { get; set; }
    public required string NoKk { get; set; }
    public string? Nik { get; set; }
    public AlasanNonaktif? AlasanNonaktif { get; set; }
    // The proposed change as JSON (the member or family as entered), for the verifier to read.
    public required string DataJson { get; set; }
    public string? Catatan { get; set; }
    public byte[]? BeritaAcara { get; set; }
    public string? BeritaAcaraNama { get; set; }
    public string? BeritaAcaraJenis { get; set; }
    // Set by the simulated BPS step (SimulasiDesil); null before it, and for proposals finished under the DTKS flow.
    public byte? Desil { get; set; }
    public int? BeritaAcaraUkuran { get; set; }
    // The DTSEN cycle (yyyymm) fixed when the proposal was last submitted; later schedule changes do not move it.
    public int? Siklus { get; set; }
    public bool DiajukanSetelahJendela { get; set; }
    public DateTimeOffset DibuatPada { get; set; }
    public DateTimeOffset DiubahPada { get; set; }
    public List<SandboxUsulanRiwayat> Riwayat { get; set; } = [];

    public UsulanTercatat Tercatat() => new(Jenis, Status, NoKk, Nik, AlasanNonaktif, BeritaAcaraUkuran is > 0);

    public SiklusBulan? SiklusBulan => Siklus is { } kode ? SiklusBulan.DariKode(kode) : null;

    // Submitting to the kabupaten: the history row, then the cycle this day's submission joins.
    public string? Ajukan(PelakuTercatat oleh, DateTimeOffset waktu, JadwalDtsenOptions jadwal)
    {
        if (Ubah(StatusUsulan.Diajukan, PelakuUsulan.Operator, null, oleh, waktu) is { } galat) return galat;
        var (siklus, setelahJendela) = SiklusDtsen.SiklusUntuk(Wib.Hari(waktu), jadwal);
        Siklus = siklus.Kode;
        DiajukanSetelahJendela = setelahJendela;
        return null;
    }

    public static SandboxUsulan Draf(int sandboxId, JenisUsulan jenis, string noKk, string? nik, AlasanNonaktif? alasan,
        string dataJson, string? catatan, PelakuTercatat oleh, DateTimeOffset waktu)
    {
        var usulan = new SandboxUsulan
        {
            SandboxId = sandboxId, Jenis = jenis, Status = StatusUsulan.Draft, NoKk = noKk, Nik = nik, AlasanNonaktif = alasan,
            DataJson = dataJson, Catatan = catatan, DibuatPada = waktu, DiubahPada = waktu,
        };
        usulan.Riwayat.Add(new SandboxUsulanRiwayat
        {
            Dari = null, Ke = StatusUsulan.Draft, OlehUserId = oleh.UserId, OlehNama = oleh.Nama, Peran = PelakuUsulan.Operator, Waktu = waktu,
        });
        return usulan;
    }

    // Every step goes through the state machine of DTKS §2 and leaves a history row; null when done, else why not.
    public string? Ubah(StatusUsulan ke, PelakuUsulan peran, string? alasan, PelakuTercatat oleh, DateTimeOffset waktu)
    {
        if (AlurUsulan.Periksa(Status, ke, peran, alasan) is { } galat) return galat;
        Riwayat.Add(new SandboxUsulanRiwayat
        {
            Dari = Status, Ke = ke, OlehUserId = oleh.UserId, OlehNama = oleh.Nama, Peran = peran, Waktu = waktu,
            Alasan = string.IsNullOrWhiteSpace(alasan) ? null : alasan.Trim(),
        });
        Status = ke;
        DiubahPada = waktu;
        return null;
    }
}

public sealed record PelakuTercatat(string UserId, string Nama);

public class SandboxUsulanRiwayat
{
    public long Id { get; set; }
    public int UsulanId { get; set; }
    public StatusUsulan? Dari { get; set; }
    public StatusUsulan Ke { get; set; }
    public required string OlehUserId { get; set; }
    public required string OlehNama { get; set; }
    public PelakuUsulan Peran { get; set; }
    public DateTimeOffset Waktu { get; set; }
    public string? Alasan { get; set; }
}

public sealed class SandboxConfiguration :
    IEntityTypeConfiguration<SandboxLatihan>, IEntityTypeConfiguration<SandboxRumahTangga>,
    IEntityTypeConfiguration<SandboxKeluarga>, IEntityTypeConfiguration<SandboxAnggota>,
    IEntityTypeConfiguration<SandboxAnomali>, IEntityTypeConfiguration<SandboxUsulan>,
    IEntityTypeConfiguration<SandboxUsulanRiwayat>
{
    public void Configure(EntityTypeBuilder<SandboxLatihan> e)
    {
        e.HasIndex(s => s.UserId).IsUnique();
        e.Property(s => s.DesaKode).HasMaxLength(13);
        e.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Desa>().WithMany().HasForeignKey(s => s.DesaKode);
    }

    public void Configure(EntityTypeBuilder<SandboxRumahTangga> e)
    {
        e.HasIndex(r => new { r.SandboxId, r.Nomor }).IsUnique();
        e.Property(r => r.IdRumahTangga).HasMaxLength(30);
        e.HasOne<SandboxLatihan>().WithMany().HasForeignKey(r => r.SandboxId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SandboxKeluarga> e)
    {
        e.HasIndex(k => new { k.SandboxId, k.Nomor }).IsUnique();
        e.HasIndex(k => new { k.SandboxId, k.NoKk });
        e.Property(k => k.NoKk).HasMaxLength(16);
        e.Property(k => k.DesaKode).HasMaxLength(13);
        e.Property(k => k.Alamat).HasMaxLength(200);
        e.Property(k => k.CatatanVerval).HasMaxLength(500);
        e.Property(k => k.IdDtsen).HasMaxLength(20);
        e.HasOne<SandboxLatihan>().WithMany().HasForeignKey(k => k.SandboxId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SandboxAnggota> e)
    {
        e.HasIndex(a => new { a.SandboxId, a.Nik });
        e.HasIndex(a => new { a.SandboxId, a.NoKk });
        e.HasIndex(a => new { a.SandboxId, a.Nama });
        e.Property(a => a.NoKk).HasMaxLength(16);
        e.Property(a => a.Nik).HasMaxLength(16);
        e.Property(a => a.Nama).HasMaxLength(100);
        e.Property(a => a.NamaIbuKandung).HasMaxLength(100);
        e.Property(a => a.TempatLahir).HasMaxLength(60);
        e.Property(a => a.JenisPekerjaan).HasMaxLength(60);
        e.HasOne<SandboxLatihan>().WithMany().HasForeignKey(a => a.SandboxId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SandboxAnomali> e)
    {
        e.HasIndex(a => a.SandboxId);
        e.Property(a => a.NoKk).HasMaxLength(16);
        e.Property(a => a.Nik).HasMaxLength(16);
        e.HasOne<SandboxLatihan>().WithMany().HasForeignKey(a => a.SandboxId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SandboxUsulan> e)
    {
        e.HasIndex(u => new { u.SandboxId, u.Status });
        e.HasIndex(u => u.Status);
        e.Property(u => u.NoKk).HasMaxLength(16);
        e.Property(u => u.Nik).HasMaxLength(16);
        e.Property(u => u.Catatan).HasMaxLength(1000);
        e.Property(u => u.BeritaAcaraNama).HasMaxLength(200);
        e.Property(u => u.BeritaAcaraJenis).HasMaxLength(50);
        e.HasOne<SandboxLatihan>().WithMany().HasForeignKey(u => u.SandboxId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(u => u.Riwayat).WithOne().HasForeignKey(r => r.UsulanId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SandboxUsulanRiwayat> e)
    {
        e.Property(r => r.OlehNama).HasMaxLength(150);
        e.Property(r => r.Alasan).HasMaxLength(1000);
    }
}
