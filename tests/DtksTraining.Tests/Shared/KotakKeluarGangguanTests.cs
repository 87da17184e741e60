using System.Data.Common;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Jadwal;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Shared;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DtksTraining.Tests.Shared;

// The process "dies" at each step of an enrolment and its mail (an exception that nothing in the app catches, thrown
// by a database interceptor at that exact statement); then the recurring dispatcher runs, as after a restart.
[Trait("Category", "Data")]
[Collection(nameof(MailDeliveryTests))]
public class KotakKeluarGangguanTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string DesaBagelen = "18.09.01.2007";
    private static readonly DateOnly Tanggal = new(2026, 10, 20);
    private readonly SmtpSink _smtp = new();
    private readonly Gangguan _gangguan = new();
    private GangguanAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = new GangguanAppFactory(_gangguan);
        _app.UseSmtp(_smtp);
        // No job server: only what the test runs delivers, so a queued job can never mask a lost row.
        _app.Settings["Jobs:Server"] = "false";
        await ((IAsyncLifetime)_app).InitializeAsync();
        await _smtp.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_app).DisposeAsync();
        await _smtp.DisposeAsync();
    }

    public sealed record Langkah(string Nama, Func<DbCommand, bool>? BerhentiPada, bool SaatCommit = false);

    private static readonly Langkah[] SemuaLangkah =
    [
        new("setelah baris pendaftaran, sebelum baris kotak keluar", c => c.CommandText.Contains("INSERT INTO \"OutboxMail\"")),
        new("setelah baris kotak keluar, sebelum commit", null, SaatCommit: true),
        new("setelah commit, tugas kirim tidak pernah jalan", null),
        new("setelah klaim, sebelum SMTP", c => c.CommandText.Contains("\"Mime\"") && c.CommandText.StartsWith("SELECT")),
        new("setelah SMTP menerima, sebelum ditandai terkirim", c => c.CommandText.StartsWith("UPDATE") && c.CommandText.Contains("\"DikirimLewat\"")),
    ];

    [Fact]
    public async Task A_crash_at_any_step_loses_no_mail_and_sends_none_twice_except_in_the_smtp_window_with_one_message_id()
    {
        _app.CreateClient();
        var sesiId = await _app.BuatSesiAsync(Tanggal, 20);
        var admin = await _app.IdAsync("admin");
        var hasil = new List<(Langkah Langkah, string Email, bool Terdaftar)>();
        for (var i = 0; i < SemuaLangkah.Length; i++)
        {
            var langkah = SemuaLangkah[i];
            var email = $"langkah{i}@desa.example";
            var peserta = (await _app.BuatPesertaAsync(1, DesaBagelen, email)).Single();
            var tertunda = false;
            _gangguan.Pasang(langkah);
            try
            {
                await _app.DenganAsync(d => d.DaftarkanAsync(sesiId, peserta, admin));
                await KirimTertundaAsync();
            }
            catch (ProsesMati)
            {
                tertunda = true;
            }
            _gangguan.Lepas();
            // The restart: the dispatcher now, and again once a dead node's claim has lapsed.
            await KirimTertundaAsync();
            _app.Clock.Advance(MailDeliveryJob.Sewa + TimeSpan.FromMinutes(1));
            await KirimTertundaAsync();
            var terdaftar = await _app.WithDbAsync(db => db.Enrolmen.AnyAsync(e => e.PesertaId == peserta));
            output.WriteLine($"{langkah.Nama}: berhenti={tertunda}, pendaftaran={(terdaftar ? 1 : 0)}, " +
                             $"diterima SMTP={_smtp.Received.Count(m => m.To.Mailboxes.Any(a => a.Address == email))}");
            Assert.Equal(langkah.BerhentiPada is not null || langkah.SaatCommit, tertunda);
            hasil.Add((langkah, email, terdaftar));
        }

        foreach (var (langkah, email, terdaftar) in hasil)
        {
            var diterima = _smtp.Received.Where(m => m.To.Mailboxes.Any(a => a.Address == email)).ToList();
            var baris = await _app.WithDbAsync(db => db.OutboxMail.AsNoTracking().Where(m => m.Kepada == email).ToListAsync());
            // Nothing lost: a committed enrolment has exactly one outbox row, marked sent, and its mail arrived.
            Assert.Equal(terdaftar ? 1 : 0, baris.Count);
            Assert.All(baris, b => Assert.NotNull(b.TerkirimPada));
            Assert.Equal(terdaftar ? 1 : 0, diterima.Select(m => m.MessageId).Distinct().Count());
            if (langkah == SemuaLangkah[^1])
                Assert.Equal(2, diterima.Count); // the one documented window: sent again, with the same Message-Id
            else
                Assert.Equal(terdaftar ? 1 : 0, diterima.Count);
        }
        Assert.False(hasil[0].Terdaftar);
        Assert.False(hasil[1].Terdaftar);
        Assert.All(hasil.Skip(2), h => Assert.True(h.Terdaftar));
    }

    [Fact]
    public async Task Two_dispatchers_at_once_send_every_row_exactly_once()
    {
        _app.CreateClient();
        var ids = new List<long>();
        for (var i = 0; i < 30; i++)
            await using (var scope = _app.Services.CreateAsyncScope())
                ids.Add((await scope.ServiceProvider.GetRequiredService<MailOutbox>().QueueAsync($"uji-dua-node-{i}",
                    MailComposer.Compose($"node{i}@desa.example", "Operator", $"Uji dua node {i}", "Isi.")))!.Value);

        var dikirim = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(KirimTertundaAsync)));

        Assert.Equal(30, dikirim.Sum());
        await Task.Delay(500);
        for (var i = 0; i < 30; i++) Assert.Single(_smtp.Received, m => m.Subject == $"Uji dua node {i}");
        Assert.Equal(30, await _app.WithDbAsync(db => db.OutboxMail.CountAsync(m => ids.Contains(m.Id) && m.TerkirimPada != null)));
    }

    [Fact]
    public void The_dispatcher_is_a_recurring_job_every_minute()
    {
        _app.CreateClient();
        using var connection = _app.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = connection.GetRecurringJobs().Single(j => j.Id == MailDeliveryJob.IdPengirim);
        Assert.Equal(Cron.Minutely(), job.Cron);
        Assert.Equal(nameof(MailDeliveryJob.KirimTertundaAsync), job.Job.Method.Name);
    }

    private async Task<int> KirimTertundaAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailDeliveryJob>().KirimTertundaAsync(CancellationToken.None);
    }

    // What a killed process looks like to the code around the statement: the work stops and nothing after it runs.
    public sealed class ProsesMati() : OperationCanceledException("Proses berhenti (uji gangguan).");

    public sealed class Gangguan
    {
        private Langkah? _langkah;
        public void Pasang(Langkah langkah) => _langkah = langkah;
        public void Lepas() => _langkah = null;

        public void Periksa(DbCommand command)
        {
            if (_langkah?.BerhentiPada is { } berhenti && berhenti(command)) Berhenti();
        }

        public void PeriksaCommit()
        {
            if (_langkah is { SaatCommit: true }) Berhenti();
        }

        private void Berhenti()
        {
            _langkah = null;
            throw new ProsesMati();
        }
    }

    private sealed class GangguanPerintah(Gangguan g) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            g.Periksa(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            g.Periksa(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private sealed class GangguanCommit(Gangguan g) : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default)
        {
            g.PeriksaCommit();
            return base.TransactionCommittingAsync(transaction, eventData, result, cancellationToken);
        }
    }

    private sealed class GangguanAppFactory(Gangguan gangguan) : JadwalAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s =>
            {
                s.ConfigureDbContext<SqliteAppDbContext>((_, o) => o.AddInterceptors(new GangguanPerintah(gangguan), new GangguanCommit(gangguan)));
                s.ConfigureDbContext<PostgresAppDbContext>((_, o) => o.AddInterceptors(new GangguanPerintah(gangguan), new GangguanCommit(gangguan)));
            });
        }
    }
}
