using DtksTraining.Web.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

public abstract partial class AppDbContext
{
    public DbSet<PenyelesaianLatihan> PenyelesaianLatihan => Set<PenyelesaianLatihan>();
    public DbSet<SandboxLatihan> SandboxLatihan => Set<SandboxLatihan>();
    public DbSet<SandboxRumahTangga> SandboxRumahTangga => Set<SandboxRumahTangga>();
    public DbSet<SandboxKeluarga> SandboxKeluarga => Set<SandboxKeluarga>();
    public DbSet<SandboxAnggota> SandboxAnggota => Set<SandboxAnggota>();
    public DbSet<SandboxAnomali> SandboxAnomali => Set<SandboxAnomali>();
    public DbSet<SandboxUsulan> SandboxUsulan => Set<SandboxUsulan>();
    public DbSet<SandboxUsulanRiwayat> SandboxUsulanRiwayat => Set<SandboxUsulanRiwayat>();
}
