using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

public abstract partial class AppDbContext
{
    public DbSet<PenyelesaianLatihan> PenyelesaianLatihan => Set<PenyelesaianLatihan>();
}
