using DtksTraining.Web.Data.Sandbox;

namespace DtksTraining.Web.Infrastructure;

public static class SandboxExtensions
{
    public static WebApplicationBuilder AddSandbox(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SandboxPenyimpan>();
        return builder;
    }
}
