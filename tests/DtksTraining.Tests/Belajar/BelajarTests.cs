using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Belajar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Belajar;

[Trait("Category", "Data")]
public class BelajarTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly Dictionary<string, string> Kosong = [];
    private PustakaKonten Konten => app.Services.GetRequiredService<PustakaKonten>();

    [Fact]
    public async Task Reading_a_section_records_progress_and_the_list_resumes_at_the_first_unread_section()
    {
        var operatorDesa = await app.LoginAsync("operator.padangmanis");
        var modul = await operatorDesa.GetDocumentAsync("/Belajar/Modul/nik-kk-padan");
        Assert.Contains("Susunan NIK", modul.QuerySelector("article h2")!.TextContent);

        var jumlahBagian = Konten.CariModul("nik-kk-padan")!.Bagian.Count;
        Assert.Equal(Enumerable.Range(1, jumlahBagian).Select(n => $"/Belajar/Modul/nik-kk-padan/{n}"),
            modul.QuerySelectorAll("nav.steps a").Select(a => a.GetAttribute("href")));

        var berikut = await operatorDesa.SubmitAsync(modul, Kosong);
        Assert.Equal("/Belajar/Modul/nik-kk-padan/2", berikut.RequestMessage!.RequestUri!.AbsolutePath);
        var bagianDua = await berikut.ReadDocumentAsync();
        Assert.Equal("/Belajar/Modul/nik-kk-padan/1", bagianDua.QuerySelector("form.actions a.btn.second")!.GetAttribute("href"));
        Assert.Equal("step", bagianDua.QuerySelector("nav.steps a[href='/Belajar/Modul/nik-kk-padan/2']")!.GetAttribute("aria-current"));

        var daftar = await operatorDesa.GetDocumentAsync("/Belajar");
        var kartu = daftar.QuerySelectorAll("li.card").Single(li => li.TextContent.Contains("NIK, Nomor KK"));
        Assert.Equal("14", kartu.QuerySelector("progress")!.GetAttribute("value"));
        Assert.Equal("/Belajar/Modul/nik-kk-padan/2", kartu.QuerySelector("a.btn")!.GetAttribute("href"));

        var kades = await app.LoginAsync("kades.padangmanis");
        var daftarKades = await kades.GetDocumentAsync("/Belajar");
        Assert.DoesNotContain("NIK, Nomor KK", daftarKades.Body!.TextContent);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await kades.GetAsync("/Belajar/Modul/nik-kk-padan")).StatusCode);
    }

    private async Task<(HttpClient Client, long Id)> MulaiAsync(string pengguna, string kuis)
    {
        var client = await app.LoginAsync(pengguna);
        var halaman = await client.GetDocumentAsync($"/Belajar/Kuis/{kuis}");
        var mulai = await client.SubmitAsync(halaman, Kosong);
        var path = mulai.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/Belajar/Percobaan/", path);
        return (client, long.Parse(path.Split('/')[3]));
    }

    private void IsiKunci(IHtmlFormElement form)
    {
        var soal = Konten.CariSoal(((IHtmlInputElement)form.QuerySelector("input[name=soalId]")!).Value)!;
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

    private static IHtmlFormElement FormJawab(IHtmlDocument halaman) => (IHtmlFormElement)halaman.QuerySelector("form[data-simpan-otomatis]")!;

    [Fact]
    public async Task Answering_every_question_from_the_key_passes_and_opens_the_review()
    {
        var (client, id) = await MulaiAsync("operator.bagelen", "ujian-operator");
        var jumlah = Konten.CariKuis("ujian-operator")!.JumlahSoal;
        for (var no = 1; no <= jumlah; no++)
        {
            var halaman = await client.GetDocumentAsync($"/Belajar/Percobaan/{id}/{no}");
            Assert.Equal($"/Belajar/Percobaan/{id}/1", halaman.QuerySelector("ul.nomor a")!.GetAttribute("href"));
            var form = FormJawab(halaman);
            IsiKunci(form);
            var setelah = await client.SubmitAsync(form, Kosong);
            Assert.Equal($"/Belajar/Percobaan/{id}/{Math.Min(no + 1, jumlah)}", setelah.RequestMessage!.RequestUri!.AbsolutePath);
        }
        var akhir = await client.GetDocumentAsync($"/Belajar/Percobaan/{id}");
        var nomor = akhir.QuerySelectorAll("ul.nomor a").ToList();
        Assert.Equal(Enumerable.Range(1, jumlah).Select(n => $"/Belajar/Percobaan/{id}/{n}"), nomor.Select(a => a.GetAttribute("href")));
        Assert.All(nomor, a => Assert.Contains("terjawab", a.ClassList));
        var hasil = await (await client.SubmitAsync(akhir, Kosong, "form.kirim")).ReadDocumentAsync();

        Assert.Equal("100", hasil.QuerySelector(".skor")!.TextContent);
        Assert.Equal(jumlah, hasil.QuerySelectorAll("ol.ulasan > li").Length);
        var tersimpan = await app.WithDbAsync(db => db.QuizAttempt.SingleAsync(a => a.Id == id));
        Assert.Equal((100.0, true), (tersimpan.Score, tersimpan.Passed));
        var lagi = await client.GetDocumentAsync("/Belajar/Kuis/ujian-operator");
        Assert.Contains("sudah lulus", lagi.QuerySelector(".warn")!.TextContent);
    }

    [Fact]
    public async Task A_tampered_answer_is_refused_and_nothing_is_saved()
    {
        var (client, id) = await MulaiAsync("kades.bagelen", "ujian-kades");
        var undian = MesinKuis.DariJson(await app.WithDbAsync(db => db.QuizAttempt.Where(a => a.Id == id).Select(a => a.DrawJson).SingleAsync()));
        var bukanMilik = Konten.Soal.First(s => undian.All(u => u.SoalId != s.Id)).Id;

        var halaman = await client.GetDocumentAsync($"/Belajar/Percobaan/{id}/1");
        var ditolak = await (await client.SubmitAsync(halaman, new Dictionary<string, string> { ["soalId"] = bukanMilik }, "form[data-simpan-otomatis]")).ReadDocumentAsync();
        Assert.Contains("bukan bagian dari percobaan", ditolak.QuerySelector(".errors")!.TextContent);

        var nomorPilihan = undian.Select((u, i) => (u, i)).First(x => Konten.CariSoal(x.u.SoalId)!.Jenis == JenisSoal.Single).i + 1;
        var soalPilihan = await client.GetDocumentAsync($"/Belajar/Percobaan/{id}/{nomorPilihan}");
        var form = FormJawab(soalPilihan);
        var radio = (IHtmlInputElement)form.QuerySelector("input[name=jawaban]")!;
        radio.Value = "zz";
        radio.IsChecked = true;
        var ditolakLagi = await (await client.SubmitAsync(form, Kosong)).ReadDocumentAsync();
        Assert.Contains("Pilihan jawaban itu tidak ada", ditolakLagi.QuerySelector(".errors")!.TextContent);

        Assert.Equal(0, await app.WithDbAsync(db => db.QuizAnswer.CountAsync(a => a.AttemptId == id)));
    }

    [Fact]
    public async Task Submitting_twice_grades_once_and_the_trainer_sees_the_attempt()
    {
        var (client, id) = await MulaiAsync("fasilitator", "ujian-kades");
        var halaman = await client.GetDocumentAsync($"/Belajar/Percobaan/{id}/1");
        IsiKunci(FormJawab(halaman));
        await client.SubmitAsync(FormJawab(halaman), Kosong);
        var akhir = await client.GetDocumentAsync($"/Belajar/Percobaan/{id}");

        var tanya = await (await client.SubmitAsync(akhir, Kosong, "form.kirim")).ReadDocumentAsync();
        var pertama = await (await client.SubmitAsync(tanya, Kosong, "section.konfirmasi-kirim form.kirim")).ReadDocumentAsync();
        var dinilai = await app.WithDbAsync(db => db.QuizAttempt.Where(a => a.Id == id).Select(a => a.GradedAt).SingleAsync());
        var kedua = await (await client.SubmitAsync(akhir, Kosong, "form.kirim")).ReadDocumentAsync();

        Assert.Contains("sudah dikirim dan dinilai", pertama.QuerySelector(".flash")!.TextContent);
        Assert.Contains("sudah dinilai sebelumnya", kedua.QuerySelector(".flash")!.TextContent);
        Assert.NotNull(dinilai);
        Assert.Equal(dinilai, await app.WithDbAsync(db => db.QuizAttempt.Where(a => a.Id == id).Select(a => a.GradedAt).SingleAsync()));
        Assert.Equal("5", pertama.QuerySelector(".skor")!.TextContent);

        var rekap = await client.GetDocumentAsync("/Belajar/Rekap?kuis=ujian-kades");
        Assert.Contains("fasilitator", rekap.QuerySelector("table.peserta")!.TextContent);
        Assert.Equal(20, rekap.QuerySelectorAll("table.butir tbody tr").Length);
    }

    [Fact]
    public async Task An_attempt_past_its_deadline_is_graded_with_what_was_saved_when_next_opened()
    {
        var (client, id) = await MulaiAsync("admin", "ujian-operator");
        var halaman = await client.GetDocumentAsync($"/Belajar/Percobaan/{id}/1");
        IsiKunci(FormJawab(halaman));
        await client.SubmitAsync(FormJawab(halaman), Kosong);
        await app.WithDbAsync(async db =>
        {
            var percobaan = await db.QuizAttempt.SingleAsync(a => a.Id == id);
            percobaan.Deadline = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        });

        var telat = await client.SubmitAsync(halaman, Kosong, "form[data-simpan-otomatis]");
        var hasil = await telat.ReadDocumentAsync();

        Assert.Equal($"/Belajar/Hasil/{id}", telat.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Waktu habis", hasil.QuerySelector(".flash")!.TextContent);
        var tersimpan = await app.WithDbAsync(db => db.QuizAttempt.SingleAsync(a => a.Id == id));
        Assert.Equal((4.0, false), (tersimpan.Score, tersimpan.Passed));
        Assert.NotNull(tersimpan.GradedAt);
        var kuis = await client.GetDocumentAsync("/Belajar/Kuis/ujian-operator");
        Assert.Contains("Percobaan berikutnya dibuka", kuis.QuerySelector(".warn")!.TextContent);
        Assert.Contains("WIB", kuis.QuerySelector(".warn")!.TextContent);
    }

    [Fact]
    public async Task Sending_with_unanswered_questions_asks_first_and_spends_no_attempt_until_confirmed()
    {
        // Not ujian-kades: the trainer's item table for that quiz is counted by another test in this class.
        var (client, id) = await MulaiAsync("fasilitator.dua", "ujian-operator");
        var kuis = Konten.CariKuis("ujian-operator")!;
        var jumlah = kuis.JumlahSoal;
        var halaman = await client.GetDocumentAsync($"/Belajar/Percobaan/{id}/1");
        IsiKunci(FormJawab(halaman));
        await client.SubmitAsync(FormJawab(halaman), Kosong);
        var kedua = await client.GetDocumentAsync($"/Belajar/Percobaan/{id}/2");
        IsiKunci(FormJawab(kedua));
        await client.SubmitAsync(FormJawab(kedua), Kosong);

        var akhir = await client.GetDocumentAsync($"/Belajar/Percobaan/{id}/3");
        Assert.Contains($"{jumlah - 2} soal belum dijawab", akhir.QuerySelector("form.kirim")!.TextContent);
        var tanya = await client.SubmitAsync(akhir, Kosong, "form.kirim");
        var konfirmasi = await tanya.ReadDocumentAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, tanya.StatusCode);
        Assert.Equal($"{jumlah - 2} dari {jumlah} soal belum dijawab", konfirmasi.QuerySelector("section.konfirmasi-kirim h2")!.TextContent.Trim());
        Assert.Contains($"percobaan ke-1 dari {kuis.MaksPercobaan} kesempatan", konfirmasi.QuerySelector("section.konfirmasi-kirim")!.TextContent);
        Assert.Equal($"/Belajar/Percobaan/{id}/3", konfirmasi.QuerySelector("section.konfirmasi-kirim a.btn")!.GetAttribute("href"));
        Assert.Null(await app.WithDbAsync(db => db.QuizAttempt.Where(a => a.Id == id).Select(a => a.GradedAt).SingleAsync()));

        var kirim = await client.SubmitAsync(konfirmasi, Kosong, "section.konfirmasi-kirim form.kirim");
        Assert.Equal($"/Belajar/Hasil/{id}", kirim.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotNull(await app.WithDbAsync(db => db.QuizAttempt.Where(a => a.Id == id).Select(a => a.GradedAt).SingleAsync()));
    }

    [Fact]
    public async Task Auto_saving_a_partly_matched_question_keeps_the_draft_and_counts_it_unanswered()
    {
        var (client, id) = await MulaiAsync("operator.waykepayang", "ujian-operator");
        var jodoh = Konten.Soal.First(s => s.Jenis == JenisSoal.Matching && s.Pasangan.Count >= 3);
        // The draw is random: put a matching question first so the test does not depend on it.
        await app.WithDbAsync(async db =>
        {
            var percobaan = await db.QuizAttempt.SingleAsync(a => a.Id == id);
            var undian = MesinKuis.DariJson(percobaan.DrawJson).Where(u => u.SoalId != jodoh.Id).ToList();
            undian[0] = new SoalTerundi(jodoh.Id, Enumerable.Range(0, jodoh.Pasangan.Count).Select(i => i.ToString()).ToList());
            percobaan.DrawJson = MesinKuis.KeJson(undian);
            await db.SaveChangesAsync();
        });

        var halaman = await client.GetDocumentAsync($"/Belajar/Percobaan/{id}/1");
        var form = FormJawab(halaman);
        var pilihan = form.QuerySelectorAll("select[name=jawaban]").Cast<IHtmlSelectElement>().ToList();
        pilihan[0].Value = "0";
        // What kuis.js sends on "change": the form as it stands, marked as an auto-save.
        var isi = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value),
            new("soalId", jodoh.Id),
        };
        isi.AddRange(pilihan.Select(p => new KeyValuePair<string, string>("jawaban", p.Value ?? "")));
        var request = new HttpRequestMessage(HttpMethod.Post, form.Action) { Content = new FormUrlEncodedContent(isi) };
        request.Headers.Add("X-Simpan-Otomatis", "1");
        var simpan = await client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.NoContent, simpan.StatusCode);
        var tersimpan = await app.WithDbAsync(db => db.QuizAnswer.Where(a => a.AttemptId == id && a.QuestionId == jodoh.Id).Select(a => a.AnswerJson).SingleAsync());
        Assert.Equal(["0", .. Enumerable.Repeat("", jodoh.Pasangan.Count - 1)], MesinKuis.JawabanDariJson(tersimpan));
        var lagi = await client.GetDocumentAsync($"/Belajar/Percobaan/{id}/1");
        Assert.Equal("0", ((IHtmlSelectElement)lagi.QuerySelector("select#jodoh-0")!).Value);
        Assert.Equal("", ((IHtmlSelectElement)lagi.QuerySelector("select#jodoh-1")!).Value);
        Assert.DoesNotContain("terjawab", lagi.QuerySelector("ul.nomor a")!.ClassName ?? "");
        Assert.Contains("0 dari", lagi.QuerySelector("main p.muted")!.TextContent);
    }
}
