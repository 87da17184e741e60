using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Infrastructure;

// Runs the real app on a fresh data folder (SQLite file, Hangfire storage, mail pickup) or a fresh PostgreSQL database.
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Latihan#2024";
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "dtks-tests", Guid.NewGuid().ToString("N"));
    public string? PostgresConnectionString { get; private set; }
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Demo:Seed"] = "true",
        // Most tests build the rounds they check; the live demo round is switched on by the tests that walk it.
        ["Demo:PutaranBerjalan"] = "false",
        ["RateLimit:LoginPerMinute"] = "10000",
        ["RateLimit:PublicPerMinute"] = "10000",
        ["Jobs:Workers"] = "2",
    };

    public void UseSmtp(SmtpSink sink)
    {
        Settings["Smtp:Host"] = "127.0.0.1";
        Settings["Smtp:Port"] = sink.Port.ToString();
        Settings["Smtp:TlsMode"] = "None";
    }

    // A second start on an earlier app's data: its folder and, on the PostgreSQL leg, its database.
    public void UseDataOf(AppFactory earlier) => UseDataOf(earlier.DataPath, earlier.PostgresConnectionString);

    public void UseDataOf(string dataPath, string? postgresConnectionString)
    {
        Settings["DataPath"] = dataPath;
        if (postgresConnectionString is null) return;
        Settings["Database:Provider"] = "Postgres";
        Settings["ConnectionStrings:Default"] = postgresConnectionString;
    }

    public virtual async Task InitializeAsync()
    {
        if (TestDatabase.IsPostgres)
            PostgresConnectionString = await TestDatabase.CreatePostgresDatabaseAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("DataPath", DataPath);
        if (PostgresConnectionString is not null)
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Default", PostgresConnectionString);
        }
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (PostgresConnectionString is not null)
            await TestDatabase.DropPostgresDatabaseAsync(PostgresConnectionString);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
