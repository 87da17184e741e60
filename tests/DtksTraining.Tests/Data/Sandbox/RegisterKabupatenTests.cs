using DtksTraining.Tests.Domain.Sandbox;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Data;
using DtksTraining.Web.Domain.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Data.Sandbox;

[Trait("Category", "Data")]
public class RegisterKabupatenTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Stores_exactly_the_generated_families_and_people_and_a_rerun_replaces_them()
    {
        _ = app.Server;
        var desa = GeneratorDtksTests.SemuaDesa().Take(6).ToList();
        var data = GeneratorDtks.BuatKabupaten(desa, 7, GeneratorDtksTests.HariIni, 1200, 3400);
        var progres = new ProgresKabupaten();

        for (var kali = 0; kali < 2; kali++)
        {
            await app.WithDbAsync(db => RegisterKabupaten.SimpanAsync(db, data, progres));
            var (keluarga, jiwa, nikUnik, perDesa) = await app.WithDbAsync(async db => (
                await db.KabupatenKeluarga.CountAsync(),
                await db.KabupatenAnggota.CountAsync(),
                await db.KabupatenAnggota.Select(a => a.Nik).Distinct().CountAsync(),
                await db.KabupatenKeluarga.GroupBy(k => k.DesaKode).Select(g => g.Key).CountAsync()));
            Assert.Equal(data.Keluarga.Length, keluarga);
            Assert.Equal(data.Anggota.Length, jiwa);
            Assert.Equal(data.Anggota.Select(a => a.Nik).Distinct().Count(), nikUnik);
            Assert.Equal(desa.Count, perDesa);
        }
        Assert.Equal(progres.Total, data.Keluarga.Length + data.Anggota.Length);

        var orang = data.Anggota[123];
        var ditemukan = await app.WithDbAsync(db => db.KabupatenAnggota.Where(a => a.Nik == orang.Nik).Select(a => a.Nama).ToListAsync());
        Assert.Contains(orang.Nama, ditemukan);
    }
}
