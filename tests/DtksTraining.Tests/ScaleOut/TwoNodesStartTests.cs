using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace DtksTraining.Tests.ScaleOut;

[Collection(TwoNodesCollection.Name)]
[Trait("Category", "ScaleOut")]
public class TwoNodesStartTests(TwoNodes nodes, ITestOutputHelper output)
{
    [ScaleOutTheory]
    [InlineData("A")]
    [InlineData("B")]
    public async Task Both_nodes_start_together_on_an_empty_database_without_errors(string name)
    {
        var node = nodes.Node(name);
        var keys = await nodes.ScalarAsync("SELECT count(*) FROM \"DataProtectionKeys\"");
        output.WriteLine($"node A sehat setelah {nodes.HealthyA.TotalSeconds:0.0} s, node B setelah {nodes.HealthyB.TotalSeconds:0.0} s; {keys} kunci Data Protection");
        Assert.False(node.HasExited);
        // EF Core logs its first look for a history table that does not exist yet; that is how every empty database starts.
        var errors = node.Errors().Where(e => !e.Contains("FROM \"__EFMigrationsHistory\"")).ToList();
        Assert.True(errors.Count == 0, string.Join("\n\n", errors));
    }

    [ScaleOutFact]
    public async Task Each_migration_is_applied_exactly_once()
    {
        await using var db = nodes.Db();
        var expected = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        var historyRows = await nodes.ScalarAsync("SELECT count(*) FROM \"__EFMigrationsHistory\"");
        Assert.Equal(expected, applied);
        Assert.Equal(expected.Count, historyRows);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [ScaleOutTheory]
    [InlineData("SELECT count(*) FROM \"AspNetRoles\"", 4)]
    [InlineData("SELECT count(*) FROM \"AspNetUsers\" WHERE \"UserName\" = 'kades.bagelen'", 1)]
    [InlineData("SELECT count(*) - count(DISTINCT \"NormalizedUserName\") FROM \"AspNetUsers\"", 0)]
    [InlineData("SELECT count(*) FROM \"Kecamatan\"", 11)]
    [InlineData("SELECT count(*) FROM \"Desa\"", 148)]
    [InlineData("SELECT count(*) FROM \"Programme\"", 4)]
    [InlineData("SELECT count(*) FROM hangfire.schema", 1)]
    [InlineData("SELECT count(*) FROM hangfire.server", 2)]
    public async Task Schema_seed_and_job_servers_exist_once_per_database_or_node(string sql, long expected)
    {
        Assert.Equal(expected, await nodes.ScalarAsync(sql));
    }
}
