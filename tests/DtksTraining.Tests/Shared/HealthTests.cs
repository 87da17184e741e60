using System.Net;
using DtksTraining.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DtksTraining.Tests.Shared;

// SQLite-only: a file damaged under a running app is the fault a health probe exists to report.
public class HealthTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Health_turns_unhealthy_when_the_database_file_is_damaged_while_the_app_runs()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        var database = Path.Combine(_app.DataPath, "dtks.db");
        await using (var checkpoint = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await checkpoint.OpenAsync();
            await using var command = checkpoint.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await command.ExecuteNonQueryAsync();
        }
        // The header stays intact, so the file still opens; every page after it is zeroed.
        await using (var file = new FileStream(database, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            file.Position = 4096;
            await file.WriteAsync(new byte[file.Length - 4096]);
        }

        var response = await client.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("database: Unhealthy", body);
        Assert.Contains("jobs: Healthy", body);
    }
}
