using System.Data.Common;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

public sealed class StartupOptions
{
    public bool DemoSeed { get; init; } = true;
    // The demo's round around today's date, besides the historical 2024 one.
    public bool DemoPutaranBerjalan { get; init; } = true;
    public string DemoPassword { get; init; } = "Latihan#2024";
    public string? AdminUserName { get; init; }
    public string? AdminPassword { get; init; }
    public required string SeedDataPath { get; init; }

    public static StartupOptions From(IConfiguration configuration) => new()
    {
        DemoSeed = configuration.GetValue("Demo:Seed", true),
        DemoPutaranBerjalan = configuration.GetValue("Demo:PutaranBerjalan", true),
        DemoPassword = configuration["Demo:Password"] is { Length: > 0 } p ? p : "Latihan#2024",
        AdminUserName = configuration["Admin:Username"],
        AdminPassword = configuration["Admin:Password"],
        SeedDataPath = configuration["SeedData:Path"] is { Length: > 0 } path
            ? Path.GetFullPath(path)
            : Path.Combine(AppContext.BaseDirectory, "seed-data"),
    };
}

// Runs before the job server and Kestrel start: migrations, reference data, accounts. A failure stops start-up.
public sealed class DatabaseInitializer(
    IServiceProvider services, StartupOptions options, DatabaseSettings database, ILogger<DatabaseInitializer> logger)
    : IHostedService
{
    private const long MigrationLockKey = 0x_D7C5_2024;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var locked = false;
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            // A node waiting for another node's migration and seeding may wait longer than one ordinary command.
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            // Several web nodes may start together; one migrates and seeds while the others wait.
            if (database.Provider == DatabaseProvider.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
                locked = true;
            }
            else
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

            await db.Database.MigrateAsync(cancellationToken);
            await new ReferenceDataSeeder(db, options.SeedDataPath).SeedAsync(cancellationToken);
            var accounts = scope.ServiceProvider.GetRequiredService<AkunSeeder>();
            await accounts.EnsureRolesAsync();
            if (!string.IsNullOrWhiteSpace(options.AdminUserName) && !string.IsNullOrWhiteSpace(options.AdminPassword))
                await accounts.EnsureFirstAdminAsync(options.AdminUserName, options.AdminPassword);
            if (options.DemoSeed)
            {
                var demo = await accounts.SeedDemoAccountsAsync(options.SeedDataPath, options.DemoPassword);
                foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>())
                    await seeder.SeedAsync(cancellationToken);
                logger.LogWarning("Akun demo (kata sandi semua akun: {Password}):{NewLine}{Accounts}",
                    options.DemoPassword, Environment.NewLine,
                    string.Join(Environment.NewLine, demo.Select(a => $"  {a.UserName,-26} {a.Peran}")));
            }
        }
        catch (SeedDataException e)
        {
            logger.LogCritical("{Message}", e.Message);
            throw;
        }
        catch (DbException e)
        {
            throw new DatabaseUnavailableException(database.Where, e);
        }
        finally
        {
            if (locked)
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

// Features that need demo rows (a training round, sessions, sandboxes) add one of these.
public interface IDemoDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
