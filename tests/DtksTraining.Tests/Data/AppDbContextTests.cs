using DtksTraining.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DtksTraining.Tests.Data;

// The app lists its entity configurations and finds its migrations by namespace instead of scanning every type on start.
public class AppDbContextTests
{
    [Fact]
    public void Every_entity_configuration_class_of_the_app_is_listed()
    {
        var ditemukan = typeof(AppDbContext).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)))
            .Select(t => t.FullName).Order().ToList();
        Assert.NotEmpty(ditemukan);
        Assert.Equal(ditemukan, AppDbContext.Konfigurasi.Select(t => t.FullName).Order());
    }

    public static TheoryData<string> Penyedia => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Penyedia))]
    public void Migrations_found_by_namespace_are_those_EF_finds_by_scanning(string penyedia)
    {
        using var biasa = Konteks(penyedia, gantiPencari: false);
        using var dicari = Konteks(penyedia, gantiPencari: true);
        var pencariBiasa = biasa.GetService<IMigrationsAssembly>();
        var pencari = dicari.GetService<IMigrationsAssembly>();

        Assert.IsType<MigrationsInNamespace>(pencari);
        Assert.NotEmpty(pencariBiasa.Migrations);
        Assert.Equal(pencariBiasa.Migrations.Select(m => (m.Key, m.Value)), pencari.Migrations.Select(m => (m.Key, m.Value)));
        Assert.NotNull(pencari.ModelSnapshot);
        Assert.Equal(pencariBiasa.ModelSnapshot!.GetType(), pencari.ModelSnapshot.GetType());
    }

    private static AppDbContext Konteks(string penyedia, bool gantiPencari)
    {
        if (penyedia == "Sqlite")
        {
            var sqlite = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:");
            if (gantiPencari) sqlite.ReplaceService<IMigrationsAssembly, MigrationsInNamespace>();
            return new SqliteAppDbContext(sqlite.Options);
        }
        var postgres = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=tanpa-koneksi");
        if (gantiPencari) postgres.ReplaceService<IMigrationsAssembly, MigrationsInNamespace>();
        return new PostgresAppDbContext(postgres.Options);
    }
}
