using DtksTraining.Tests.Jadwal;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sertifikat;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Sertifikat;

// Builds certificate criteria straight in the database and runs the issuing job in its own scope, as Hangfire would.
public static class SertifikatUji
{
    public const string DesaBagelen = "18.09.01.2007";
    public const string Penandatangan = "Drs. Budi Santoso, M.Si.";
    public const string Nip = "19700101 199003 1 001";

    public static void AturPenandatangan(this JadwalAppFactory app)
    {
        app.Settings["Dinsos:KepalaDinasNama"] = Penandatangan;
        app.Settings["Dinsos:KepalaDinasNip"] = Nip;
        app.Settings["Dinsos:AlamatSitus"] = "https://pelatihan-dtks.pesawarankab.go.id";
    }

    public static async Task<string> PesertaAsync(this JadwalAppFactory app, string peran, string? email = null, string desa = DesaBagelen)
    {
        var id = (await app.BuatPesertaAsync(1, desa, email)).Single();
        await app.PeranAsync(id, peran);
        return id;
    }

    public static Task PeranAsync(this JadwalAppFactory app, string userId, string peran) => app.WithDbAsync(async db =>
    {
        var roleId = await db.Roles.Where(r => r.Name == peran).Select(r => r.Id).SingleAsync();
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = roleId });
        await db.SaveChangesAsync();
    });

    public static Task HadirAsync(this JadwalAppFactory app, int sesiId, string userId,
        StatusKehadiran status = StatusKehadiran.Hadir) => app.WithDbAsync(async db =>
    {
        db.Set<KehadiranPeserta>().Add(new KehadiranPeserta
        {
            SesiId = sesiId, PesertaId = userId, Status = status, Cara = CaraCatat.Daftar,
            DicatatPada = app.Clock.GetUtcNow(), DicatatOleh = "uji",
        });
        await db.SaveChangesAsync();
    });

    public static Task LulusUjianAsync(this JadwalAppFactory app, string userId, string quizId, double nilai = 85) => app.WithDbAsync(async db =>
    {
        db.Set<QuizAttempt>().Add(new QuizAttempt
        {
            UserId = userId, QuizId = quizId, DrawJson = "[]", StartedAt = app.Clock.GetUtcNow(),
            Deadline = app.Clock.GetUtcNow().AddHours(1), GradedAt = app.Clock.GetUtcNow(), Score = nilai, Passed = true,
        });
        await db.SaveChangesAsync();
    });

    public static Task<int> PutaranAsync(this JadwalAppFactory app, int sesiId) =>
        app.WithDbAsync(db => db.Sesi.Where(s => s.Id == sesiId).Select(s => s.PutaranId).SingleAsync());

    public static async Task TerbitkanAsync(this JadwalAppFactory app, string userId, int putaranId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TerbitkanSertifikatJob>().TerbitkanAsync(userId, putaranId, CancellationToken.None);
    }

    public static Task<List<SertifikatTerbit>> SertifikatAsync(this JadwalAppFactory app, string userId) =>
        app.WithDbAsync(db => db.Sertifikat.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Versi).ToListAsync());

    public static async Task<SertifikatTerbit> TungguSertifikatAsync(this JadwalAppFactory app, string userId, TimeSpan? batas = null)
    {
        var sampai = DateTime.UtcNow + (batas ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < sampai)
        {
            if ((await app.SertifikatAsync(userId)).FirstOrDefault() is { } s) return s;
            await Task.Delay(250);
        }
        throw new TimeoutException("Sertifikat tidak terbit.");
    }

    // Kepala Desa who attended a session of the round and passed the Kepala Desa quiz.
    public static async Task<(string UserId, int PutaranId, int SesiId)> KepalaDesaLayakAsync(this JadwalAppFactory app, string? email = null,
        int? sesiId = null)
    {
        var sesi = sesiId ?? await app.BuatSesiAsync(new DateOnly(2026, 10, 20), 60);
        var userId = await app.PesertaAsync(Web.Akun.Peran.KepalaDesa, email);
        await app.HadirAsync(sesi, userId);
        await app.LulusUjianAsync(userId, FaktaSertifikat.QuizKepalaDesa);
        return (userId, await app.PutaranAsync(sesi), sesi);
    }
}
