using MimeKit;

namespace DtksTraining.Web.Shared;

public static class MailComposer
{
    public static MimeMessage Compose(string toAddress, string toName, string subject, string text,
        IEnumerable<MimePart>? attachments = null)
    {
        var message = new MimeMessage { Subject = subject };
        message.To.Add(new MailboxAddress(toName, toAddress));
        var body = new BodyBuilder { TextBody = text };
        foreach (var attachment in attachments ?? []) body.Attachments.Add(attachment);
        message.Body = body.ToMessageBody();
        return message;
    }
}
