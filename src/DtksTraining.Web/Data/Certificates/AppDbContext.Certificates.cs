using DtksTraining.Web.Data.Certificates;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

public abstract partial class AppDbContext
{
    public DbSet<Sertifikat> Sertifikat => Set<Sertifikat>();
    public DbSet<UrutanSertifikat> UrutanSertifikat => Set<UrutanSertifikat>();
    public DbSet<EksporSertifikat> EksporSertifikat => Set<EksporSertifikat>();
}
