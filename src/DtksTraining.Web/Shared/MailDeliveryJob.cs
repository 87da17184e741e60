using DtksTraining.Web.Data;
using Hangfire;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DtksTraining.Web.Shared;

public sealed class MailDeliveryJob(AppDbContext db, IOptions<SmtpOptions> options, DataFolder dataFolder, TimeProvider clock)
{
    // SMTP may be down for hours at a rural office; keep trying with growing gaps.
    [AutomaticRetry(Attempts = 25, DelaysInSeconds = [5, 10, 20, 30, 60, 120, 300, 600, 900, 1800, 3600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task DeliverAsync(long outboxId, CancellationToken cancellationToken)
    {
        var mail = await db.OutboxMail.FindAsync([outboxId], cancellationToken);
        if (mail is null || mail.TerkirimPada is not null) return;

        mail.Percobaan++;
        var smtp = options.Value;
        try
        {
            if (string.IsNullOrWhiteSpace(smtp.Host))
            {
                var folder = dataFolder.Folder("mail-pickup");
                await File.WriteAllBytesAsync(Path.Combine(folder, $"{mail.Id:D8}.eml"), mail.Mime, cancellationToken);
                mail.DikirimLewat = "pickup";
            }
            else
            {
                using var stream = new MemoryStream(mail.Mime);
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
                mail.DikirimLewat = "smtp";
            }
            mail.TerkirimPada = clock.GetUtcNow();
            mail.GalatTerakhir = null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            mail.GalatTerakhir = e.Message;
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
