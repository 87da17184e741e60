using DtksTraining.Web.Akun;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Cakupan;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;

// Bad seed data or content stops the app with exit code 1 and its message, not a crash that systemd restarts forever.
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
catch (Exception e) when (e is SeedDataException or KontenTidakSahException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

public partial class Program;
