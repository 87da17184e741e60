using DtksTraining.Tests.Jadwal;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Sertifikat;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Sertifikat;

[Trait("Category", "Data")]
public class FaktaSertifikatTests : IAsyncLifetime
{
    private const string DesaBagelen = "18.09.01.2007";
    private readonly JadwalAppFactory _app = new();
    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();
    private PustakaLatihan Pustaka => _app.Services.GetRequiredService<PustakaLatihan>();

    [Fact]
    public async Task Operator_becomes_eligible_once_attendance_quiz_and_required_exercises_are_in_the_database()
    {
        _app.CreateClient();
        var sesiId = await _app.BuatSesiAsync(new DateOnly(2026, 10, 20), 30);
        var userId = (await _app.BuatPesertaAsync(1, DesaBagelen)).Single();
        var putaranId = await _app.WithDbAsync(async db =>
        {
            var sesi = await db.Sesi.Include(s => s.Putaran).SingleAsync(s => s.Id == sesiId);
            sesi.Putaran!.LatihanWajib = ["latihan-a"];
            await db.SaveChangesAsync();
            return sesi.PutaranId;
        });

        var awal = await _app.WithDbAsync(db => FaktaSertifikat.PeriksaAsync(db, Pustaka, userId, Peran.Operator, putaranId));
        Assert.False(awal!.Layak);
        Assert.Equal(3, awal.Kekurangan.Count);

        var admin = await _app.IdAsync("admin");
        await _app.WithDbAsync(async db =>
        {
            db.Set<KehadiranPeserta>().Add(new KehadiranPeserta
            {
                SesiId = sesiId, PesertaId = userId, Status = StatusKehadiran.Terlambat, Cara = CaraCatat.Daftar,
                DicatatPada = _app.Clock.GetUtcNow(), DicatatOleh = admin,
            });
            db.Set<QuizAttempt>().Add(new QuizAttempt
            {
                UserId = userId, QuizId = FaktaSertifikat.QuizOperator, DrawJson = "[]", StartedAt = _app.Clock.GetUtcNow(),
                Deadline = _app.Clock.GetUtcNow().AddHours(1), GradedAt = _app.Clock.GetUtcNow(), Score = 85, Passed = true,
            });
            db.Set<PenyelesaianLatihan>().Add(new PenyelesaianLatihan
            {
                UserId = userId, LatihanId = "latihan-a", SkorTerbaik = 100, JumlahPeriksa = 1, Lulus = true,
                LulusPada = _app.Clock.GetUtcNow(), DiperiksaPada = _app.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        });

        var akhir = await _app.WithDbAsync(db => FaktaSertifikat.PeriksaAsync(db, Pustaka, userId, Peran.Operator, putaranId));
        Assert.True(akhir!.Layak);
        Assert.Empty(akhir.Kekurangan);
        Assert.Equal(85m, akhir.NilaiUjian);
    }
}
