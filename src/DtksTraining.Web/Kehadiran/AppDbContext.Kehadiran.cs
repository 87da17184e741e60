using DtksTraining.Web.Kehadiran;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

public abstract partial class AppDbContext
{
    public DbSet<KehadiranPeserta> Kehadiran => Set<KehadiranPeserta>();
}
