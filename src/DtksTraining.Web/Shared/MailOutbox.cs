using DtksTraining.Web.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DtksTraining.Web.Shared;

// Mail is written to the outbox first, keyed by what it is about, so a retried job never queues it twice.
public sealed class MailOutbox(AppDbContext db, IBackgroundJobClient jobs, IOptions<SmtpOptions> smtp, TimeProvider clock)
{
    public async Task<long?> QueueAsync(string dedupKey, MimeMessage message, CancellationToken cancellationToken = default)
    {
        if (await db.OutboxMail.AnyAsync(m => m.DedupKey == dedupKey, cancellationToken)) return null;
        if (message.From.Count == 0) message.From.Add(new MailboxAddress(smtp.Value.FromName, smtp.Value.From));
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
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request queued the same mail between our check and our insert.
            db.Entry(outbox).State = EntityState.Detached;
            if (await db.OutboxMail.AnyAsync(m => m.DedupKey == dedupKey, cancellationToken)) return null;
            throw;
        }
        jobs.Enqueue<MailDeliveryJob>(job => job.DeliverAsync(outbox.Id, CancellationToken.None));
        return outbox.Id;
    }
}
