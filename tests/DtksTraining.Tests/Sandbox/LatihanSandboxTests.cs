using System.Net;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Data;
using DtksTraining.Web.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Sandbox;

[Trait("Category", "Data")]
// Under the DTKS list, so the prelist exercise (DTKS only) is there to check.
public class LatihanSandboxTests(AppFactoryDtks app) : IClassFixture<AppFactoryDtks>
{
    private static readonly Dictionary<string, string> Kosong = [];

    private async Task<(SandboxLatihan Sandbox, SasaranLatihan Sasaran)> SasaranAsync(string userName, string latihanId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var penyimpan = scope.ServiceProvider.GetRequiredService<SandboxPenyimpan>();
        var latihan = scope.ServiceProvider.GetRequiredService<PustakaLatihan>().Cari(latihanId)!;
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var sandbox = await penyimpan.PastikanAsync(userId);
        return (sandbox, PemeriksaLatihan.Sasaran(latihan, await penyimpan.SkenarioAsync(sandbox)));
    }

    private Task<PenyelesaianLatihan?> PenyelesaianAsync(string userId, string latihanId) =>
        app.WithDbAsync(db => db.PenyelesaianLatihan.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId && p.LatihanId == latihanId));

    [Fact]
    public async Task Periksa_lists_every_failed_check_with_its_hint_then_passes_once_the_sandbox_is_fixed()
    {
        const string id = "pindah-keluar-desa";
        var client = await app.LoginAsync("operator.bagelen");
        var halaman = await client.GetDocumentAsync($"/Sandbox/Latihan/Detail/{id}");
        var (sandbox, sasaran) = await SasaranAsync("operator.bagelen", id);
        Assert.Contains("DATA LATIHAN – FIKTIF", halaman.QuerySelector(".fiktif")!.TextContent);
        var tugas = halaman.QuerySelector(".ringkasan")!.TextContent;
        Assert.Contains(sasaran.Nik!, tugas);
        Assert.Contains(sasaran.NoKk, tugas);
        Assert.Contains(sasaran.AnggotaAwal!.Nama, tugas);

        var hasil = await (await client.SubmitAsync(halaman, Kosong)).ReadDocumentAsync();
        var gagal = hasil.QuerySelectorAll(".cek li.gagal");
        Assert.Equal(2, gagal.Length);
        Assert.Single(hasil.QuerySelectorAll(".cek li.lulus"));
        Assert.Contains("33%", hasil.QuerySelector(".hasil .skor")!.TextContent);
        Assert.Contains(gagal, li => li.QuerySelector(".pesan")!.TextContent.Contains("belum diubah menjadi 3 (pindah)"));
        Assert.All(gagal, li => Assert.False(string.IsNullOrWhiteSpace(li.QuerySelector(".petunjuk")!.TextContent)));
        var catatan = await PenyelesaianAsync(sandbox.UserId, id);
        Assert.Equal((33, 1, false, (DateTimeOffset?)null), (catatan!.SkorTerbaik, catatan.JumlahPeriksa, catatan.Lulus, catatan.LulusPada));

        // The trainee's work as the sandbox pages store it: keberadaan 3 and a submitted nonaktif proposal, first with a wrong reason.
        await app.WithDbAsync(async db =>
        {
            var orang = await db.SandboxAnggota.SingleAsync(a => a.SandboxId == sandbox.Id && a.NoKk == sasaran.NoKk && a.Nik == sasaran.Nik);
            orang.Keberadaan = StatusKeberadaan.Pindah;
            db.SandboxUsulan.Add(new SandboxUsulan
            {
                SandboxId = sandbox.Id, Jenis = JenisUsulan.Nonaktif, Status = StatusUsulan.Diajukan, NoKk = sasaran.NoKk, Nik = sasaran.Nik,
                AlasanNonaktif = AlasanNonaktif.Meninggal, DataJson = "{}", BeritaAcaraUkuran = 1000,
                DibuatPada = DateTimeOffset.UtcNow, DiubahPada = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        });
        hasil = await (await client.SubmitAsync(hasil, Kosong)).ReadDocumentAsync();
        var alasanSalah = Assert.Single(hasil.QuerySelectorAll(".cek li.gagal"));
        Assert.Contains("beralasan pindah", alasanSalah.QuerySelector(".pesan")!.TextContent);
        Assert.Contains("Meninggal", alasanSalah.QuerySelector(".rincian")!.TextContent);
        Assert.Contains("66%", hasil.QuerySelector(".hasil .skor")!.TextContent);

        await app.WithDbAsync(async db =>
        {
            await db.SandboxUsulan.Where(u => u.SandboxId == sandbox.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.AlasanNonaktif, AlasanNonaktif.Pindah));
        });
        hasil = await (await client.SubmitAsync(hasil, Kosong)).ReadDocumentAsync();
        Assert.Empty(hasil.QuerySelectorAll(".cek li.gagal"));
        Assert.Contains("100%", hasil.QuerySelector(".hasil .skor")!.TextContent);
        catatan = await PenyelesaianAsync(sandbox.UserId, id);
        Assert.Equal((100, 3, true), (catatan!.SkorTerbaik, catatan.JumlahPeriksa, catatan.Lulus));
        Assert.NotNull(catatan.LulusPada);

        // Undoing the work later keeps the best result and the pass.
        await app.WithDbAsync(db => db.SandboxUsulan.Where(u => u.SandboxId == sandbox.Id).ExecuteDeleteAsync());
        hasil = await (await client.SubmitAsync(hasil, Kosong)).ReadDocumentAsync();
        Assert.Contains("66%", hasil.QuerySelector(".hasil .skor")!.TextContent);
        var tetap = await PenyelesaianAsync(sandbox.UserId, id);
        Assert.Equal((100, 4, true, catatan.LulusPada), (tetap!.SkorTerbaik, tetap.JumlahPeriksa, tetap.Lulus, tetap.LulusPada));

        var daftar = await client.GetDocumentAsync("/Sandbox/Latihan");
        Assert.Contains("DATA LATIHAN – FIKTIF", daftar.QuerySelector(".fiktif")!.TextContent);
        var kartu = daftar.QuerySelectorAll("li.card").Single(li => li.QuerySelector("a")!.GetAttribute("href") == $"/Sandbox/Latihan/Detail/{id}");
        Assert.NotNull(kartu.QuerySelector(".badge.ok"));
        Assert.Contains("100%", kartu.TextContent);
        Assert.True(daftar.QuerySelectorAll("li.card").Length >= 12);
    }

    [Fact]
    public async Task Each_trainee_is_briefed_and_checked_on_their_own_sandbox()
    {
        const string id = "kesalahan-prelist";
        var (milikBagelen, sasaranBagelen) = await SasaranAsync("operator.bagelen", id);
        var (milikLain, sasaranLain) = await SasaranAsync("operator.padangmanis", id);
        Assert.NotEqual(milikBagelen.Id, milikLain.Id);
        await app.WithDbAsync(async db =>
        {
            var orang = await db.SandboxAnggota.SingleAsync(a => a.SandboxId == milikBagelen.Id && a.Nik == sasaranBagelen.Nik);
            orang.Keberadaan = StatusKeberadaan.KesalahanPrelist;
            await db.SaveChangesAsync();
        });

        var lain = await app.LoginAsync("operator.padangmanis");
        var halaman = await lain.GetDocumentAsync($"/Sandbox/Latihan/Detail/{id}");
        Assert.Contains(sasaranLain.Nik!, halaman.QuerySelector(".ringkasan")!.TextContent);
        Assert.DoesNotContain(sasaranBagelen.Nik!, halaman.Body!.TextContent);
        var hasilLain = await (await lain.SubmitAsync(halaman, Kosong)).ReadDocumentAsync();
        Assert.NotEmpty(hasilLain.QuerySelectorAll(".cek li.gagal"));

        var bagelen = await app.LoginAsync("operator.bagelen");
        var hasil = await (await bagelen.SubmitAsync(await bagelen.GetDocumentAsync($"/Sandbox/Latihan/Detail/{id}"), Kosong)).ReadDocumentAsync();
        Assert.Empty(hasil.QuerySelectorAll(".cek li.gagal"));
        Assert.True((await PenyelesaianAsync(milikBagelen.UserId, id))!.Lulus);
        Assert.False((await PenyelesaianAsync(milikLain.UserId, id))!.Lulus);

        Assert.Equal(HttpStatusCode.NotFound, (await bagelen.GetAsync("/Sandbox/Latihan/Detail/tidak-ada")).StatusCode);
    }
}
