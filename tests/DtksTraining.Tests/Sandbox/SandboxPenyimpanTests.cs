using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Data;
using DtksTraining.Web.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DtksTraining.Tests.Sandbox;

[Trait("Category", "Data")]
public class SandboxPenyimpanTests(AppFactory app, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    private async Task<T> DenganAsync<T>(Func<SandboxPenyimpan, AppDbContext, Task<T>> kerja)
    {
        app.CreateClient();
        await using var scope = app.Services.CreateAsyncScope();
        return await kerja(scope.ServiceProvider.GetRequiredService<SandboxPenyimpan>(), scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static List<string> Sidik(DataDesa data) =>
    [
        .. data.RumahTangga.Select(r => $"RT {r.Nomor} {r.IdRumahTangga} {r.KepemilikanBangunan} {r.LuasLantai} {r.SumberPenerangan} {r.DayaListrik} {r.BahanBakar} {r.FasilitasBab} {r.Aset}"),
        .. data.Keluarga.Select(k => $"KK {k.Nomor} {k.RumahTangga.Nomor} {k.NoKk} {k.DesaKode} {k.Alamat} {k.Program} {k.CatatanVerval}"),
        .. data.Keluarga.SelectMany(k => k.Anggota.Select(a =>
            $"ART {k.NoKk} {a.Nomor} {a.Nik} {a.Nama} {a.JenisKelamin} {a.TanggalLahir:O} {a.Hubungan} {a.StatusPerkawinan} {a.StatusHamil} " +
            $"{a.Disabilitas} {a.PenyakitKronis} {a.PartisipasiSekolah} {a.Ijazah} {a.Pekerjaan} {a.Keberadaan} {a.Program} {a.NamaIbuKandung} {a.Aktif} {a.AlasanNonaktif}")),
    ];

    [Fact]
    public async Task First_open_stores_the_scenario_of_the_users_desa_and_reset_restores_it_after_edits()
    {
        var (awal, skenario, sandbox) = await DenganAsync(async (penyimpan, db) =>
        {
            var userId = await db.Users.Where(u => u.UserName == "operator.bagelen").Select(u => u.Id).SingleAsync();
            var sandbox = await penyimpan.PastikanAsync(userId);
            Assert.Equal("18.09.01.2007", sandbox.DesaKode);
            Assert.Equal(SandboxPenyimpan.SeedUntuk(userId), sandbox.Seed);
            Assert.Equal(sandbox.Id, (await penyimpan.PastikanAsync(userId)).Id);
            var skenario = await penyimpan.SkenarioAsync(sandbox);
            return (await penyimpan.MuatAsync(sandbox.Id), skenario, sandbox);
        });
        Assert.Equal(Sidik(skenario.Data), Sidik(awal));
        Assert.InRange(awal.Keluarga.Count(), 640, 660);

        await DenganAsync(async (penyimpan, db) =>
        {
            var orang = await db.SandboxAnggota.Where(a => a.SandboxId == sandbox.Id).OrderBy(a => a.Id).FirstAsync();
            orang.Nama = "Diubah Peserta";
            orang.Aktif = false;
            db.SandboxAnggota.Remove(await db.SandboxAnggota.Where(a => a.SandboxId == sandbox.Id).OrderBy(a => a.Id).Skip(5).FirstAsync());
            db.SandboxUsulan.Add(new SandboxUsulan
            {
                SandboxId = sandbox.Id, Jenis = JenisUsulan.PerbaikanData, Status = StatusUsulan.Draft, NoKk = orang.NoKk,
                Nik = orang.Nik, DataJson = "{}", DibuatPada = DateTimeOffset.UtcNow, DiubahPada = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
            Assert.NotEqual(Sidik(skenario.Data), Sidik(await penyimpan.MuatAsync(sandbox.Id)));
            Assert.Single(await penyimpan.UsulanAsync(sandbox.Id));
            return 0;
        });

        var (setelah, usulan, anomali, lama) = await DenganAsync(async (penyimpan, db) =>
        {
            await penyimpan.AturUlangAsync(sandbox.Id);
            var lama = penyimpan.LamaAturUlangTerakhir!.Value;
            return (await penyimpan.MuatAsync(sandbox.Id), await penyimpan.UsulanAsync(sandbox.Id),
                await db.SandboxAnomali.CountAsync(a => a.SandboxId == sandbox.Id), lama);
        });
        Assert.Equal(Sidik(skenario.Data), Sidik(setelah));
        Assert.Empty(usulan);
        Assert.Equal(skenario.KunciJawaban.Count, anomali);
        output.WriteLine($"atur ulang: {lama.TotalMilliseconds:F0} ms untuk {setelah.Keluarga.Count()} keluarga / {setelah.Anggota.Count()} jiwa");
    }

    [Fact]
    public async Task Two_resets_at_once_leave_exactly_one_copy_of_the_scenario()
    {
        var (sandbox, jiwa) = await DenganAsync(async (penyimpan, db) =>
        {
            var userId = await db.Users.Where(u => u.UserName == "kades.kagunganratu").Select(u => u.Id).SingleAsync();
            var sandbox = await penyimpan.PastikanAsync(userId);
            return (sandbox, (await penyimpan.SkenarioAsync(sandbox)).Data.Anggota.Count());
        });
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => DenganAsync(async (penyimpan, _) =>
        {
            await penyimpan.AturUlangAsync(sandbox.Id);
            return 0;
        }))));
        Assert.Equal(jiwa, await DenganAsync((_, db) => db.SandboxAnggota.CountAsync(a => a.SandboxId == sandbox.Id)));
    }
}
