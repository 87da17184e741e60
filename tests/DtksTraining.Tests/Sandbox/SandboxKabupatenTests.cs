using System.Text.Json;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Sandbox;

// A Fasilitator generates the regency register from the page, watches progress, then reads counts, duplicates and flags.
[Trait("Category", "Data")]
public class SandboxKabupatenTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int Angka(string teks) => int.Parse(new string([.. teks.Where(char.IsDigit)]));

    [Fact]
    public async Task Generates_with_progress_then_shows_totals_per_kecamatan_desa_cross_desa_nik_and_inclusion_flags()
    {
        var staf = await app.LoginAsync("fasilitator");
        var awal = await staf.GetDocumentAsync("/Staf/SandboxKabupaten");
        Assert.NotNull(awal.QuerySelector(".latihan"));
        Assert.Null(awal.QuerySelector("#total"));

        var buat = await staf.SubmitAsync(awal, new Dictionary<string, string>(), "form#form-buat");
        var kemajuan = (await buat.ReadDocumentAsync()).QuerySelector("#kemajuan")!;
        Assert.NotNull(kemajuan.QuerySelector("progress"));
        var url = kemajuan.GetAttribute("data-url")!;
        string status;
        int selesai, jumlah;
        var batas = DateTime.UtcNow.AddSeconds(180);
        do
        {
            await Task.Delay(300);
            using var json = JsonDocument.Parse(await staf.GetStringAsync(url));
            status = json.RootElement.GetProperty("status").GetString()!;
            selesai = json.RootElement.GetProperty("selesai").GetInt32();
            jumlah = json.RootElement.GetProperty("jumlah").GetInt32();
        } while (status is not ("Selesai" or "Gagal") && DateTime.UtcNow < batas);
        Assert.Equal("Selesai", status);
        Assert.Equal(AngkaPesawaran.Keluarga + AngkaPesawaran.Jiwa, selesai);
        Assert.Equal(selesai, jumlah);

        var halaman = await staf.GetDocumentAsync("/Staf/SandboxKabupaten");
        Assert.Equal(AngkaPesawaran.Keluarga, Angka(halaman.QuerySelector("#jumlah-keluarga")!.TextContent));
        Assert.Equal(AngkaPesawaran.Jiwa, Angka(halaman.QuerySelector("#jumlah-jiwa")!.TextContent));
        var kecamatan = halaman.QuerySelectorAll("#per-kecamatan tbody tr");
        Assert.Equal(11, kecamatan.Length);
        Assert.Equal(AngkaPesawaran.Keluarga, kecamatan.Sum(r => Angka(r.Children[1].TextContent)));

        // The scan finds exactly the planted "moved but not removed" people (same seed as the page's job).
        var desa = await app.WithDbAsync(db => db.Desa.OrderBy(d => d.Kode)
            .Select(d => new DesaSumber(d.Kode, d.Nama, d.KecamatanKode, d.Kecamatan!.Nama)).ToListAsync());
        var ditanam = GeneratorDtks.BuatKabupaten(desa, 2024, Wib.Hari(DateTimeOffset.UtcNow)).NikGandaLintasDesa;
        Assert.True(ditanam.Count > 200);
        Assert.Equal(ditanam.Count, Angka(halaman.QuerySelector("#jumlah-ganda")!.TextContent));
        var ganda = halaman.QuerySelectorAll("#daftar-ganda > li");
        Assert.Equal(20, ganda.Length);
        Assert.All(ganda, li => Assert.True(li.QuerySelectorAll("span").Length >= 2));
        Assert.Contains(ganda[0].QuerySelector("strong")!.TextContent, ditanam);
        var berikut = await staf.GetDocumentAsync(halaman.QuerySelector("#ganda-berikutnya")!.GetAttribute("href")!);
        Assert.DoesNotContain(berikut.QuerySelectorAll("#daftar-ganda strong").Select(s => s.TextContent),
            n => ganda.Any(g => g.QuerySelector("strong")!.TextContent == n));

        // Inclusion-error flags: counts per kecamatan match the stored rows; the sample is one page.
        var (pns, mobil) = await app.WithDbAsync(async db => (
            await db.KabupatenKeluarga.CountAsync(k => db.KabupatenAnggota.Any(a => a.KeluargaId == k.Id && a.Aktif && a.Pekerjaan == 5)),
            await db.KabupatenKeluarga.CountAsync(k => (k.Aset & 256) != 0)));
        var tanda = halaman.QuerySelectorAll("#tanda-per-kecamatan tbody tr");
        Assert.Equal(pns, tanda.Sum(r => Angka(r.Children[1].TextContent)));
        Assert.Equal(mobil, tanda.Sum(r => Angka(r.Children[2].TextContent)));
        Assert.True(pns > 0 && mobil > 0);
        Assert.Equal(20, halaman.QuerySelectorAll("#daftar-tertanda > li").Length);

        // Drill down into one kecamatan: its desa add up to the kecamatan's families.
        var baris = kecamatan[0];
        var rinci = await staf.GetDocumentAsync(baris.QuerySelector("a")!.GetAttribute("href")!);
        var perDesa = rinci.QuerySelectorAll("#per-desa tbody tr");
        Assert.NotEmpty(perDesa);
        Assert.Equal(Angka(baris.Children[1].TextContent), perDesa.Sum(r => Angka(r.Children[1].TextContent)));
        Assert.Equal(Angka(baris.Children[2].TextContent), perDesa.Sum(r => Angka(r.Children[2].TextContent)));

        // Regenerating needs the confirmation box.
        var tanpaYakin = await staf.SubmitAsync(rinci, new Dictionary<string, string>(), "form#form-buat-ulang");
        Assert.NotNull((await tanpaYakin.ReadDocumentAsync()).QuerySelector(".errors"));
        Assert.Equal(1, await app.WithDbAsync(db => db.KabupatenGenerasi.CountAsync()));
    }
}
