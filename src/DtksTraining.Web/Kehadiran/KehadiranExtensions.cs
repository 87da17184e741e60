using DtksTraining.Web.Shared;

namespace DtksTraining.Web.Kehadiran;

public static class KehadiranExtensions
{
    public static WebApplicationBuilder AddKehadiran(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PencatatKehadiran>();
        builder.Services.AddOptions<DinsosOptions>().Bind(builder.Configuration.GetSection("Dinsos")).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }
}
