using DtksTraining.Web.Data;
using DtksTraining.Web.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Sandbox;

// What sandbox tests ask of the stored data.
public static class SandboxUji
{
    public static Task<int> IdAsync(AppDbContext db, string pengguna) =>
        (from s in db.SandboxLatihan join u in db.Users on s.UserId equals u.Id where u.UserName == pengguna select s.Id).SingleAsync();

    public static async Task<SandboxAnggota> OrangBiasaAsync(AppDbContext db, string pengguna) => await OrangBiasaAsync(db, await IdAsync(db, pengguna));

    // A child in a family the scenario left untouched, so Dukcapil matches it and its page opens on that one family: no
    // planted anomaly on its No KK, no other family sharing the No KK (rule 17), no one else with the NIK. Seeds vary per
    // run (user ids are new GUIDs), so every test that needs an ordinary person asks here.
    public static async Task<SandboxAnggota> OrangBiasaAsync(AppDbContext db, int sandboxId)
    {
        var kkAnomali = await db.SandboxAnomali.Where(a => a.SandboxId == sandboxId).Select(a => a.NoKk).ToListAsync();
        kkAnomali.AddRange(await db.SandboxKeluarga.Where(k => k.SandboxId == sandboxId).GroupBy(k => k.NoKk).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync());
        var nikGanda = await db.SandboxAnggota.Where(a => a.SandboxId == sandboxId).GroupBy(a => a.Nik).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync();
        return (await db.SandboxAnggota.AsNoTracking()
            .Where(a => a.SandboxId == sandboxId && a.Aktif && a.Hubungan == HubunganKeluarga.Anak && !kkAnomali.Contains(a.NoKk))
            .OrderBy(a => a.Id).Take(50).ToListAsync()).First(a => !nikGanda.Contains(a.Nik));
    }
}
