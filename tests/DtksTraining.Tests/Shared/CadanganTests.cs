using System.Collections.Concurrent;
using System.Net;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace DtksTraining.Tests.Shared;

[Trait("Category", "Data")]
public class CadanganTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public Task InitializeAsync()
    {
        _app.Settings["Jobs:Server"] = "false";
        return ((IAsyncLifetime)_app).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task An_admin_backup_taken_during_a_write_burst_restores_whole_with_every_row_committed_before_it()
    {
        var admin = await _app.LoginAsync("admin");
        var page = await admin.GetDocumentAsync("/Admin/Cadangan");
        if (TestDatabase.IsPostgres)
        {
            Assert.Contains("pg_dump", page.Body!.TextContent);
            return;
        }

        var committed = new ConcurrentQueue<(string Key, DateTime At)>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var key = $"cadangan-{w}-{i}";
                await _app.WithDbAsync(async db =>
                {
                    db.OutboxMail.Add(new OutboxMail { DedupKey = key, Kepada = "uji@desa.example", Subjek = key, Mime = new byte[512], DibuatPada = DateTimeOffset.UtcNow });
                    await db.SaveChangesAsync();
                });
                committed.Enqueue((key, DateTime.UtcNow));
            }
        })).ToList();
        while (committed.Count < 200) await Task.Delay(20);

        var startedAt = DateTime.UtcNow;
        var response = await admin.SubmitAsync(page, new Dictionary<string, string>(), "main form");
        var finishedAt = DateTime.UtcNow;
        await Task.Delay(200);
        stop.Cancel();
        await Task.WhenAll(writers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listing = await response.ReadDocumentAsync();
        var link = listing.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).First(h => h is not null && h.Contains("handler=Unduh"))!;
        var download = await admin.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync();

        // Restore into a fresh data folder, as the README says: the backup file becomes dtks.db.
        var restored = new AppFactory();
        restored.Settings["Jobs:Server"] = "false";
        Directory.CreateDirectory(restored.DataPath);
        await File.WriteAllBytesAsync(Path.Combine(restored.DataPath, "dtks.db"), bytes);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(restored.DataPath, "dtks.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
        }
        restored.CreateClient();
        var inBackup = await restored.WithDbAsync(db => db.OutboxMail.Where(m => m.DedupKey.StartsWith("cadangan-")).Select(m => m.DedupKey).ToListAsync());
        var all = committed.ToList();
        var before = all.Where(c => c.At < startedAt).Select(c => c.Key).ToList();
        output.WriteLine($"ditulis {all.Count} baris; {before.Count} sebelum cadangan dimulai, {all.Count(c => c.At > finishedAt)} sesudah selesai; cadangan berisi {inBackup.Count}; {bytes.Length / 1024} KB");
        Assert.Empty(before.Except(inBackup));
        Assert.Empty(inBackup.Except(all.Select(c => c.Key)));
        Assert.True(all.Count(c => c.At > finishedAt) > 0, "penulisan harus berlanjut selama dan sesudah cadangan");
        var masuk = await restored.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await masuk.GetAsync("/Admin/KotakKeluar")).StatusCode);
        await ((IAsyncLifetime)restored).DisposeAsync();
    }

    [Fact]
    public async Task Only_a_listed_backup_can_be_downloaded()
    {
        var admin = await _app.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Cadangan?handler=Unduh&nama=..%2Fdtks.db")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Cadangan?handler=Unduh&nama=dtks.db")).StatusCode);
    }
}
