using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DtksTraining.Tests.Jadwal;

// The real app with a controllable clock, plus helpers that build a round, a session and participants straight in the database.
public class JadwalAppFactory : AppFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 10, 1, 2, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    public async Task<int> BuatSesiAsync(DateOnly tanggal, int kapasitas, params (string Kecamatan, int Kursi)[] kuota)
    {
        return await WithDbAsync(async db =>
        {
            var putaran = new PutaranPelatihan
            {
                Nama = "Uji " + Guid.NewGuid().ToString("N")[..8],
                TanggalMulai = tanggal.AddDays(-3),
                TanggalSelesai = tanggal.AddDays(3),
                Status = StatusPutaran.Berjalan,
            };
            var sesi = new Sesi { Putaran = putaran, VenueKode = "BGL", Kapasitas = kapasitas, Status = StatusSesi.Dibuka };
            sesi.AturWaktu(tanggal, new TimeOnly(8, 0), new TimeOnly(15, 0));
            sesi.Kecamatan = kuota.Select(k => new SesiKecamatan
            {
                KecamatanKode = k.Kecamatan, Kursi = k.Kursi, DilepasPada = putaran.KuotaDilepasPada(tanggal),
            }).ToList();
            db.Sesi.Add(sesi);
            await db.SaveChangesAsync();
            return sesi.Id;
        });
    }

    // Rows without a password hash: fast enough for hundreds of participants; they never log in.
    public async Task<List<string>> BuatPesertaAsync(int jumlah, string desaKode, string? email = null)
    {
        return await WithDbAsync(async db =>
        {
            var awalan = Guid.NewGuid().ToString("N")[..6];
            var users = Enumerable.Range(1, jumlah).Select(i => new AppUser
            {
                UserName = $"uji.{awalan}.{i}",
                NormalizedUserName = $"UJI.{awalan}.{i}".ToUpperInvariant(),
                NamaLengkap = $"Peserta Uji {i}",
                DesaKode = desaKode,
                Email = email,
                SecurityStamp = Guid.NewGuid().ToString(),
            }).ToList();
            db.Users.AddRange(users);
            await db.SaveChangesAsync();
            return users.Select(u => u.Id).ToList();
        });
    }

    public async Task<T> DenganAsync<T>(Func<PendaftaranSesi, Task<T>> kerja)
    {
        await using var scope = Services.CreateAsyncScope();
        return await kerja(scope.ServiceProvider.GetRequiredService<PendaftaranSesi>());
    }

    public Task<string> IdAsync(string userName) =>
        WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    public Task<List<StatusEnrolmen>> StatusAsync(int sesiId) =>
        WithDbAsync(db => db.Enrolmen.Where(e => e.SesiId == sesiId).OrderBy(e => e.Id).Select(e => e.Status).ToListAsync());
}
