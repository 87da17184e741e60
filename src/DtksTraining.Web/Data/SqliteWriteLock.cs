namespace DtksTraining.Web.Data;

// SQLite allows one writer at a time. When several requests of this process open a write transaction at once, the
// losers get SQLITE_BUSY and Microsoft.Data.Sqlite retries them with a blocking 150 ms sleep, which under a burst of
// enrolments costs seconds and starves the thread pool. Queuing the writers here, asynchronously, lets each go in as
// soon as the previous commits. Correctness does not depend on this lock: the conditional UPDATE and the unique
// indexes still decide (also across processes and on PostgreSQL, where the lock is not used).
public sealed class SqliteWriteLock(DatabaseSettings settings)
{
    private readonly SemaphoreSlim? _kunci = settings.Provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    public async ValueTask<Pelepas> MasukAsync(CancellationToken ct)
    {
        if (_kunci is null) return default;
        await _kunci.WaitAsync(ct);
        return new Pelepas(_kunci);
    }

    public readonly struct Pelepas(SemaphoreSlim? kunci) : IDisposable
    {
        public void Dispose() => kunci?.Release();
    }
}
