using DtksTraining.Web.Data.Certificates;
using DtksTraining.Web.Domain;
using DtksTraining.Web.Email;
using DtksTraining.Web.Jobs;
using Hangfire;

namespace DtksTraining.Web.Infrastructure;

public static class CertificateIssuingExtensions
{
    public static WebApplicationBuilder AddCertificateIssuing(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PenerbitSertifikat>();
        builder.Services.AddScoped<KabarSertifikat>();
        builder.Services.AddScoped<PemicuSertifikat>();
        builder.Services.AddScoped<TerbitkanSertifikatJob>();
        builder.Services.AddScoped<SertifikatZipJob>();
        builder.Services.AddHostedService<SapuanSertifikat>();
        return builder;
    }

    private sealed class SapuanSertifikat(IRecurringJobManager jobs) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            jobs.AddOrUpdate<TerbitkanSertifikatJob>(TerbitkanSertifikatJob.IdSapuan, j => j.SapuAsync(CancellationToken.None),
                TerbitkanSertifikatJob.JadwalSapuan, new RecurringJobOptions { TimeZone = Wib.Zona });
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
