using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Sandbox.Kabupaten;
using DtksTraining.Web.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Sandbox;

[Trait("Category", "Data")]
public class RegisterKabupatenJobTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Generates_the_full_regency_once_and_a_retry_after_completion_does_nothing()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var g = new KabupatenGenerasi { Seed = 2024, DibuatPada = DateTimeOffset.UtcNow };
            db.KabupatenGenerasi.Add(g);
            await db.SaveChangesAsync();
            return g.Id;
        });

        async Task<bool> Jalankan()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RegisterKabupatenJob>().JalankanAsync(id, CancellationToken.None);
        }

        Assert.True(await Jalankan());
        // Progress is reported for this generation and ends at every row stored.
        var progres = app.Services.GetRequiredService<ProgresKabupaten>();
        Assert.Equal(id, progres.GenerasiId);
        Assert.Equal(AngkaPesawaran.Keluarga + AngkaPesawaran.Jiwa, progres.Total);
        Assert.Equal(progres.Total, progres.Selesai);
        var baris = await app.WithDbAsync(db => db.KabupatenGenerasi.Where(g => g.Id == id).Select(g => new { g.BarisSelesai, g.BarisTotal }).SingleAsync());
        Assert.Equal(AngkaPesawaran.Keluarga + AngkaPesawaran.Jiwa, baris.BarisSelesai);
        Assert.Equal(baris.BarisSelesai, baris.BarisTotal);
        await app.WithDbAsync(db => db.KabupatenAnggota.Where(a => a.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(a => a.Nama, "PENANDA")));
        Assert.False(await Jalankan());

        var (keluarga, jiwa, penanda, status) = await app.WithDbAsync(async db => (
            await db.KabupatenKeluarga.CountAsync(), await db.KabupatenAnggota.CountAsync(),
            await db.KabupatenAnggota.CountAsync(a => a.Nama == "PENANDA"),
            (await db.KabupatenGenerasi.SingleAsync(g => g.Id == id)).Status));
        Assert.Equal(AngkaPesawaran.Keluarga, keluarga);
        Assert.Equal(AngkaPesawaran.Jiwa, jiwa);
        Assert.Equal(1, penanda);
        Assert.Equal(StatusGenerasiKabupaten.Selesai, status);
    }
}
