using DtksTraining.Web.Akun;
using DtksTraining.Web.Sandbox.Kabupaten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DtksTraining.Web.Sandbox;

public static class SandboxExtensions
{
    public const string KebijakanSandbox = "Sandbox";

    public static WebApplicationBuilder AddSandbox(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SandboxOptions>().Bind(builder.Configuration.GetSection("Sandbox")).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => DaftarKode.Untuk(sp.GetRequiredService<IOptions<SandboxOptions>>().Value.Versi));
        builder.Services.AddScoped<SandboxPenyimpan>();
        builder.Services.AddSingleton<SkenarioTerkini>();
        builder.Services.AddOptions<JadwalDtsenOptions>().Bind(builder.Configuration.GetSection("JadwalDtsen")).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<JadwalDtsenOptions>, JadwalDtsenValidator>();
        builder.Services.AddScoped<RegisterKabupatenJob>();
        builder.Services.AddSingleton<ProgresKabupaten>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(KebijakanSandbox, p => p.RequireRole(Peran.KepalaDesa, Peran.Operator, Peran.Fasilitator, Peran.Admin));
        builder.Services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Sandbox/Pages/Sandbox", KebijakanSandbox);
            options.Conventions.AddFolderApplicationModelConvention("/Sandbox/Pages/Sandbox", model => model.Filters.Add(new PemberitahuanSkenarioBaru()));
        });
        return builder;
    }

    public static WebApplication MapSandbox(this WebApplication app)
    {
        // Proposal verification answered at /Staf/Verifikasi until certificate verification (/verifikasi) kept that name.
        app.MapGet("/Staf/Verifikasi/{**sisa}", (string? sisa, HttpContext http) =>
            Results.Redirect("/Staf/VerifikasiUsulan/" + sisa + http.Request.QueryString, permanent: true));
        return app;
    }
}
