using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Shared;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Shared;

// Delivery timing is the point of these tests, so they run after the parallel ones, alone.
[CollectionDefinition(nameof(MailDeliveryTests), DisableParallelization = true)]
public class MailDeliveryCollection;

[Trait("Category", "Data")]
[Collection(nameof(MailDeliveryTests))]
public class MailDeliveryTests : IAsyncLifetime
{
    private readonly SmtpSink _smtp = new();
    private readonly AppFactory _app = new();

    public async Task InitializeAsync()
    {
        _app.UseSmtp(_smtp);
        await ((IAsyncLifetime)_app).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_app).DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private async Task<long?> Queue(string key, string subject)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailOutbox>().QueueAsync(key,
            MailComposer.Compose("operator@desa.example", "Nur Aini", subject, "Yth. Ibu Nur Aini,\n\nIni surel uji."));
    }

    [Fact]
    public async Task Mail_reaches_a_real_smtp_server_once_even_when_queued_twice()
    {
        await _smtp.StartAsync();
        _app.CreateClient();
        Assert.NotNull(await Queue("uji-sekali", "Undangan pelatihan DTKS"));
        Assert.Null(await Queue("uji-sekali", "Undangan pelatihan DTKS"));

        var received = await _smtp.WaitForAsync(m => m.Subject == "Undangan pelatihan DTKS");
        Assert.Equal("operator@desa.example", received.To.Mailboxes.Single().Address);
        Assert.Equal("noreply@dinsos.pesawarankab.go.id", received.From.Mailboxes.Single().Address);
        Assert.Contains("Ibu Nur Aini", received.TextBody);
        await Task.Delay(1500);
        Assert.Single(_smtp.Received, m => m.Subject == "Undangan pelatihan DTKS");
    }

    [Fact]
    // The failed attempt is left to the recurring dispatcher, which runs every minute.
    public async Task Mail_queued_while_smtp_is_down_is_delivered_once_it_is_back()
    {
        _app.CreateClient();
        var id = (await Queue("uji-smtp-mati", "Pengingat H-1"))!.Value;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        // The attempt is counted when the row is claimed and its error written after SMTP refuses: wait for the error.
        string? error = null;
        while (error is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            error = await _app.WithDbAsync(db => db.OutboxMail.Where(m => m.Id == id).Select(m => m.GalatTerakhir).SingleAsync());
        }
        var failed = await _app.WithDbAsync(db => db.OutboxMail.SingleAsync(m => m.Id == id));
        Assert.Null(failed.TerkirimPada);
        Assert.NotNull(failed.GalatTerakhir);

        await _smtp.StartAsync();
        // The dispatcher's next minute comes now instead of up to a minute later: the same recurring job, on the job server.
        _app.Services.GetRequiredService<IRecurringJobManager>().Trigger(MailDeliveryJob.IdPengirim);
        var received = await _smtp.WaitForAsync(m => m.Subject == "Pengingat H-1", TimeSpan.FromSeconds(90));
        Assert.NotNull(received);
        var sent = await _app.WithDbAsync(db => db.OutboxMail.SingleAsync(m => m.Id == id));
        for (var i = 0; i < 40 && sent.TerkirimPada is null; i++)
        {
            await Task.Delay(250);
            sent = await _app.WithDbAsync(db => db.OutboxMail.AsNoTracking().SingleAsync(m => m.Id == id));
        }
        Assert.NotNull(sent.TerkirimPada);
        Assert.Equal("smtp", sent.DikirimLewat);
        await Task.Delay(1500);
        Assert.Single(_smtp.Received, m => m.Subject == "Pengingat H-1");
    }
}
