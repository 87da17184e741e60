using DtksTraining.Web.Sertifikat;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

public abstract partial class AppDbContext
{
    public DbSet<SertifikatTerbit> Sertifikat => Set<SertifikatTerbit>();
    public DbSet<UrutanSertifikat> UrutanSertifikat => Set<UrutanSertifikat>();
    public DbSet<EksporSertifikat> EksporSertifikat => Set<EksporSertifikat>();
}
