using System.Data.Common;
using DtksTraining.Web.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DtksTraining.Web.Shared;

// Delivery of outbox rows written in a transaction is queued once they are committed; a rolled-back write queues nothing.
public sealed class OutboxCommitInterceptor(IServiceProvider services) : DbTransactionInterceptor
{
    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Lupakan(eventData);
        return base.TransactionStartedAsync(connection, eventData, result, cancellationToken);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Lupakan(eventData);
        return base.TransactionStarted(connection, eventData, result);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Antrekan(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Antrekan(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Lupakan(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Lupakan(eventData);

    private static void Lupakan(TransactionEndEventData eventData)
    {
        if (eventData.Context is AppDbContext db) db.OutboxAwaitingCommit.Clear();
    }

    private void Antrekan(TransactionEndEventData eventData)
    {
        if (eventData.Context is not AppDbContext db || db.OutboxAwaitingCommit.Count == 0) return;
        var jobs = services.GetRequiredService<IBackgroundJobClient>();
        foreach (var id in db.OutboxAwaitingCommit) jobs.Enqueue<MailDeliveryJob>(job => job.DeliverAsync(id, CancellationToken.None));
        db.OutboxAwaitingCommit.Clear();
    }
}
