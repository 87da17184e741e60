using DtksTraining.Web.Sandbox;

namespace DtksTraining.Web.Belajar;

public static class LearningExtensions
{
    // Loaded once; invalid content throws ContentValidationException here and start-up stops with every problem listed.
    public static WebApplicationBuilder AddLearning(this WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["Learning:ContentPath"] ?? Path.Combine(AppContext.BaseDirectory, "content");
        builder.Services.AddSingleton(ContentLibrary.Load(folder));
        builder.Services.AddSingleton(PustakaLatihan.Load(Path.Combine(folder, "exercises")));
        builder.Services.AddMemoryCache();
        return builder;
    }
}
