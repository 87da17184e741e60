using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Jadwal;

[Trait("Category", "Data")]
public class PengingatSesiJobTests
{
    private static readonly DateOnly Tanggal = new(2026, 10, 20);

    private static async Task<int> JalankanAsync(JadwalAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PengingatSesiJob>().KirimPengingatAsync(CancellationToken.None);
    }

    private static Task<List<string>> KunciPengingatAsync(JadwalAppFactory app) =>
        app.WithDbAsync(db => db.OutboxMail.Where(m => m.DedupKey.StartsWith("pengingat:")).OrderBy(m => m.Id).Select(m => m.DedupKey).ToListAsync());

    [Fact]
    public async Task Reminders_go_out_once_at_h3_and_h1_even_across_runs_and_restarts()
    {
        string dataPath;
        string? postgres;
        int enrolmenId;
        await using (var pertama = new JadwalAppFactory())
        {
            pertama.Settings["Jobs:Server"] = "false";
            await ((IAsyncLifetime)pertama).InitializeAsync();
            pertama.CreateClient();
            dataPath = pertama.DataPath;
            postgres = pertama.PostgresConnectionString;
            var sesiId = await pertama.BuatSesiAsync(Tanggal, 10);
            var peserta = await pertama.BuatPesertaAsync(2, "18.09.01.2007", "peserta@desa.example");
            enrolmenId = (await pertama.DenganAsync(d => d.DaftarkanAsync(sesiId, peserta[0], peserta[0]))).EnrolmenId!.Value;
            await pertama.DenganAsync(d => d.DaftarkanAsync(sesiId, peserta[1], peserta[1]));
            await pertama.WithDbAsync(db => db.Enrolmen.Where(e => e.Id != enrolmenId)
                .ExecuteUpdateAsync(e => e.SetProperty(x => x.Status, StatusEnrolmen.Dibatalkan)));

            pertama.Clock.SetUtcNow(Pengingat.WaktuKirimUtc(Tanggal, JenisPengingat.H3).AddMinutes(-1));
            Assert.Equal(0, await JalankanAsync(pertama));
            pertama.Clock.SetUtcNow(Pengingat.WaktuKirimUtc(Tanggal, JenisPengingat.H3).AddMinutes(5));
            Assert.Equal(1, await JalankanAsync(pertama));
            Assert.Equal(0, await JalankanAsync(pertama));
            Assert.Equal([Pengingat.KunciDedup(enrolmenId, JenisPengingat.H3)], await KunciPengingatAsync(pertama));
        }

        await using var kedua = new JadwalAppFactory();
        kedua.Settings["Jobs:Server"] = "false";
        kedua.UseDataOf(dataPath, postgres);
        kedua.CreateClient();
        kedua.Clock.SetUtcNow(Pengingat.WaktuKirimUtc(Tanggal, JenisPengingat.H3).AddHours(2));
        Assert.Equal(0, await JalankanAsync(kedua));
        kedua.Clock.SetUtcNow(Pengingat.WaktuKirimUtc(Tanggal, JenisPengingat.H1).AddMinutes(1));
        Assert.Equal(1, await JalankanAsync(kedua));
        Assert.Equal(0, await JalankanAsync(kedua));
        kedua.Clock.SetUtcNow(Wib.Pada(Tanggal, new TimeOnly(9, 0)).ToUniversalTime());
        Assert.Equal(0, await JalankanAsync(kedua));
        Assert.Equal(
            [Pengingat.KunciDedup(enrolmenId, JenisPengingat.H3), Pengingat.KunciDedup(enrolmenId, JenisPengingat.H1)],
            await KunciPengingatAsync(kedua));
        if (postgres is not null) await TestDatabase.DropPostgresDatabaseAsync(postgres);
    }

    [Fact]
    public async Task Demo_round_2024_is_planned_once_and_seats_every_demo_participant()
    {
        await using var app = new JadwalAppFactory();
        await ((IAsyncLifetime)app).InitializeAsync();
        app.CreateClient();
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoJadwalSeeder>().SeedAsync(CancellationToken.None);

        var ringkasan = await app.WithDbAsync(async db => new
        {
            Putaran = await db.PutaranPelatihan.Select(p => new { p.Nama, p.TanggalMulai, p.TanggalSelesai }).ToListAsync(),
            Sesi = await db.Sesi.CountAsync(),
            Enrolmen = await db.Enrolmen.CountAsync(e => e.Status == StatusEnrolmen.Terkonfirmasi),
            Kades = await db.Enrolmen.CountAsync(e => e.Peserta!.UserName == "kades.bagelen" && e.Sesi!.Kecamatan.Any(k => k.KecamatanKode == "18.09.01")),
            Penghitung = await db.Sesi.SumAsync(s => s.Terkonfirmasi),
        });
        var putaran = Assert.Single(ringkasan.Putaran);
        Assert.Equal((DemoJadwalSeeder.NamaPutaran, new DateOnly(2024, 10, 15), new DateOnly(2024, 10, 23)),
            (putaran.Nama, putaran.TanggalMulai, putaran.TanggalSelesai));
        Assert.Equal(6, ringkasan.Sesi);
        Assert.Equal(22, ringkasan.Enrolmen);
        Assert.Equal(22, ringkasan.Penghitung);
        Assert.Equal(1, ringkasan.Kades);
    }
}
