using DtksTraining.Web.Data.Attendance;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

public abstract partial class AppDbContext
{
    public DbSet<Kehadiran> Kehadiran => Set<Kehadiran>();
}
