namespace DtksTraining.Web.Shared;

// The one folder that holds the SQLite database, job storage, mail pickup and keys.
public sealed class DataFolder
{
    public DataFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Folder(string name)
    {
        var folder = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static DataFolder From(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["DataPath"];
        return new DataFolder(string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(environment.ContentRootPath, "App_Data")
            : configured);
    }
}
