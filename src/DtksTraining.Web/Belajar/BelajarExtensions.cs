using DtksTraining.Web.Sandbox;

namespace DtksTraining.Web.Belajar;

public static class BelajarExtensions
{
    // Loaded once; invalid content throws KontenTidakSahException here and start-up stops with every problem listed.
    public static WebApplicationBuilder AddBelajar(this WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["Learning:ContentPath"] ?? Path.Combine(AppContext.BaseDirectory, "content");
        builder.Services.AddSingleton(PustakaKonten.Load(folder));
        var latihan = PustakaLatihan.Load(Path.Combine(folder, "exercises"));
        builder.Services.AddSingleton(sp => latihan.Untuk(sp.GetRequiredService<DaftarKode>().Versi));
        builder.Services.AddMemoryCache();
        return builder;
    }
}
