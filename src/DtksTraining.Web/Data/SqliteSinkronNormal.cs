using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DtksTraining.Web.Data;

// WAL with synchronous=NORMAL on every app connection: a commit stops waiting for an fsync (~6 ms on this disk, and
// every writer queues behind it). An app crash loses nothing and the file stays consistent; a power cut may drop the last commits.
public sealed class SqliteSinkronNormal : DbConnectionInterceptor
{
    private const string Perintah = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var c = connection.CreateCommand();
        c.CommandText = Perintah;
        c.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var c = connection.CreateCommand();
        c.CommandText = Perintah;
        await c.ExecuteNonQueryAsync(cancellationToken);
    }
}
