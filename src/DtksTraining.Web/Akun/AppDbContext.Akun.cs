using DtksTraining.Web.Akun;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

public abstract partial class AppDbContext
{
    public DbSet<PercobaanMasuk> PercobaanMasuk => Set<PercobaanMasuk>();
}
