using DtksTraining.Web.Akun;
using DtksTraining.Web.Data;
using System.Runtime.CompilerServices;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace DtksTraining.Web.Shared;

public static class JobsExtensions
{
    private const long JobSchemaLockKey = 0x_D7C5_4A0B;

    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var dataFolder = DataFolder.From(builder.Configuration, builder.Environment);
        var provider = DatabaseExtensions.ProviderOf(builder.Configuration);
        var connectionString = DatabaseExtensions.ConnectionStringOf(builder.Configuration, dataFolder, provider);

        JobStorage? storage = null;
        builder.Services.AddHangfire((services, config) =>
        {
            config.UseLogProvider(new HostLogProvider(services.GetRequiredService<ILoggerFactory>()));
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            storage = provider == DatabaseProvider.Postgres
                ? PostgresStorage(config, connectionString)
                : SqliteStorage(config, dataFolder.File("hangfire.db"));
        });
        // Hangfire's defaults read the static JobStorage.Current and JobActivator.Current, which the last host in the
        // process overwrites; this host's own storage and scopes keep several hosts (tests) from running each other's jobs.
        builder.Services.AddSingleton<JobStorage>(services =>
        {
            services.GetRequiredService<IGlobalConfiguration>();
            return storage!;
        });
        builder.Services.AddSingleton<JobActivator>(services =>
            new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()));
        if (builder.Configuration.GetValue("Jobs:Server", true))
            builder.Services.AddHangfireServer(options =>
            {
                // One queue ("default"): mail per outbox row and certificates (short), ZIP exports and the regency register
                // (long). Two workers keep mail moving beside one long job; each further worker only polls the queue again.
                options.WorkerCount = Math.Max(1, builder.Configuration.GetValue("Jobs:Workers", 2));
                options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            });
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<Data.AppDbContext>("database")
            .AddCheck<JobStorageHealthCheck>("jobs");
        return builder;
    }

    // One method per provider: compiling a method loads the assemblies it names, so SQLite never loads Hangfire.PostgreSql.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JobStorage PostgresStorage(IGlobalConfiguration config, string connectionString)
    {
        InstallJobSchema(connectionString);
        return config.UsePostgreSqlStorage(
            options => options.UseNpgsqlConnection(connectionString),
            new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1), PrepareSchemaIfNecessary = false }).Entry;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JobStorage SqliteStorage(IGlobalConfiguration config, string file)
    {
        try
        {
            return config.UseSQLiteStorage(file, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) }).Entry;
        }
        catch (SQLite.SQLiteException e)
        {
            throw new DatabaseUnavailableException(file, e);
        }
    }

    // Hangfire's installer fails with serialization errors when several nodes start together; one node at a time runs it.
    private static void InstallJobSchema(string connectionString)
    {
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using (var command = new NpgsqlCommand($"SELECT pg_advisory_lock({JobSchemaLockKey})", connection))
                command.ExecuteNonQuery();
            try
            {
                PostgreSqlObjectsInstaller.Install(connection);
            }
            finally
            {
                using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({JobSchemaLockKey})", connection);
                unlock.ExecuteNonQuery();
            }
        }
        catch (NpgsqlException e)
        {
            throw new DatabaseUnavailableException(new DatabaseSettings(DatabaseProvider.Postgres, connectionString).Where, e);
        }
    }

    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminOnlyDashboardFilter()],
            DashboardTitle = "DtksTraining — antrean tugas",
            AppPath = "/",
        });
        return app;
    }

    private sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User.IsInRole(Peran.Admin);
    }
}

public sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = storage.GetConnection();
            connection.GetAllItemsFromSet("health-probe");
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Penyimpanan tugas tidak dapat dihubungi.", e));
        }
    }
}
