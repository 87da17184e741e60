using DtksTraining.Web.Shared;
using Hangfire;

namespace DtksTraining.Web.Cakupan;

public static class CakupanExtensions
{
    public static WebApplicationBuilder AddCakupan(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RingkasanMingguanJob>();
        builder.Services.AddHostedService<RingkasanMingguanTerjadwal>();
        return builder;
    }

    private sealed class RingkasanMingguanTerjadwal(IRecurringJobManager jobs) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            jobs.AddOrUpdate<RingkasanMingguanJob>(RingkasanMingguanJob.Id, j => j.KirimAsync(CancellationToken.None),
                RingkasanMingguanJob.Jadwal, new RecurringJobOptions { TimeZone = Wib.Zona });
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
