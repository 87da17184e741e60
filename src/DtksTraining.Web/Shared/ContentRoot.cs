namespace DtksTraining.Web.Shared;

// appsettings.json, content/, seed-data/ and wwwroot sit beside the dll, so `dotnet /opt/dtks/DtksTraining.Web.dll`
// finds them from any working directory; a content root given explicitly (--contentRoot, tests) still wins.
public static class ContentRoot
{
    public static string? Path(string[] args)
    {
        var explicitRoot = new ConfigurationBuilder()
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddEnvironmentVariables("DOTNET_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey];
        return string.IsNullOrEmpty(explicitRoot) ? AppContext.BaseDirectory : null;
    }
}
