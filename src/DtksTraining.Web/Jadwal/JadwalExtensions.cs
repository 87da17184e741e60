using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Hangfire;

namespace DtksTraining.Web.Jadwal;

public static class JadwalExtensions
{
    public static WebApplicationBuilder AddJadwal(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<KabarJadwal>();
        builder.Services.AddScoped<PendaftaranSesi>();
        builder.Services.AddSingleton<SqliteWriteLock>();
        builder.Services.AddScoped<PengingatSesiJob>();
        builder.Services.AddScoped<PenyusunSuratUndangan>();
        builder.Services.AddScoped<SuratUndanganJob>();
        builder.Services.AddScoped<DemoJadwalSeeder>();
        builder.Services.AddScoped<IDemoDataSeeder>(sp => sp.GetRequiredService<DemoJadwalSeeder>());
        builder.Services.AddScoped<DemoPutaranBerjalanSeeder>();
        builder.Services.AddScoped<IDemoDataSeeder>(sp => sp.GetRequiredService<DemoPutaranBerjalanSeeder>());
        builder.Services.AddHostedService<JadwalTugasBerulang>();
        return builder;
    }

    private sealed class JadwalTugasBerulang(IRecurringJobManager jobs) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var opsi = new RecurringJobOptions { TimeZone = Wib.Zona };
            jobs.AddOrUpdate<PengingatSesiJob>(PengingatSesiJob.IdPengingat, j => j.KirimPengingatAsync(CancellationToken.None), Cron.Hourly(), opsi);
            jobs.AddOrUpdate<PengingatSesiJob>(PengingatSesiJob.IdPromosi, j => j.PromosikanAsync(CancellationToken.None), Cron.Hourly(), opsi);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
