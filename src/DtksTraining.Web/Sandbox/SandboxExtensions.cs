using DtksTraining.Web.Akun;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DtksTraining.Web.Sandbox;

public static class SandboxExtensions
{
    public const string KebijakanSandbox = "Sandbox";

    public static WebApplicationBuilder AddSandbox(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SandboxPenyimpan>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(KebijakanSandbox, p => p.RequireRole(Peran.KepalaDesa, Peran.Operator, Peran.Fasilitator, Peran.Admin));
        builder.Services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Sandbox", KebijakanSandbox));
        return builder;
    }
}
