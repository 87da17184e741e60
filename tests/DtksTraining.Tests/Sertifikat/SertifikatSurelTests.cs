using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Jadwal;
using DtksTraining.Tests.Shared;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace DtksTraining.Tests.Sertifikat;

// Delivery timing matters here, so this runs with the other mail tests, alone.
[Trait("Category", "Data")]
[Collection(nameof(MailDeliveryTests))]
public class SertifikatSurelTests : IAsyncLifetime
{
    private readonly SmtpSink _smtp = new();
    private readonly JadwalAppFactory _app = new();

    public async Task InitializeAsync()
    {
        _app.UseSmtp(_smtp);
        _app.AturPenandatangan();
        await ((IAsyncLifetime)_app).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_app).DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Certificate_pdf_mailed_while_smtp_is_down_arrives_once_when_it_is_back()
    {
        _app.CreateClient();
        var (userId, putaranId, _) = await _app.KepalaDesaLayakAsync("kades.uji@desa.example");
        await _app.TerbitkanAsync(userId, putaranId);
        // A retried issuing job finds the certificate and its queued mail; nothing is queued twice.
        await _app.TerbitkanAsync(userId, putaranId);
        var s = (await _app.SertifikatAsync(userId)).Single();
        var kunci = KabarSertifikat.KunciDedup(s.Id);
        var id = await _app.WithDbAsync(db => db.OutboxMail.Where(m => m.DedupKey == kunci).Select(m => m.Id).SingleAsync());

        // The attempt is counted when the row is claimed and its error written after SMTP refuses: wait for the error.
        var batas = DateTime.UtcNow.AddSeconds(30);
        string? galat = null;
        while (galat is null && DateTime.UtcNow < batas)
        {
            await Task.Delay(200);
            galat = await _app.WithDbAsync(db => db.OutboxMail.Where(m => m.Id == id).Select(m => m.GalatTerakhir).SingleAsync());
        }
        var gagal = await _app.WithDbAsync(db => db.OutboxMail.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.True(gagal.Percobaan >= 1);
        Assert.Null(gagal.TerkirimPada);
        Assert.NotNull(gagal.GalatTerakhir);
        Assert.Empty(_smtp.Received);

        await _smtp.StartAsync();
        // The dispatcher's next minute comes now instead of up to a minute later: the same recurring job, on the job server.
        _app.Services.GetRequiredService<IRecurringJobManager>().Trigger(MailDeliveryJob.IdPengirim);
        var surel = await _smtp.WaitForAsync(m => m.Subject == $"Sertifikat pelatihan DTKS {s.Nomor}", TimeSpan.FromSeconds(90));
        Assert.Equal("kades.uji@desa.example", surel.To.Mailboxes.Single().Address);
        Assert.Contains("/verifikasi/DTKS-PSW-2026-000001", surel.TextBody);
        var lampiran = Assert.Single(surel.Attachments.OfType<MimePart>());
        Assert.Equal("application/pdf", lampiran.ContentType.MimeType);
        Assert.Equal("sertifikat-DTKS-PSW-2026-000001.pdf", lampiran.FileName);
        using var isi = new MemoryStream();
        await lampiran.Content!.DecodeToAsync(isi);
        Assert.Equal(s.Sha256, DocumentHash.Sha256Hex(isi.ToArray()));

        var terkirim = await _app.WithDbAsync(db => db.OutboxMail.AsNoTracking().SingleAsync(m => m.Id == id));
        for (var i = 0; i < 40 && terkirim.TerkirimPada is null; i++)
        {
            await Task.Delay(250);
            terkirim = await _app.WithDbAsync(db => db.OutboxMail.AsNoTracking().SingleAsync(m => m.Id == id));
        }
        Assert.NotNull(terkirim.TerkirimPada);
        await _app.TerbitkanAsync(userId, putaranId);
        await Task.Delay(1500);
        Assert.Single(_smtp.Received, m => m.Subject == $"Sertifikat pelatihan DTKS {s.Nomor}");
        Assert.Equal(1, await _app.WithDbAsync(db => db.OutboxMail.CountAsync(m => m.DedupKey == kunci)));
    }
}
