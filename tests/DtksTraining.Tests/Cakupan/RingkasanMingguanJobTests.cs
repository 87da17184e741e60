using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Jadwal;
using DtksTraining.Tests.Shared;
using DtksTraining.Web.Cakupan;
using DtksTraining.Web.Shared;
using Hangfire.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Cakupan;

[Trait("Category", "Data")]
[Collection(nameof(MailDeliveryTests))]
public class RingkasanMingguanJobTests : IAsyncLifetime
{
    private readonly SmtpSink _smtp = new();
    private readonly JadwalAppFactory _app = new();

    public async Task InitializeAsync()
    {
        await _smtp.StartAsync();
        _app.UseSmtp(_smtp);
        await ((IAsyncLifetime)_app).InitializeAsync();
        _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_app).DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private async Task<int> JalankanAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RingkasanMingguanJob>().KirimAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Admins_get_the_summary_in_bahasa_once_per_week_through_real_smtp()
    {
        await _app.WithDbAsync(db => db.Users.Where(u => u.UserName == "admin")
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Email, "admin@dinsos.example")));
        await _app.BuatSesiAsync(new DateOnly(2026, 10, 20), 10);
        // Monday 5 October 2026, 07.00 WIB.
        _app.Clock.SetUtcNow(Wib.Pada(new DateOnly(2026, 10, 5), new TimeOnly(7, 0)).ToUniversalTime());

        Assert.Equal(1, await JalankanAsync());
        var mail = await _smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "admin@dinsos.example"));
        Assert.StartsWith("Ringkasan mingguan cakupan pelatihan DTKS", mail.Subject);
        var isi = mail.TextBody;
        Assert.Contains("Desa terlatih lengkap (Kepala Desa dan operator hadir): 0 dari 148 desa (0%)", isi);
        Assert.Contains("Gedong Tataan", isi);
        Assert.Contains("Lulus kuis:", isi);

        // A retry the same week (even on Thursday) queues nothing; the next Monday sends a new one.
        Assert.Equal(0, await JalankanAsync());
        _app.Clock.SetUtcNow(Wib.Pada(new DateOnly(2026, 10, 8), new TimeOnly(9, 0)).ToUniversalTime());
        Assert.Equal(0, await JalankanAsync());
        _app.Clock.SetUtcNow(Wib.Pada(new DateOnly(2026, 10, 12), new TimeOnly(7, 0)).ToUniversalTime());
        Assert.Equal(1, await JalankanAsync());
        var kunci = await _app.WithDbAsync(db => db.OutboxMail.Where(m => m.DedupKey.StartsWith("ringkasan-mingguan:"))
            .OrderBy(m => m.Id).Select(m => m.DedupKey).ToListAsync());
        Assert.Equal(2, kunci.Count);
        Assert.StartsWith("ringkasan-mingguan:2026-W41:", kunci[0]);
        Assert.StartsWith("ringkasan-mingguan:2026-W42:", kunci[1]);
    }

    [Fact]
    public void The_recurring_job_runs_monday_at_seven_jakarta_time()
    {
        using var connection = _app.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = connection.GetRecurringJobs().Single(j => j.Id == RingkasanMingguanJob.Id);
        Assert.Equal("0 7 * * 1", job.Cron);
        Assert.Equal(Wib.Zona.Id, job.TimeZoneId);
    }
}
