using DtksTraining.Web.Shared;
using Hangfire;

namespace DtksTraining.Web.Sertifikat;

public static class SertifikatExtensions
{
    public static WebApplicationBuilder AddSertifikat(this WebApplicationBuilder builder)
    {
        builder.AddVerifikasiSertifikat();
        builder.Services.AddScoped<PenerbitSertifikat>();
        builder.Services.AddScoped<KabarSertifikat>();
        builder.Services.AddScoped<PemicuSertifikat>();
        builder.Services.AddScoped<TerbitkanSertifikatJob>();
        builder.Services.AddScoped<SertifikatZipJob>();
        builder.Services.AddHostedService<SapuanSertifikat>();
        builder.Services.AddHostedService<PemeriksaanFontPdf>();
        return builder;
    }

    // The site runs without the font packages, but every certificate and invitation letter would fail: say so at start.
    private sealed class PemeriksaanFontPdf(ILogger<PemeriksaanFontPdf> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (new BerkasFont(BerkasFont.FolderSistem).Hilang() is { } masalah)
                logger.LogWarning("Sertifikat dan surat undangan PDF tidak dapat dibuat. {Masalah}", masalah);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
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
