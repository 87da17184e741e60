using Npgsql;

namespace DtksTraining.Tests.Infrastructure;

// The provider leg of CI sets DTKS_TEST_PROVIDER=Postgres and DTKS_TEST_PG to a server connection string.
public static class TestDatabase
{
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("DTKS_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("DTKS_TEST_PG") ?? "Host=127.0.0.1;Port=5433;Username=postgres;Password=postgres";

    public static async Task<string> CreatePostgresDatabaseAsync()
    {
        var name = "dtks_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropPostgresDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
