using DtksTraining.Web.Akun;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Cakupan;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;

var builder = WebApplication.CreateBuilder(args);
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

try
{
    await app.RunAsync();
    return 0;
}
catch (SeedDataException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

public partial class Program;
