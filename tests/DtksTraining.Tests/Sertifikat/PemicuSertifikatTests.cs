using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Jadwal;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Data;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Sertifikat;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Sertifikat;

// The last criterion met through the app itself (passing the quiz, passing the last exercise) issues the certificate without the daily sweep.
[Trait("Category", "Data")]
public class PemicuSertifikatTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Kosong = [];
    private readonly JadwalAppFactory _app = new();

    public Task InitializeAsync()
    {
        _app.AturPenandatangan();
        return ((IAsyncLifetime)_app).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Passing_the_kepala_desa_quiz_after_attending_issues_the_certificate()
    {
        _app.CreateClient();
        var sesiId = await _app.BuatSesiAsync(new DateOnly(2026, 10, 20), 60);
        var kades = await _app.IdAsync("kades.bagelen");
        await _app.HadirAsync(sesiId, kades);
        var konten = _app.Services.GetRequiredService<PustakaKonten>();

        var client = await _app.LoginAsync("kades.bagelen");
        var mulai = await client.SubmitAsync(await client.GetDocumentAsync($"/Belajar/Kuis/{FaktaSertifikat.QuizKepalaDesa}"), Kosong);
        var id = long.Parse(mulai.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[3]);
        var jumlah = konten.CariKuis(FaktaSertifikat.QuizKepalaDesa)!.JumlahSoal;
        for (var no = 1; no <= jumlah; no++)
        {
            var form = (IHtmlFormElement)(await client.GetDocumentAsync($"/Belajar/Percobaan/{id}/{no}")).QuerySelector("form[data-simpan-otomatis]")!;
            IsiKunci(konten, form);
            await client.SubmitAsync(form, Kosong);
        }
        await client.SubmitAsync(await client.GetDocumentAsync($"/Belajar/Percobaan/{id}"), Kosong, "form.kirim");

        var s = await _app.TungguSertifikatAsync(kades);
        Assert.Equal(await _app.PutaranAsync(sesiId), s.PutaranId);
        Assert.Equal(100m, s.Nilai);
        var halaman = await client.GetDocumentAsync("/Peserta/Sertifikat");
        Assert.Contains(s.Nomor, halaman.QuerySelector("section.sertifikat")!.TextContent);
    }

    [Fact]
    public async Task Passing_the_last_required_sandbox_exercise_issues_the_operator_certificate()
    {
        const string latihanId = "pindah-keluar-desa";
        _app.CreateClient();
        var sesiId = await _app.BuatSesiAsync(new DateOnly(2026, 10, 20), 60);
        var putaranId = await _app.PutaranAsync(sesiId);
        await _app.WithDbAsync(async db =>
        {
            (await db.PutaranPelatihan.SingleAsync(p => p.Id == putaranId)).LatihanWajib = [latihanId];
            await db.SaveChangesAsync();
        });
        var operatorId = await _app.IdAsync("operator.bagelen");
        await _app.HadirAsync(sesiId, operatorId);
        await _app.LulusUjianAsync(operatorId, FaktaSertifikat.QuizOperator);

        var client = await _app.LoginAsync("operator.bagelen");
        var halaman = await client.GetDocumentAsync($"/Sandbox/Latihan/Detail/{latihanId}");
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var penyimpan = scope.ServiceProvider.GetRequiredService<SandboxPenyimpan>();
            var latihan = scope.ServiceProvider.GetRequiredService<PustakaLatihan>().Cari(latihanId)!;
            var sandbox = await penyimpan.PastikanAsync(operatorId);
            var sasaran = PemeriksaLatihan.Sasaran(latihan, await penyimpan.SkenarioAsync(sandbox));
            // The trainee's work as the sandbox pages store it: keberadaan 3 (pindah) and a submitted nonaktif proposal.
            var orang = await db.SandboxAnggota.SingleAsync(a => a.SandboxId == sandbox.Id && a.NoKk == sasaran.NoKk && a.Nik == sasaran.Nik);
            orang.Keberadaan = StatusKeberadaan.Pindah;
            db.SandboxUsulan.Add(new SandboxUsulan
            {
                SandboxId = sandbox.Id, Jenis = JenisUsulan.Nonaktif, Status = StatusUsulan.Diajukan, NoKk = sasaran.NoKk, Nik = sasaran.Nik,
                AlasanNonaktif = AlasanNonaktif.Pindah, DataJson = "{}", BeritaAcaraUkuran = 1000,
                DibuatPada = DateTimeOffset.UtcNow, DiubahPada = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        Assert.Empty(await _app.SertifikatAsync(operatorId));

        var hasil = await (await client.SubmitAsync(halaman, Kosong)).ReadDocumentAsync();
        Assert.Contains("100%", hasil.QuerySelector(".hasil .skor")!.TextContent);
        var s = await _app.TungguSertifikatAsync(operatorId);
        Assert.Equal(putaranId, s.PutaranId);
        Assert.Equal(Peran.Operator, s.Peran);
    }

    private static void IsiKunci(PustakaKonten konten, IHtmlFormElement form)
    {
        var soal = konten.CariSoal(((IHtmlInputElement)form.QuerySelector("input[name=soalId]")!).Value)!;
        var kunci = MesinKuis.KunciSebagaiJawaban(soal);
        switch (soal.Jenis)
        {
            case JenisSoal.Numeric:
                ((IHtmlInputElement)form.QuerySelector("input[name=jawaban]")!).Value = kunci[0];
                break;
            case JenisSoal.Matching:
                var pilihan = form.QuerySelectorAll("select[name=jawaban]").Cast<IHtmlSelectElement>().ToList();
                for (var i = 0; i < pilihan.Count; i++) pilihan[i].Value = kunci[i];
                break;
            default:
                foreach (var input in form.QuerySelectorAll("input[name=jawaban]").Cast<IHtmlInputElement>())
                    input.IsChecked = kunci.Contains(input.Value);
                break;
        }
    }
}
