using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace DtksTraining.Tests.Shared;

[Trait("Category", "Data")]
public class HostLogProviderTests : IAsyncLifetime
{
    private readonly AppFactory _tetap = new();
    public Task InitializeAsync() => ((IAsyncLifetime)_tetap).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_tetap).DisposeAsync();

    [Fact]
    public async Task Mail_is_still_queued_after_another_host_in_the_process_has_stopped()
    {
        _tetap.CreateClient();

        // The second host is built last, so Hangfire's process-wide log provider is its own; then it stops.
        var berhenti = new AppFactory();
        await ((IAsyncLifetime)berhenti).InitializeAsync();
        berhenti.CreateClient();
        await ((IAsyncLifetime)berhenti).DisposeAsync();

        await using var scope = _tetap.Services.CreateAsyncScope();
        var pesan = new MimeMessage { Subject = "Uji antrean", Body = new TextPart("plain") { Text = "Isi" } };
        pesan.To.Add(MailboxAddress.Parse("kades.bagelen@desa.example"));
        var id = await scope.ServiceProvider.GetRequiredService<MailOutbox>().QueueAsync("uji-host-berhenti", pesan);

        Assert.NotNull(id);
        Assert.Equal(1, await _tetap.WithDbAsync(db => db.OutboxMail.CountAsync(m => m.DedupKey == "uji-host-berhenti")));
    }
}
