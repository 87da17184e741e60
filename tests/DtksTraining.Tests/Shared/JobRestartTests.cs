using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Shared;

[Trait("Category", "Data")]
public class JobRestartTests
{
    [Fact]
    public async Task A_job_enqueued_before_a_restart_runs_after_it()
    {
        long outboxId;
        string dataPath;
        string? postgres;
        await using (var first = new AppFactory())
        {
            first.Settings["Jobs:Server"] = "false";
            await ((IAsyncLifetime)first).InitializeAsync();
            first.CreateClient();
            dataPath = first.DataPath;
            postgres = first.PostgresConnectionString;
            await using var scope = first.Services.CreateAsyncScope();
            var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
            outboxId = (await outbox.QueueAsync("uji-restart",
                MailComposer.Compose("kades@desa.example", "Kepala Desa", "Uji antrean", "Isi surel uji.")))!.Value;
        }

        await using var second = new AppFactory();
        second.UseDataOf(dataPath, postgres);
        second.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        DateTimeOffset? sent = null;
        while (sent is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            sent = await second.WithDbAsync(db => db.OutboxMail.Where(m => m.Id == outboxId).Select(m => m.TerkirimPada).SingleAsync());
        }
        Assert.NotNull(sent);
        var eml = Path.Combine(dataPath, "mail-pickup", $"{outboxId:D8}.eml");
        Assert.True(File.Exists(eml));
        Assert.Contains("Uji antrean", await File.ReadAllTextAsync(eml));
        if (postgres is not null) await TestDatabase.DropPostgresDatabaseAsync(postgres);
    }
}
