using DtksTraining.Web.Akun;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;

var builder = WebApplication.CreateBuilder(args);
builder.AddDatabase();
builder.AddAccounts();
builder.AddJobs();
builder.AddMail();
builder.AddShell();
builder.AddScheduling();
builder.AddAttendance();
builder.AddLearning();
builder.AddSandbox();
builder.AddVerifikasi();
builder.AddCertificateIssuing();

var app = builder.Build();
app.UseShell();
app.MapJobsDashboard();
app.MapVerifikasi();

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
