using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DtksTraining.Web.Sertifikat;

// The issued PDF to its owner, once per certificate version; the outbox retries delivery until SMTP takes it.
public sealed class KabarSertifikat(AppDbContext db, MailOutbox outbox, IOptions<DinsosOptions> dinsos)
{
    public static string KunciDedup(long sertifikatId) => $"sertifikat:{sertifikatId}";

    public static string NamaBerkas(string nomor) => $"sertifikat-{NomorSertifikat.Parse(nomor).UntukUrl}.pdf";

    public async Task<bool> KirimAsync(long sertifikatId, CancellationToken ct = default)
    {
        var kunci = KunciDedup(sertifikatId);
        if (await db.OutboxMail.AnyAsync(m => m.DedupKey == kunci, ct)) return false;
        var s = await db.Sertifikat.AsNoTracking()
            .Where(x => x.Id == sertifikatId && x.Terkini && x.Status == StatusSertifikat.Berlaku)
            .Select(x => new { x.Nomor, x.Nama, x.NamaPutaran, x.Pdf, x.Versi, Email = db.Users.Where(u => u.Id == x.UserId).Select(u => u.Email).FirstOrDefault() })
            .SingleOrDefaultAsync(ct);
        if (s?.Email is not { Length: > 0 } email) return false;

        var url = dinsos.Value.AlamatPublik("/verifikasi/" + NomorSertifikat.Parse(s.Nomor).UntukUrl).AbsoluteUri;
        var pembuka = s.Versi > 1
            ? $"Sertifikat Anda telah diperbaiki dan diterbitkan ulang dengan nomor {s.Nomor}. Sertifikat sebelumnya tidak berlaku lagi."
            : $"Selamat, Anda telah memenuhi semua syarat {s.NamaPutaran}. Sertifikat Anda bernomor {s.Nomor}.";
        var teks = $"Yth. {s.Nama},\n\n{pembuka}\n\nSertifikat terlampir dalam bentuk PDF. Keasliannya dapat diperiksa siapa saja di\n{url}\n\n" +
                   $"Sertifikat juga dapat diunduh kembali lewat menu Sertifikat saya.\n\nSalam,\n{KredensialOpenBadge.NamaDinsos}";
        var lampiran = new MimePart("application", "pdf")
        {
            Content = new MimeContent(new MemoryStream(s.Pdf)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = NamaBerkas(s.Nomor),
        };
        var pesan = MailComposer.Compose(email, s.Nama, $"Sertifikat pelatihan DTKS {s.Nomor}", teks, [lampiran]);
        return await outbox.QueueAsync(kunci, pesan, ct) is not null;
    }
}
