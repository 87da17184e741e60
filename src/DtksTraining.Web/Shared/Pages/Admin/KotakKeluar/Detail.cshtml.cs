using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace DtksTraining.Web.Shared.Pages.Admin.KotakKeluar;

public class DetailModel(AppDbContext db) : PageModel
{
    public OutboxMail Surel { get; private set; } = null!;
    public IReadOnlyList<(string Nama, string Nilai)> Kepala { get; private set; } = [];
    public string? IsiTeks { get; private set; }
    public IReadOnlyList<Lampiran> DaftarLampiran { get; private set; } = [];

    public sealed record Lampiran(int Nomor, string Nama, string Jenis, long Ukuran);

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var surel = await db.OutboxMail.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id);
        if (surel is null) return NotFound();
        Surel = surel;
        var pesan = Muat(surel);
        Kepala =
        [
            ("Dari", pesan.From.ToString()),
            ("Kepada", pesan.To.ToString()),
            ("Cc", pesan.Cc.ToString()),
            ("Subjek", pesan.Subject ?? ""),
            ("Tanggal", pesan.Date.ToString("R")),
            ("Message-ID", pesan.MessageId ?? ""),
        ];
        Kepala = Kepala.Where(k => k.Nilai.Length > 0).ToList();
        IsiTeks = pesan.TextBody;
        DaftarLampiran = pesan.Attachments.Select((bagian, i) => new Lampiran(i, NamaLampiran(bagian, i),
            bagian.ContentType.MimeType, Isi(bagian).Length)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetLampiranAsync(long id, int nomor)
    {
        var surel = await db.OutboxMail.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id);
        if (surel is null) return NotFound();
        var bagian = Muat(surel).Attachments.ElementAtOrDefault(nomor);
        if (bagian is null) return NotFound();
        return File(Isi(bagian), bagian.ContentType.MimeType, NamaLampiran(bagian, nomor));
    }

    private static MimeMessage Muat(OutboxMail surel)
    {
        using var stream = new MemoryStream(surel.Mime);
        return MimeMessage.Load(stream);
    }

    private static string NamaLampiran(MimeEntity bagian, int nomor) =>
        (bagian as MimePart)?.FileName ?? bagian.ContentType.Name ?? $"lampiran-{nomor + 1}";

    private static byte[] Isi(MimeEntity bagian)
    {
        using var buffer = new MemoryStream();
        switch (bagian)
        {
            case MimePart { Content: { } content }: content.DecodeTo(buffer); break;
            case MessagePart { Message: { } message }: message.WriteTo(buffer); break;
        }
        return buffer.ToArray();
    }
}
