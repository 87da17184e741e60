using DtksTraining.Web.Data;
using Hangfire;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DtksTraining.Web.Shared;

// Each row is claimed with one conditional UPDATE before it is sent, so of several nodes (or a queued job and the
// dispatcher) exactly one sends it; the claim is a lease, so a node that dies mid-send leaves the row to the next
// dispatcher run once the lease ends. One window stays: SMTP accepted the mail and the node died before "sent" was
// committed. The retry then sends it again with the same Message-Id, which mail clients show once.
public sealed class MailDeliveryJob(AppDbContext db, IOptions<SmtpOptions> options, DataFolder dataFolder, TimeProvider clock)
{
    public const string IdPengirim = "kirim-kotak-keluar";
    public static readonly TimeSpan Sewa = TimeSpan.FromMinutes(5);
    private const int PerPutaran = 200;

    // SMTP may be down for hours at a rural office: the next try waits longer after each failure, at most an hour.
    private static readonly TimeSpan[] Jeda =
        [TimeSpan.Zero, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10),
         TimeSpan.FromMinutes(30), TimeSpan.FromHours(1)];

    public static TimeSpan JedaSetelah(int percobaan) => Jeda[Math.Clamp(percobaan - 1, 0, Jeda.Length - 1)];

    // The fast path after a commit; a failure is recorded on the row and left to the dispatcher, not to Hangfire's retries.
    [AutomaticRetry(Attempts = 0)]
    public async Task DeliverAsync(long outboxId, CancellationToken cancellationToken) =>
        await KirimAsync(outboxId, cancellationToken);

    // Every minute: each unsent, due row, whether or not its job was ever queued (a crash between commit and enqueue).
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> KirimTertundaAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ids = await db.OutboxMail.AsNoTracking()
            .Where(m => m.TerkirimPada == null && (m.KirimSetelah == null || m.KirimSetelah <= now))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(PerPutaran).ToListAsync(cancellationToken);
        var terkirim = 0;
        foreach (var id in ids)
            if (await KirimAsync(id, cancellationToken)) terkirim++;
        return terkirim;
    }

    public async Task<bool> KirimAsync(long outboxId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var klaim = await db.OutboxMail
            .Where(m => m.Id == outboxId && m.TerkirimPada == null && (m.KirimSetelah == null || m.KirimSetelah <= now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.KirimSetelah, now + Sewa)
                .SetProperty(m => m.DicobaPada, now)
                .SetProperty(m => m.Percobaan, m => m.Percobaan + 1), cancellationToken);
        if (klaim == 0) return false;

        var mail = await db.OutboxMail.AsNoTracking()
            .Where(m => m.Id == outboxId).Select(m => new { m.Id, m.Mime, m.Percobaan }).SingleAsync(cancellationToken);
        string lewat;
        try
        {
            lewat = await KirimMimeAsync(mail.Id, mail.Mime, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var lagi = clock.GetUtcNow() + JedaSetelah(mail.Percobaan);
            await db.OutboxMail.Where(m => m.Id == outboxId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.GalatTerakhir, e.Message).SetProperty(m => m.KirimSetelah, lagi), CancellationToken.None);
            return false;
        }
        var terkirim = clock.GetUtcNow();
        await db.OutboxMail.Where(m => m.Id == outboxId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.TerkirimPada, terkirim)
                .SetProperty(m => m.DikirimLewat, lewat)
                .SetProperty(m => m.GalatTerakhir, (string?)null)
                .SetProperty(m => m.KirimSetelah, (DateTimeOffset?)null), CancellationToken.None);
        return true;
    }

    private async Task<string> KirimMimeAsync(long id, byte[] mime, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            var folder = dataFolder.Folder("mail-pickup");
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{id:D8}.eml"), mime, cancellationToken);
            return "pickup";
        }
        using var stream = new MemoryStream(mime);
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.TlsMode switch
        {
            SmtpTlsMode.None => SecureSocketOptions.None,
            SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
            SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        }, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User))
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        return "smtp";
    }
}
