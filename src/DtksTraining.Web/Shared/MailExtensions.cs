using Hangfire;

namespace DtksTraining.Web.Shared;

public static class MailExtensions
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmtpOptions>()
            .Bind(builder.Configuration.GetSection("Smtp"))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<MailOutbox>();
        builder.Services.AddScoped<MailDeliveryJob>();
        builder.Services.AddHostedService<PengirimKotakKeluarTerjadwal>();
        return builder;
    }

    private sealed class PengirimKotakKeluarTerjadwal(IRecurringJobManager jobs) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            jobs.AddOrUpdate<MailDeliveryJob>(MailDeliveryJob.IdPengirim, j => j.KirimTertundaAsync(CancellationToken.None), Cron.Minutely());
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
