using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Sandbox;

// After an upgrade that changed the generator, a sandbox filled by the old one is rebuilt on its next open, with a
// message; a sandbox the current generator filled keeps the trainee's work.
[Trait("Category", "Data")]
public class SkenarioBaruTests : IAsyncLifetime
{
    private const string Pesan = "Sandbox Anda dibuat ulang karena skenario latihan sudah diperbarui";
    private readonly AppFactory _lama = new();

    public Task InitializeAsync() => ((IAsyncLifetime)_lama).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_lama).DisposeAsync();

    [Fact]
    public async Task A_sandbox_filled_by_an_earlier_generator_is_rebuilt_once_and_passed_exercises_stay()
    {
        foreach (var pengguna in new[] { "operator.bagelen", "operator.batumenyan" })
            Assert.Equal(System.Net.HttpStatusCode.OK, (await (await _lama.LoginAsync(pengguna)).GetAsync("/Sandbox")).StatusCode);
        var (usang, terkini) = (await SandboxIdAsync(_lama, "operator.bagelen"), await SandboxIdAsync(_lama, "operator.batumenyan"));
        var kunciAwal = await KunciAsync(_lama, usang);

        // What an earlier generator left: an answer key without the consistency anomalies and other No KK, and the
        // trainee's work on it: a proposal and a passed exercise.
        await _lama.WithDbAsync(async db =>
        {
            var konsistensi = await db.SandboxAnomali.Where(a => a.SandboxId == usang).OrderByDescending(a => a.Id).Take(5).ToListAsync();
            db.SandboxAnomali.RemoveRange(konsistensi);
            foreach (var a in await db.SandboxAnomali.Where(a => a.SandboxId == usang).Take(3).ToListAsync()) a.NoKk = "3171" + a.NoKk[4..];
            var userId = await db.Users.Where(u => u.UserName == "operator.bagelen").Select(u => u.Id).SingleAsync();
            db.PenyelesaianLatihan.Add(new PenyelesaianLatihan
            {
                UserId = userId, LatihanId = "bayi-baru-lahir", SkorTerbaik = 100, JumlahPeriksa = 1, Lulus = true,
                LulusPada = DateTimeOffset.UtcNow, DiperiksaPada = DateTimeOffset.UtcNow,
            });
            foreach (var id in new[] { usang, terkini })
            {
                var orang = await db.SandboxAnggota.Where(a => a.SandboxId == id).OrderBy(a => a.Id).FirstAsync();
                db.SandboxUsulan.Add(new SandboxUsulan
                {
                    SandboxId = id, Jenis = JenisUsulan.PerbaikanData, Status = StatusUsulan.Draft, NoKk = orang.NoKk, Nik = orang.Nik,
                    DataJson = "{}", DibuatPada = DateTimeOffset.UtcNow, DiubahPada = DateTimeOffset.UtcNow,
                });
            }
            await db.SaveChangesAsync();
        });
        Assert.NotEqual(kunciAwal, await KunciAsync(_lama, usang));

        // The upgraded app starts on the same data.
        await using var baru = new AppFactory();
        baru.UseDataOf(_lama);
        var operatorUsang = await baru.LoginAsync("operator.bagelen");
        Assert.Contains(Pesan, await (await operatorUsang.GetAsync("/Sandbox")).Content.ReadAsStringAsync());
        Assert.Equal(kunciAwal, await KunciAsync(baru, usang));
        Assert.Equal(0, await baru.WithDbAsync(db => db.SandboxUsulan.CountAsync(u => u.SandboxId == usang)));
        Assert.True(await baru.WithDbAsync(db => db.PenyelesaianLatihan.AnyAsync(p => p.LatihanId == "bayi-baru-lahir" && p.Lulus)));
        Assert.Equal(usang, await SandboxIdAsync(baru, "operator.bagelen"));
        // Once: the next page keeps whatever the trainee does now.
        Assert.DoesNotContain(Pesan, await (await operatorUsang.GetAsync("/Sandbox")).Content.ReadAsStringAsync());

        var operatorTerkini = await baru.LoginAsync("operator.batumenyan");
        Assert.DoesNotContain(Pesan, await (await operatorTerkini.GetAsync("/Sandbox/Usulan")).Content.ReadAsStringAsync());
        Assert.Equal(1, await baru.WithDbAsync(db => db.SandboxUsulan.CountAsync(u => u.SandboxId == terkini)));
    }

    private static Task<int> SandboxIdAsync(AppFactory app, string pengguna) => app.WithDbAsync(db => SandboxUji.IdAsync(db, pengguna));

    private static Task<string> KunciAsync(AppFactory app, int sandboxId) => app.WithDbAsync(async db =>
        string.Join("\n", (await db.SandboxAnomali.Where(a => a.SandboxId == sandboxId).Select(a => $"{(int)a.Jenis} {a.NoKk} {a.Nik}").ToListAsync())
            .Order(StringComparer.Ordinal)));
}
