using System.Diagnostics;
using System.Net;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DtksTraining.Tests.ScaleOut;

[CollectionDefinition(Name)]
public sealed class TwoNodesCollection : ICollectionFixture<TwoNodes>
{
    public const string Name = "Dua node";
}

// Two real app processes on one empty PostgreSQL database and one SMTP server, started at the same moment.
public sealed class TwoNodes : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public SmtpSink Smtp { get; } = new();
    public AppNode A { get; private set; } = null!;
    public AppNode B { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";
    public TimeSpan HealthyA { get; private set; }
    public TimeSpan HealthyB { get; private set; }

    public async Task InitializeAsync()
    {
        if (ScaleOutGate.SkipReason is not null) return;
        if (ScaleOutGate.PostgresServer is null)
            throw new InvalidOperationException("CI=true tetapi DTKS_TEST_PG tidak di-set: uji dua node tidak bisa berjalan.");
        ConnectionString = await TestDatabase.CreatePostgresDatabaseAsync();
        await Smtp.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Default"] = ConnectionString,
            ["Demo:Seed"] = "true",
            ["RateLimit:LoginPerMinute"] = "10000",
            ["RateLimit:PublicPerMinute"] = "10000",
            ["Jobs:Workers"] = "2",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Smtp.Port.ToString(),
            ["Smtp:TlsMode"] = "None",
        };
        var clock = Stopwatch.StartNew();
        A = AppNode.Start("A", settings);
        B = AppNode.Start("B", settings);
        var healthy = await Task.WhenAll(A.WaitHealthyAsync(clock, StartTimeout), B.WaitHealthyAsync(clock, StartTimeout));
        (HealthyA, HealthyB) = (healthy[0], healthy[1]);
    }

    public AppNode Node(string name) => name switch
    {
        "A" => A,
        "B" => B,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Node hanya A atau B."),
    };

    public static (HttpClient Client, CookieContainer Cookies) Client(AppNode node, CookieContainer? cookies = null)
    {
        cookies ??= new CookieContainer();
        var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        return (new HttpClient(handler) { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(60) }, cookies);
    }

    public static async Task<(HttpClient Client, CookieContainer Cookies)> LoginAsync(AppNode node, string userName)
    {
        var (client, cookies) = Client(node);
        var page = await client.GetDocumentAsync("/Akun/Masuk");
        var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.NamaPengguna"] = userName,
            ["Input.KataSandi"] = AppFactory.DemoPassword,
        });
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith("/Akun/Masuk") != false)
            throw new InvalidOperationException($"Login {userName} di node {node.Name} gagal: {(int)response.StatusCode}");
        return (client, cookies);
    }

    // The browser's cookies for node `from`, as nginx would hand them to node `to`.
    public static CookieContainer CookiesFor(CookieContainer cookies, AppNode from, AppNode to, params string[] names)
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in cookies.GetCookies(from.BaseAddress))
            if (names.Length == 0 || names.Contains(cookie.Name))
                copy.Add(to.BaseAddress, new Cookie(cookie.Name, cookie.Value, cookie.Path));
        return copy;
    }

    public PostgresAppDbContext Db() =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(ConnectionString).Options);

    public async Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task DisposeAsync()
    {
        if (A is not null) await A.DisposeAsync();
        if (B is not null) await B.DisposeAsync();
        await Smtp.DisposeAsync();
        if (ConnectionString.Length > 0) await TestDatabase.DropPostgresDatabaseAsync(ConnectionString);
    }
}
