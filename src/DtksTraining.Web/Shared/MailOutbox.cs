using DtksTraining.Web.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DtksTraining.Web.Shared;

// Mail is written to the outbox first, keyed by what it is about, so a retried job never queues it twice. Called
// inside the caller's transaction, the row commits or rolls back with what it reports; the delivery job is queued
// after the commit (OutboxCommitInterceptor), and the recurring dispatcher sends whatever that job never got to.
public sealed class MailOutbox(AppDbContext db, IBackgroundJobClient jobs, IOptions<SmtpOptions> smtp, TimeProvider clock)
{
    public async Task<long?> QueueAsync(string dedupKey, MimeMessage message, CancellationToken cancellationToken = default)
    {
        if (await db.OutboxMail.AnyAsync(m => m.DedupKey == dedupKey, cancellationToken)) return null;
        if (message.From.Count == 0) message.From.Add(new MailboxAddress(smtp.Value.FromName, smtp.Value.From));
        // Stored inside the MIME bytes, so every retry of this row carries the same Message-Id and receivers can dedupe.
        message.MessageId ??= MimeKit.Utils.MimeUtils.GenerateMessageId("dtks.pesawaran");
        message.Date = clock.GetUtcNow();
        using var buffer = new MemoryStream();
        await message.WriteToAsync(buffer, cancellationToken);
        var outbox = new OutboxMail
        {
            DedupKey = dedupKey,
            Kepada = string.Join(", ", message.To.Mailboxes.Select(m => m.Address)),
            Subjek = message.Subject ?? "",
            Mime = buffer.ToArray(),
            DibuatPada = clock.GetUtcNow(),
        };
        db.OutboxMail.Add(outbox);
        var dalamTransaksi = db.Database.CurrentTransaction is not null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!dalamTransaksi)
        {
            // Another request queued the same mail between our check and our insert.
            db.Entry(outbox).State = EntityState.Detached;
            if (await db.OutboxMail.AnyAsync(m => m.DedupKey == dedupKey, cancellationToken)) return null;
            throw;
        }
        if (dalamTransaksi)
            db.OutboxAwaitingCommit.Add(outbox.Id);
        else
            jobs.Enqueue<MailDeliveryJob>(job => job.DeliverAsync(outbox.Id, CancellationToken.None));
        return outbox.Id;
    }
}
