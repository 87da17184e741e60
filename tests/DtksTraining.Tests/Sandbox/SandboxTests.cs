using System.Net;
using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Sandbox;

[Trait("Category", "Data")]
public class SandboxTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Banner = "DATA LATIHAN – FIKTIF";
    private static readonly Dictionary<string, string> Kosong = [];

    private Task<int> SandboxIdAsync(string pengguna) => app.WithDbAsync(db => SandboxUji.IdAsync(db, pengguna));

    private Task<SandboxAnggota> OrangBiasaAsync(int sandboxId) => app.WithDbAsync(db => SandboxUji.OrangBiasaAsync(db, sandboxId));

    internal static async Task<HttpResponseMessage> UnggahAsync(HttpClient client, IHtmlDocument halaman, string nama, byte[] isi)
    {
        var form = (IHtmlFormElement)halaman.QuerySelector("#form-unggah")!;
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var konten = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(isi), "berkas", nama },
        };
        return await client.PostAsync(form.Action, konten);
    }

    internal static byte[] Pdf(int ukuran = 2000)
    {
        var isi = new byte[ukuran];
        "%PDF-1.4\n"u8.CopyTo(isi);
        return isi;
    }

    internal static string Galat(IHtmlDocument halaman) =>
        string.Join(" | ", halaman.QuerySelectorAll(".errors, .field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));

    private async Task<(HttpClient Client, int UsulanId)> UsulanNonaktifAsync(string pengguna, SandboxAnggota orang, string alasan = "Menolak")
    {
        var client = await app.LoginAsync(pengguna);
        var keluarga = await client.GetDocumentAsync($"/Sandbox/Keluarga/{orang.NoKk}");
        var form = (IHtmlFormElement)keluarga.QuerySelector($"#art-{orang.Id} form.form-nonaktif")!;
        var hasil = await client.SubmitAsync(form, new Dictionary<string, string> { ["alasan"] = alasan });
        Assert.Contains("usulan nonaktif dibuat sebagai draf", (await hasil.ReadDocumentAsync()).QuerySelector(".flash")!.TextContent);
        var daftar = await client.GetDocumentAsync("/Sandbox/Usulan");
        var id = int.Parse(daftar.QuerySelector("tbody a")!.GetAttribute("href")!.Split('/')[^1]);
        return (client, id);
    }

    [Fact]
    public async Task Search_finds_people_by_nik_kk_and_name_and_every_sandbox_page_says_the_data_are_fictional()
    {
        var client = await app.LoginAsync("operator.kagunganratu");
        var awal = await client.GetDocumentAsync("/Sandbox");
        Assert.Contains(Banner, awal.QuerySelector(".latihan")!.TextContent);
        Assert.Equal(20, awal.QuerySelectorAll("tbody tr").Length);
        var orang = await OrangBiasaAsync(await SandboxIdAsync("operator.kagunganratu"));

        var menurutNik = await client.GetDocumentAsync($"/Sandbox?q={orang.Nik}");
        Assert.Contains(orang.Nama, menurutNik.QuerySelector("tbody")!.TextContent);
        var menurutKk = await client.GetDocumentAsync($"/Sandbox?q={orang.NoKk}");
        Assert.All(menurutKk.QuerySelectorAll("tbody tr"), tr => Assert.Contains(orang.NoKk, tr.TextContent));
        var menurutNama = await client.GetDocumentAsync($"/Sandbox?q={Uri.EscapeDataString(orang.Nama.ToLowerInvariant())}");
        Assert.Contains(orang.Nik, menurutNama.QuerySelector("tbody")!.TextContent);
        var halaman2 = await client.GetDocumentAsync("/Sandbox?hal=2");
        Assert.Contains("Halaman 2 dari", halaman2.QuerySelector(".pager")!.TextContent);

        var ganda = await client.GetDocumentAsync("/Sandbox/Ganda");
        Assert.True(ganda.QuerySelectorAll(".ganda").Count(g => g.TextContent.Contains("NIK sama")) >= 3);
        foreach (var url in new[] { $"/Sandbox/Keluarga/{orang.NoKk}", "/Sandbox/Ganda", "/Sandbox/Usulan", "/Sandbox/KeluargaBaru" })
            Assert.Contains(Banner, (await client.GetDocumentAsync(url)).QuerySelector(".latihan")!.TextContent);
    }

    [Fact]
    public async Task A_trainee_cannot_read_or_change_another_trainees_families_or_proposals_whatever_ids_are_posted()
    {
        var sandboxA = (await (await app.LoginAsync("operator.bumiagung")).GetAsync("/Sandbox")).IsSuccessStatusCode
            ? await SandboxIdAsync("operator.bumiagung") : 0;
        var orangA = await OrangBiasaAsync(sandboxA);
        var (_, usulanA) = await UsulanNonaktifAsync("operator.bumiagung", orangA);

        var b = await app.LoginAsync("operator.padangmanis");
        await b.GetDocumentAsync("/Sandbox");
        var orangB = await OrangBiasaAsync(await SandboxIdAsync("operator.padangmanis"));

        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/Sandbox/Keluarga/{orangA.NoKk}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/Sandbox/Usulan/{usulanA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/Sandbox/Usulan/{usulanA}?handler=Berkas")).StatusCode);
        Assert.Equal(0, (await b.GetDocumentAsync($"/Sandbox?q={orangA.Nik}")).QuerySelectorAll("tbody tr").Length);

        // B's own forms, with A's member id or A's KK in the address.
        var keluargaB = await b.GetDocumentAsync($"/Sandbox/Keluarga/{orangB.NoKk}");
        var nonaktif = (IHtmlFormElement)keluargaB.QuerySelector($"#art-{orangB.Id} form.form-nonaktif")!;
        var denganIdA = await b.SubmitAsync(nonaktif, new Dictionary<string, string> { ["anggotaId"] = orangA.Id.ToString(), ["alasan"] = "Ganda" });
        Assert.Equal(HttpStatusCode.NotFound, denganIdA.StatusCode);
        nonaktif.Action = $"/Sandbox/Keluarga/{orangA.NoKk}?handler=Nonaktif";
        Assert.Equal(HttpStatusCode.NotFound, (await b.SubmitAsync(nonaktif, new Dictionary<string, string> { ["anggotaId"] = orangA.Id.ToString(), ["alasan"] = "Ganda" })).StatusCode);
        var keberadaan = (IHtmlFormElement)keluargaB.QuerySelector($"#art-{orangB.Id} form.form-keberadaan")!;
        Assert.Equal(HttpStatusCode.NotFound, (await b.SubmitAsync(keberadaan, new Dictionary<string, string> { ["anggotaId"] = orangA.Id.ToString(), ["keberadaan"] = "Meninggal" })).StatusCode);
        var perbaikan = await b.GetDocumentAsync($"/Sandbox/Keluarga/{orangB.NoKk}?ubah={orangA.Id}");
        Assert.Null(perbaikan.QuerySelector("#form-perbaikan"));
        var perbaikanB = (IHtmlFormElement)(await b.GetDocumentAsync($"/Sandbox/Keluarga/{orangB.NoKk}?ubah={orangB.Id}")).QuerySelector("#form-perbaikan")!;
        Assert.Equal(HttpStatusCode.NotFound, (await b.SubmitAsync(perbaikanB, new Dictionary<string, string> { ["Ubah"] = orangA.Id.ToString(), ["Input.Nama"] = "Diambil Alih" })).StatusCode);

        // B's upload and submit forms pointed at A's proposal.
        var (_, usulanB) = await UsulanNonaktifAsync("operator.padangmanis", orangB);
        var detailB = await b.GetDocumentAsync($"/Sandbox/Usulan/{usulanB}");
        ((IHtmlFormElement)detailB.QuerySelector("#form-unggah")!).Action = $"/Sandbox/Usulan/{usulanA}?handler=Unggah";
        Assert.Equal(HttpStatusCode.NotFound, (await UnggahAsync(b, detailB, "ba.pdf", Pdf())).StatusCode);

        var sesudah = await app.WithDbAsync(async db => (
            await db.SandboxAnggota.AsNoTracking().SingleAsync(a => a.Id == orangA.Id),
            await db.SandboxUsulan.AsNoTracking().SingleAsync(u => u.Id == usulanA)));
        Assert.Equal(orangA.Nama, sesudah.Item1.Nama);
        Assert.Equal(orangA.Keberadaan, sesudah.Item1.Keberadaan);
        Assert.Equal(AlasanNonaktif.Menolak, sesudah.Item1.AlasanNonaktif);
        Assert.Equal(StatusUsulan.Draft, sesudah.Item2.Status);
        Assert.Null(sesudah.Item2.BeritaAcara);
    }

    [Fact]
    public async Task Perbaikan_names_every_section_4_failure_in_bahasa_and_keeps_what_was_typed()
    {
        var client = await app.LoginAsync("operator.banjaran");
        await client.GetDocumentAsync("/Sandbox");
        var orang = await OrangBiasaAsync(await SandboxIdAsync("operator.banjaran"));
        var halaman = await client.GetDocumentAsync($"/Sandbox/Keluarga/{orang.NoKk}?ubah={orang.Id}");
        var lawan = orang.JenisKelamin == JenisKelamin.LakiLaki ? "Perempuan" : "LakiLaki";
        var hasil = await client.SubmitAsync(halaman, new Dictionary<string, string>
        {
            ["Input.Nama"] = "Nama Ketikan Baru",
            ["Input.JenisKelamin"] = lawan,
            ["Input.TanggalLahir"] = orang.TanggalLahir.AddDays(3).ToString("yyyy-MM-dd"),
            ["Input.Hubungan"] = "KepalaKeluarga",
            ["Input.StatusHamil"] = "Ya",
            ["Input.StatusPerkawinan"] = "BelumKawin",
        }, "#form-perbaikan");
        var dok = await hasil.ReadDocumentAsync();
        var galat = Galat(dok);
        Assert.Contains("jenis kelamin menurut NIK", galat);
        Assert.Contains("tanggal lahir menurut NIK", galat);
        Assert.Contains("2 kepala keluarga", galat);
        Assert.Contains("status hamil hanya untuk", galat);
        Assert.Equal("Nama Ketikan Baru", ((IHtmlInputElement)dok.QuerySelector("input[name='Input.Nama']")!).Value);
        Assert.Equal(orang.TanggalLahir.AddDays(3).ToString("yyyy-MM-dd"), ((IHtmlInputElement)dok.QuerySelector("input[name='Input.TanggalLahir']")!).Value);
        Assert.Equal(lawan, ((IHtmlSelectElement)dok.QuerySelector("select[name='Input.JenisKelamin']")!).Value);

        var pendek = await client.SubmitAsync(dok, new Dictionary<string, string> { ["Input.Nik"] = "18090112" }, "#form-perbaikan");
        Assert.Contains("NIK harus 16 angka", Galat(await pendek.ReadDocumentAsync()));

        var keluarga = await client.GetDocumentAsync($"/Sandbox/Keluarga/{orang.NoKk}");
        var tanpaAlasan = await (await client.SubmitAsync((IHtmlFormElement)keluarga.QuerySelector($"#art-{orang.Id} form.form-nonaktif")!,
            new Dictionary<string, string> { ["catatan"] = "Ditemui saat verval" })).ReadDocumentAsync();
        Assert.Contains("Pilih alasan nonaktif", Galat(tanpaAlasan));
        Assert.Equal("Ditemui saat verval", ((IHtmlInputElement)tanpaAlasan.QuerySelector($"#catatan-{orang.Id}")!).Value);

        var tidakBerubah = await app.WithDbAsync(db => db.SandboxAnggota.AsNoTracking().SingleAsync(a => a.Id == orang.Id));
        Assert.Equal(orang.Nama, tidakBerubah.Nama);
        Assert.Equal(0, await app.WithDbAsync(db => db.SandboxUsulan.CountAsync(u => u.SandboxId == orang.SandboxId)));
    }

    [Fact]
    public async Task Reset_brings_back_the_scenario_start_and_removes_the_proposals()
    {
        var client = await app.LoginAsync("operator.bawang");
        await client.GetDocumentAsync("/Sandbox");
        var orang = await OrangBiasaAsync(await SandboxIdAsync("operator.bawang"));
        var halaman = await client.GetDocumentAsync($"/Sandbox/Keluarga/{orang.NoKk}?ubah={orang.Id}");
        var simpan = await client.SubmitAsync(halaman, new Dictionary<string, string> { ["Input.NamaIbuKandung"] = "Siti Latihan" }, "#form-perbaikan");
        Assert.Contains("usulan perbaikan data dibuat sebagai draf", (await simpan.ReadDocumentAsync()).QuerySelector(".flash")!.TextContent);
        Assert.Equal("Siti Latihan", (await app.WithDbAsync(db => db.SandboxAnggota.SingleAsync(a => a.Id == orang.Id))).NamaIbuKandung);

        var index = await client.GetDocumentAsync("/Sandbox");
        var tanpaYakin = await client.SubmitAsync(index, Kosong, "#form-atur-ulang");
        Assert.Contains("Centang", Galat(await tanpaYakin.ReadDocumentAsync()));
        Assert.Single(await app.WithDbAsync(db => db.SandboxUsulan.Where(u => u.SandboxId == orang.SandboxId).ToListAsync()));

        var atur = await client.SubmitAsync(index, new Dictionary<string, string> { ["yakin"] = "true" }, "#form-atur-ulang");
        Assert.Contains("dikembalikan ke awal", (await atur.ReadDocumentAsync()).QuerySelector(".flash")!.TextContent);
        var kembali = await app.WithDbAsync(db => db.SandboxAnggota.AsNoTracking().SingleAsync(a => a.SandboxId == orang.SandboxId && a.Nik == orang.Nik && a.NoKk == orang.NoKk));
        Assert.Equal(orang.NamaIbuKandung, kembali.NamaIbuKandung);
        Assert.Equal(0, await app.WithDbAsync(db => db.SandboxUsulan.CountAsync(u => u.SandboxId == orang.SandboxId)));
        Assert.Contains("Belum ada usulan", (await client.GetDocumentAsync("/Sandbox/Usulan")).Body!.TextContent);
    }

    [Fact]
    public async Task Berita_acara_must_really_be_a_pdf_or_jpg_of_at_most_2_mb()
    {
        await (await app.LoginAsync("operator.waykepayang")).GetAsync("/Sandbox");
        var orang = await OrangBiasaAsync(await SandboxIdAsync("operator.waykepayang"));
        var (client, id) = await UsulanNonaktifAsync("operator.waykepayang", orang);
        var detail = await client.GetDocumentAsync($"/Sandbox/Usulan/{id}");

        var exe = new byte[4000];
        "MZ"u8.CopyTo(exe);
        var ditolak = await (await UnggahAsync(client, detail, "berita-acara.pdf", exe)).ReadDocumentAsync();
        Assert.Contains("Berkas harus PDF atau JPG", Galat(ditolak));
        var besar = await (await UnggahAsync(client, detail, "berita-acara.pdf", Pdf(2 * 1024 * 1024 + 1))).ReadDocumentAsync();
        Assert.Contains("paling besar 2 MB", Galat(besar));
        Assert.Equal(StatusUsulan.Draft, (await app.WithDbAsync(db => db.SandboxUsulan.SingleAsync(u => u.Id == id))).Status);

        var jpg = new byte[3000];
        jpg[0] = 0xFF; jpg[1] = 0xD8; jpg[2] = 0xFF;
        var diterima = await (await UnggahAsync(client, detail, "ba-musdes.jpg", jpg)).ReadDocumentAsync();
        Assert.Equal("BA musdes diunggah", diterima.QuerySelector(".badge.status")!.TextContent);
        var unduh = await client.GetAsync($"/Sandbox/Usulan/{id}?handler=Berkas");
        Assert.Equal("image/jpeg", unduh.Content.Headers.ContentType!.MediaType);
        Assert.Equal(jpg, await unduh.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_proposal_goes_from_draft_to_desil_ditetapkan_after_a_return_with_reason_and_the_trainee_sees_the_history()
    {
        await (await app.LoginAsync("operator.sukajayapunduh")).GetAsync("/Sandbox");
        var orang = await OrangBiasaAsync(await SandboxIdAsync("operator.sukajayapunduh"));
        var (client, id) = await UsulanNonaktifAsync("operator.sukajayapunduh", orang);
        var detail = await client.GetDocumentAsync($"/Sandbox/Usulan/{id}");
        Assert.Null(detail.QuerySelector("#form-ajukan"));
        detail = await (await UnggahAsync(client, detail, "ba.pdf", Pdf())).ReadDocumentAsync();
        detail = await (await client.SubmitAsync(detail, Kosong, "#form-ajukan")).ReadDocumentAsync();
        Assert.Equal("Diajukan ke kabupaten", detail.QuerySelector(".badge.status")!.TextContent);

        var staf = await app.LoginAsync("fasilitator");
        var antrean = await staf.GetDocumentAsync("/Staf/VerifikasiUsulan");
        Assert.NotNull(antrean.QuerySelector($"a[href='/Staf/VerifikasiUsulan/Detail/{id}']"));
        var verifikasi = await staf.GetDocumentAsync($"/Staf/VerifikasiUsulan/Detail/{id}");
        var tanpaAlasan = await (await staf.SubmitAsync(verifikasi, Kosong, "#form-verifikasi", "button[value=Dikembalikan]")).ReadDocumentAsync();
        Assert.Contains("Alasan wajib diisi", Galat(tanpaAlasan));
        var kembali = await (await staf.SubmitAsync(tanpaAlasan, new Dictionary<string, string> { ["alasan"] = "BA belum ditandatangani Kepala Desa." },
            "#form-verifikasi", "button[value=Dikembalikan]")).ReadDocumentAsync();
        Assert.Equal("Dikembalikan", kembali.QuerySelector(".badge.status")!.TextContent);

        detail = await client.GetDocumentAsync($"/Sandbox/Usulan/{id}");
        Assert.Contains("BA belum ditandatangani Kepala Desa.", detail.QuerySelector(".riwayat")!.TextContent);
        Assert.Contains("Agus Setiawan", detail.QuerySelector(".riwayat")!.TextContent);
        detail = await (await UnggahAsync(client, detail, "ba-ttd.pdf", Pdf())).ReadDocumentAsync();
        await client.SubmitAsync(detail, Kosong, "#form-ajukan");

        verifikasi = await staf.GetDocumentAsync($"/Staf/VerifikasiUsulan/Detail/{id}");
        verifikasi = await (await staf.SubmitAsync(verifikasi, Kosong, "#form-verifikasi", "button[value=DiverifikasiDinsos]")).ReadDocumentAsync();
        verifikasi = await (await staf.SubmitAsync(verifikasi, Kosong, "#form-sahkan")).ReadDocumentAsync();
        Assert.Contains("pendamping PKH", verifikasi.QuerySelector(".posisi")!.TextContent);
        var tanpaCatatan = await (await staf.SubmitAsync(verifikasi, Kosong, "#form-lapangan", "button[value=LapanganTidakSesuai]")).ReadDocumentAsync();
        Assert.Contains("Alasan wajib diisi", Galat(tanpaCatatan));
        verifikasi = await (await staf.SubmitAsync(tanpaCatatan, new Dictionary<string, string> { ["alasan"] = "Keluarga ditemui di rumah." },
            "#form-lapangan", "button[value=LapanganSesuai]")).ReadDocumentAsync();
        Assert.Equal("Pemeriksaan lapangan: sesuai", verifikasi.QuerySelector(".badge.status")!.TextContent);
        verifikasi = await (await staf.SubmitAsync(verifikasi, Kosong, "#form-desil")).ReadDocumentAsync();
        Assert.Equal("Desil ditetapkan BPS", verifikasi.QuerySelector(".badge.status")!.TextContent);
        var desil = int.Parse(verifikasi.QuerySelector(".desil")!.TextContent);
        Assert.InRange(desil, 1, 10);

        var riwayat = (await client.GetDocumentAsync($"/Sandbox/Usulan/{id}")).QuerySelectorAll(".riwayat li").Select(li => li.TextContent).ToList();
        Assert.Equal(10, riwayat.Count);
        Assert.Contains(riwayat, r => r.Contains("Diverifikasi Dinsos") && r.Contains("verifikator Dinas Sosial"));
        Assert.Contains(riwayat, r => r.Contains("Disahkan Kepala Dinas") && r.Contains("Kepala Dinas Sosial"));
        Assert.Contains(riwayat, r => r.Contains("Pemeriksaan lapangan: sesuai") && r.Contains("pendamping PKH") && r.Contains("Keluarga ditemui di rumah."));
        Assert.Contains("Desil ditetapkan BPS", riwayat[^1]);
        Assert.Contains($"Desil {desil} (skor", riwayat[^1]);
        Assert.Equal(new UsulanTercatat(JenisUsulan.Nonaktif, StatusUsulan.DesilDitetapkan, orang.NoKk, orang.Nik, AlasanNonaktif.Menolak, true),
            (await app.WithDbAsync(db => db.SandboxUsulan.SingleAsync(u => u.Id == id))).Tercatat());
    }

    [Fact]
    public async Task A_nickname_left_unfixed_is_tidak_padan_at_the_desil_step_and_goes_back_to_the_desa_with_the_reason()
    {
        var client = await app.LoginAsync("operator.penengahan");
        await client.GetDocumentAsync("/Sandbox");
        var sandboxId = await SandboxIdAsync("operator.penengahan");
        var anomali = await app.WithDbAsync(db => db.SandboxAnomali.SingleAsync(a => a.SandboxId == sandboxId && a.Jenis == JenisAnomali.TidakPadanNamaPanggilan));
        var orang = await app.WithDbAsync(db => db.SandboxAnggota.AsNoTracking().SingleAsync(a => a.SandboxId == sandboxId && a.Nik == anomali.Nik && a.NoKk == anomali.NoKk));
        var keluarga = await client.GetDocumentAsync($"/Sandbox/Keluarga/{orang.NoKk}");
        await client.SubmitAsync((IHtmlFormElement)keluarga.QuerySelector($"#art-{orang.Id} form.form-keberadaan")!,
            new Dictionary<string, string> { ["keberadaan"] = "TinggalDiRumahTangga" });
        var id = await app.WithDbAsync(db => db.SandboxUsulan.Where(u => u.SandboxId == sandboxId).Select(u => u.Id).SingleAsync());
        var detail = await client.GetDocumentAsync($"/Sandbox/Usulan/{id}");
        detail = await (await UnggahAsync(client, detail, "ba.pdf", Pdf())).ReadDocumentAsync();
        await client.SubmitAsync(detail, Kosong, "#form-ajukan");

        var staf = await app.LoginAsync("admin");
        var verifikasi = await staf.GetDocumentAsync($"/Staf/VerifikasiUsulan/Detail/{id}");
        verifikasi = await (await staf.SubmitAsync(verifikasi, Kosong, "#form-verifikasi", "button[value=DiverifikasiDinsos]")).ReadDocumentAsync();
        verifikasi = await (await staf.SubmitAsync(verifikasi, Kosong, "#form-sahkan")).ReadDocumentAsync();
        verifikasi = await (await staf.SubmitAsync(verifikasi, Kosong, "#form-lapangan", "button[value=LapanganSesuai]")).ReadDocumentAsync();
        verifikasi = await (await staf.SubmitAsync(verifikasi, Kosong, "#form-desil")).ReadDocumentAsync();
        Assert.Equal("Tidak padan Dukcapil", verifikasi.QuerySelector(".badge.status")!.TextContent);
        Assert.Null(verifikasi.QuerySelector("#form-desil"));
        var operatorMelihat = await client.GetDocumentAsync($"/Sandbox/Usulan/{id}");
        Assert.Contains("Nama tidak sama persis", operatorMelihat.QuerySelector(".riwayat")!.TextContent);
        Assert.Contains("Nama tidak sama persis", operatorMelihat.QuerySelector(".alasan-berhenti")!.TextContent);
        Assert.NotNull(operatorMelihat.QuerySelector("#form-unggah"));
    }

    [Fact]
    public async Task The_missing_baby_added_as_anggota_baru_is_padan_gets_a_desil_and_a_new_family_needs_an_unused_kk()
    {
        var client = await app.LoginAsync("operator.batumenyan");
        await client.GetDocumentAsync("/Sandbox");
        var sandboxId = await SandboxIdAsync("operator.batumenyan");
        var bayi = await app.WithDbAsync(db => db.SandboxAnomali.SingleAsync(a => a.SandboxId == sandboxId && a.Jenis == JenisAnomali.BayiBaru));
        var nik = Nik.Parse(bayi.Nik!);
        var nama = bayi.Keterangan.Split(" lahir ")[0]["Bayi ".Length..];
        var lahir = DateOnly.ParseExact(bayi.Keterangan.Split(" lahir ")[1][..10], "dd-MM-yyyy");

        var form = await client.GetDocumentAsync($"/Sandbox/Keluarga/{bayi.NoKk}?tambah=true");
        var tambah = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Nik"] = nik.Teks, ["Input.Nama"] = nama, ["Input.TanggalLahir"] = lahir.ToString("yyyy-MM-dd"),
            ["Input.JenisKelamin"] = nik.JenisKelamin.ToString(), ["Input.Hubungan"] = "Anak", ["Input.StatusPerkawinan"] = "BelumKawin",
        }, "#form-anggota-baru");
        var keluarga = await tambah.ReadDocumentAsync();
        Assert.Contains("ditambahkan sebagai anggota baru", keluarga.QuerySelector(".flash")!.TextContent);
        Assert.Contains(nama, keluarga.QuerySelector("main")!.TextContent);
        var baru = await app.WithDbAsync(db => db.SandboxAnggota.SingleAsync(a => a.SandboxId == sandboxId && a.Nik == nik.Teks));
        Assert.Equal(StatusKeberadaan.AnggotaBaru, baru.Keberadaan);

        var id = await app.WithDbAsync(db => db.SandboxUsulan.Where(u => u.SandboxId == sandboxId && u.Jenis == JenisUsulan.AnggotaBaru).Select(u => u.Id).SingleAsync());
        var detail = await (await UnggahAsync(client, await client.GetDocumentAsync($"/Sandbox/Usulan/{id}"), "ba.pdf", Pdf())).ReadDocumentAsync();
        await client.SubmitAsync(detail, Kosong, "#form-ajukan");
        var staf = await app.LoginAsync("fasilitator.dua");
        var verifikasi = await staf.GetDocumentAsync($"/Staf/VerifikasiUsulan/Detail/{id}");
        verifikasi = await (await staf.SubmitAsync(verifikasi, Kosong, "#form-verifikasi", "button[value=DiverifikasiDinsos]")).ReadDocumentAsync();
        verifikasi = await (await staf.SubmitAsync(verifikasi, Kosong, "#form-sahkan")).ReadDocumentAsync();
        verifikasi = await (await staf.SubmitAsync(verifikasi, Kosong, "#form-lapangan", "button[value=LapanganSesuai]")).ReadDocumentAsync();
        verifikasi = await (await staf.SubmitAsync(verifikasi, Kosong, "#form-desil")).ReadDocumentAsync();
        Assert.Equal("Desil ditetapkan BPS", verifikasi.QuerySelector(".badge.status")!.TextContent);

        var kkAda = await app.WithDbAsync(db => db.SandboxKeluarga.Where(k => k.SandboxId == sandboxId).Select(k => k.NoKk).FirstAsync());
        var halaman = await client.GetDocumentAsync("/Sandbox/KeluargaBaru");
        var isi = new Dictionary<string, string>
        {
            ["NoKk"] = kkAda, ["Alamat"] = "Dusun Krajan, RT 002/RW 001",
            ["Input.Nik"] = "1809100503800007", ["Input.Nama"] = "Slamet Riyadi", ["Input.TanggalLahir"] = "1980-03-05",
        };
        var ganda = await (await client.SubmitAsync(halaman, isi)).ReadDocumentAsync();
        Assert.Contains("sudah ada di DTKS desa ini", Galat(ganda));
        Assert.Equal("Slamet Riyadi", ((IHtmlInputElement)ganda.QuerySelector("input[name='Input.Nama']")!).Value);
        isi["NoKk"] = "1809101010240042";
        var jadi = await client.SubmitAsync(ganda, isi);
        Assert.Equal("/Sandbox/Keluarga/1809101010240042", jadi.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(await app.WithDbAsync(db => db.SandboxUsulan.Where(u => u.SandboxId == sandboxId).Select(u => u.Tercatat()).ToListAsync()),
            u => u is { Jenis: JenisUsulan.UsulanBaru, Status: StatusUsulan.Draft, NoKk: "1809101010240042", Nik: "1809100503800007" });
    }

    [Fact]
    public async Task On_the_english_page_the_sandbox_confirms_its_changes_in_english_with_the_names_kept()
    {
        var client = await app.LoginAsync("operator.bunut");
        var beranda = await client.GetDocumentAsync("/Sandbox");
        var inggris = await (await client.SubmitAsync(beranda, Kosong, "form.lang")).ReadDocumentAsync();
        var orang = await OrangBiasaAsync(await SandboxIdAsync("operator.bunut"));

        var keluarga = await client.GetDocumentAsync($"/Sandbox/Keluarga/{orang.NoKk}");
        var form = (IHtmlFormElement)keluarga.QuerySelector($"#art-{orang.Id} form.form-nonaktif")!;
        var nonaktif = await (await client.SubmitAsync(form, new Dictionary<string, string> { ["alasan"] = "Menolak" })).ReadDocumentAsync();
        var pesan = nonaktif.QuerySelector(".flash")!.TextContent.Trim();
        Assert.StartsWith($"{orang.Nama} deactivated for the reason \"", pesan);
        Assert.EndsWith("a deactivation proposal was created as a draft.", pesan);

        var belumYakin = await (await client.SubmitAsync(inggris, Kosong, "#form-atur-ulang")).ReadDocumentAsync();
        Assert.StartsWith("Tick \"Yes, return to the start\"", belumYakin.QuerySelector(".errors")!.TextContent.Trim());
        var reset = await (await client.SubmitAsync(belumYakin, new Dictionary<string, string> { ["yakin"] = "true" }, "#form-atur-ulang")).ReadDocumentAsync();
        Assert.Matches(@"^Sandbox reset to the start of the scenario \(\d+ ms\)\.$", reset.QuerySelector(".flash")!.TextContent.Trim());
    }
}
