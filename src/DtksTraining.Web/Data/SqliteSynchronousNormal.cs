using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace DtksTraining.Web.Data;

// WAL with synchronous=NORMAL on every app connection: a commit stops waiting for an fsync (~6 ms on this disk, and
// every writer queues behind it). An app crash loses nothing and the file stays consistent; a power cut may drop the last commits.
public sealed class SqliteSynchronousNormal : DbConnectionInterceptor
{
    private const string Perintah = "PRAGMA synchronous=NORMAL;";

    // The setting lives on the native handle, which the pool hands out again on the next open: set it once per handle.
    private static readonly ConditionalWeakTable<sqlite3, object> SudahDiatur = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!PerluDiatur(connection)) return;
        using var c = connection.CreateCommand();
        c.CommandText = Perintah;
        c.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (!PerluDiatur(connection)) return;
        await using var c = connection.CreateCommand();
        c.CommandText = Perintah;
        await c.ExecuteNonQueryAsync(cancellationToken);
    }

    private static bool PerluDiatur(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || SudahDiatur.TryAdd(handle, Perintah);
}
