using DtksTraining.Web.Jadwal;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

public abstract partial class AppDbContext
{
    public DbSet<PutaranPelatihan> PutaranPelatihan => Set<PutaranPelatihan>();
    public DbSet<Sesi> Sesi => Set<Sesi>();
    public DbSet<SesiKecamatan> SesiKecamatan => Set<SesiKecamatan>();
    public DbSet<SesiFasilitator> SesiFasilitator => Set<SesiFasilitator>();
    public DbSet<Enrolmen> Enrolmen => Set<Enrolmen>();
    public DbSet<SuratUndangan> SuratUndangan => Set<SuratUndangan>();
    public DbSet<EksporSuratUndangan> EksporSuratUndangan => Set<EksporSuratUndangan>();
}
