using DtksTraining.Web.Akun;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Cakupan;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;

// A failed start prints why in Bahasa and exits 1 (settings, data, content: systemd does not retry) or 75 (not available yet).
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Path(args) });
    builder.AddDatabase();
    builder.AddAkun();
    builder.AddJobs();
    builder.AddMail();
    builder.AddShell();
    builder.AddJadwal();
    builder.AddKehadiran();
    builder.AddBelajar();
    builder.AddSandbox();
    builder.AddSertifikat();
    builder.AddCakupan();

    var app = builder.Build();
    app.UseShell();
    app.MapJobsDashboard();
    app.MapSertifikat();
    app.MapSandbox();

    await app.RunAsync();
    return 0;
}
// Only the real process translates a failed start; a test host or dotnet-ef running Main gets the exception itself.
catch (Exception e) when (e is not HostAbortedException && System.Reflection.Assembly.GetEntryAssembly() == typeof(Program).Assembly)
{
    var (exitCode, message) = StartupFailure.Describe(e);
    Console.Error.WriteLine(message);
    return exitCode;
}

public partial class Program;
