using DtksTraining.Web.Sandbox.Kabupaten;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

public abstract partial class AppDbContext
{
    public DbSet<KabupatenKeluarga> KabupatenKeluarga => Set<KabupatenKeluarga>();
    public DbSet<KabupatenAnggota> KabupatenAnggota => Set<KabupatenAnggota>();
    public DbSet<KabupatenGenerasi> KabupatenGenerasi => Set<KabupatenGenerasi>();
}
