using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DtksTraining.Tests.Shared;

// `dotnet /opt/dtks/DtksTraining.Web.dll` started by systemd from any working directory finds its own files.
public class ContentRootTests
{
    [Fact]
    public async Task The_published_app_starts_from_another_working_directory()
    {
        var proyek = FolderProyek();
        var konfigurasi = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var terbit = Path.Combine(Path.GetTempPath(), "dtks-terbit-" + Guid.NewGuid().ToString("N"));
        var kerja = Path.Combine(Path.GetTempPath(), "dtks-kerja-" + Guid.NewGuid().ToString("N"));
        var data = Path.Combine(Path.GetTempPath(), "dtks-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(kerja);
        try
        {
            await JalankanAsync(new ProcessStartInfo("dotnet", ["publish", proyek, "-c", konfigurasi, "--no-build", "-o", terbit]));

            var port = PortBebas();
            var start = new ProcessStartInfo("dotnet", [Path.Combine(terbit, "DtksTraining.Web.dll"),
                "--urls", $"http://127.0.0.1:{port}", "--DataPath", data, "--Demo:Seed", "false"])
            {
                WorkingDirectory = kerja, RedirectStandardError = true, RedirectStandardOutput = true,
                Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            };
            using var app = Process.Start(start)!;
            var keluaran = app.StandardOutput.ReadToEndAsync();
            var galat = app.StandardError.ReadToEndAsync();
            try
            {
                using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
                var sehat = await TungguSehatAsync(http, app);
                Assert.True(sehat, $"/health tidak menjawab 200; kode keluar {(app.HasExited ? app.ExitCode : -1)}");
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/css/site.css")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/Akun/Masuk")).StatusCode);
            }
            finally
            {
                if (!app.HasExited) app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }
            Assert.DoesNotContain("Unhandled exception", await galat + await keluaran);
            Assert.Empty(Directory.GetFileSystemEntries(kerja));
        }
        finally
        {
            foreach (var folder in new[] { terbit, kerja, data })
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<bool> TungguSehatAsync(HttpClient http, Process app)
    {
        var batas = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < batas && !app.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return true;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        return false;
    }

    private static async Task JalankanAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var keluaran = process.StandardOutput.ReadToEndAsync();
        var galat = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{start.FileName} {string.Join(' ', start.ArgumentList)}: {await keluaran}{await galat}");
    }

    private static int PortBebas()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string FolderProyek()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var proyek = Path.Combine(folder.FullName, "src", "DtksTraining.Web", "DtksTraining.Web.csproj");
            if (File.Exists(proyek)) return proyek;
        }
        throw new InvalidOperationException("src/DtksTraining.Web tidak ditemukan di atas " + AppContext.BaseDirectory);
    }
}
