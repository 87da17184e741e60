using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Data;

public enum DatabaseProvider { Sqlite, Postgres }

public static class DatabaseExtensions
{
    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value)) return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidSettingException(
                $"Database:Provider '{value}' tidak dikenal. Pilih 'Sqlite' atau 'Postgres'.");
    }

    public static string ConnectionStringOf(IConfiguration configuration, DataFolder dataFolder, DatabaseProvider provider)
    {
        var configured = configuration.GetConnectionString("Default");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (provider == DatabaseProvider.Postgres)
            throw new InvalidSettingException(
                "Provider Postgres memerlukan ConnectionStrings:Default (mis. Host=127.0.0.1;Database=dtks;Username=dtks;Password=...).");
        return $"Data Source={dataFolder.File("dtks.db")}";
    }

    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var dataFolder = DataFolder.From(builder.Configuration, builder.Environment);
        var provider = ProviderOf(builder.Configuration);
        var connectionString = ConnectionStringOf(builder.Configuration, dataFolder, provider);

        builder.Services.AddSingleton(dataFolder);
        builder.Services.AddSingleton(new DatabaseSettings(provider, connectionString));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<AuditInterceptor>();
        builder.Services.AddSingleton<OutboxCommitInterceptor>();
        builder.Services.AddSingleton<DatabaseBackup>();
        builder.Services.AddSingleton<SqliteSynchronousNormal>();

        // Pooled: a request reuses a context and its internal services instead of building options and services anew.
        if (provider == DatabaseProvider.Sqlite)
            builder.Services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((sp, options) => options
                .UseSqlite(connectionString)
                .ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly, MigrationsInNamespace>()
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<SqliteSynchronousNormal>(),
                    sp.GetRequiredService<OutboxCommitInterceptor>()));
        else
            builder.Services.AddDbContextPool<AppDbContext, PostgresAppDbContext>((sp, options) => options
                .UseNpgsql(connectionString)
                .ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly, MigrationsInNamespace>()
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<OutboxCommitInterceptor>()));
        return builder;
    }
}

public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    // How a message names the database: the SQLite file, or PostgreSQL's host, database and user, never the password.
    public string Where
    {
        get
        {
            if (Provider == DatabaseProvider.Sqlite)
                return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;
            var pg = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
            return $"{pg.Database} di {pg.Host}:{pg.Port} (pengguna {pg.Username})";
        }
    }
}
