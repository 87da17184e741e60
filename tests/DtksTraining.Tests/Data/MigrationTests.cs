using DtksTraining.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Data;

public class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(),
            "Migrasi SQLite tertinggal dari model: jalankan dotnet ef migrations add --context SqliteAppDbContext");
    }

    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(),
            "Migrasi PostgreSQL tertinggal dari model: jalankan dotnet ef migrations add --context PostgresAppDbContext");
    }

    [Fact]
    public void Each_provider_has_its_own_migration_set()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);
        var sqliteMigrations = sqlite.Database.GetMigrations().ToList();
        var postgresMigrations = postgres.Database.GetMigrations().ToList();
        Assert.NotEmpty(sqliteMigrations);
        Assert.NotEmpty(postgresMigrations);
        Assert.Empty(sqliteMigrations.Intersect(postgresMigrations));
    }
}
