namespace DtksTraining.Web.Shared;

// The one folder that holds the SQLite database, job storage, mail pickup and keys.
public sealed class DataFolder
{
    public DataFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var sebab = System.IO.File.Exists(Path) ? "di sana sudah ada berkas, bukan folder"
                : e is UnauthorizedAccessException ? "tidak ada izin membuatnya" : e.Message;
            throw new InvalidSettingException($"Folder data (DataPath) {Path} tidak dapat dibuat atau dipakai: {sebab}. " +
                "Pilih folder yang dapat ditulis oleh pengguna yang menjalankan aplikasi.");
        }
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
