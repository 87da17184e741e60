using DtksTraining.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Data;

public class SqliteSinkronNormalTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Every_app_connection_runs_wal_with_synchronous_normal()
    {
        _ = app.Server;
        var pragma = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            return (await db.Database.SqlQueryRaw<string>(
                "SELECT journal_mode || '/' || CAST(synchronous AS TEXT) AS \"Value\" FROM pragma_journal_mode, pragma_synchronous").ToListAsync()).Single();
        });
        // synchronous: 0 OFF, 1 NORMAL, 2 FULL.
        Assert.Equal("wal/1", pragma);
    }
}
