using System.Net;
using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Sandbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DtksTraining.Tests.Sandbox;

public class SiklusDtsenTests
{
    private static readonly JadwalDtsenOptions Bawaan = new();

    [Theory]
    [InlineData("2026-12-01", 202612, false)]
    [InlineData("2026-12-11", 202612, false)]
    [InlineData("2026-12-12", 202701, true)]
    [InlineData("2026-12-31", 202701, true)]
    [InlineData("2027-02-28", 202703, true)]
    [InlineData("2027-03-05", 202703, false)]
    public void A_submission_joins_this_months_cycle_inside_the_input_window_and_the_next_after_it(string tanggal, int siklus, bool setelahJendela)
    {
        var (hasil, terlambat) = SiklusDtsen.SiklusUntuk(DateOnly.Parse(tanggal), Bawaan);
        Assert.Equal((siklus, setelahJendela), (hasil.Kode, terlambat));
    }

    [Fact]
    public void A_later_input_window_set_by_dinsos_moves_the_cut_off()
    {
        var jadwal = new JadwalDtsenOptions { InputSelesai = 20, MusdesPalingLambat = 21, PengesahanMulai = 22, PengesahanSelesai = 24, TarikData = 25 };
        Assert.Equal((202612, false), Kode(SiklusDtsen.SiklusUntuk(new DateOnly(2026, 12, 13), jadwal)));
        Assert.Equal((202701, true), Kode(SiklusDtsen.SiklusUntuk(new DateOnly(2026, 12, 21), jadwal)));
        static (int, bool) Kode((SiklusBulan S, bool T) x) => (x.S.Kode, x.T);
    }

    [Theory]
    [InlineData(1, TahapSiklus.Input)]
    [InlineData(11, TahapSiklus.Input)]
    [InlineData(12, TahapSiklus.Musdes)]
    [InlineData(14, TahapSiklus.Musdes)]
    [InlineData(15, TahapSiklus.Pengesahan)]
    [InlineData(17, TahapSiklus.Pengesahan)]
    [InlineData(18, TahapSiklus.TarikData)]
    [InlineData(19, TahapSiklus.Selesai)]
    [InlineData(31, TahapSiklus.Selesai)]
    public void Each_day_of_the_month_falls_in_one_stage(int hari, TahapSiklus tahap) =>
        Assert.Equal(tahap, SiklusDtsen.Tahap(new DateOnly(2026, 12, hari), Bawaan));

    [Fact]
    public void The_windows_of_a_month_read_as_the_desa_announces_them()
    {
        var jendela = SiklusDtsen.Jendela(new SiklusBulan(2026, 12), Bawaan).Select(SiklusDtsen.Rentang).ToList();
        Assert.Equal(["1–11 Desember", "14 Desember", "15–17 Desember", "18 Desember"], jendela);
        Assert.Equal("Januari 2027", new SiklusBulan(2026, 12).Berikutnya.Teks);
        Assert.Contains("siklus Januari 2027", SiklusDtsen.KeteranganHariIni(new DateOnly(2026, 12, 12), Bawaan));
        Assert.Contains("terbuka sampai 11 Desember", SiklusDtsen.KeteranganHariIni(new DateOnly(2026, 12, 4), Bawaan));
    }

    public static TheoryData<JadwalDtsenOptions, string> JadwalSalah => new()
    {
        { new() { InputSelesai = 31 }, "JadwalDtsen:InputSelesai harus tanggal 1 sampai 28, bukan 31." },
        { new() { InputMulai = 0 }, "JadwalDtsen:InputMulai harus tanggal 1 sampai 28, bukan 0." },
        { new() { InputMulai = 12 }, "InputMulai harus sebelum atau sama dengan InputSelesai" },
        { new() { MusdesPalingLambat = 10 }, "MusdesPalingLambat tidak boleh sebelum InputSelesai" },
        { new() { PengesahanMulai = 14 }, "PengesahanMulai harus sesudah MusdesPalingLambat" },
        { new() { PengesahanSelesai = 14 }, "PengesahanMulai harus sebelum atau sama dengan PengesahanSelesai" },
        { new() { TarikData = 17 }, "TarikData harus sesudah PengesahanSelesai" },
    };

    [Theory]
    [MemberData(nameof(JadwalSalah))]
    public void A_schedule_that_cannot_happen_is_refused_with_the_setting_named(JadwalDtsenOptions jadwal, string pesan) =>
        Assert.Contains(SiklusDtsen.Periksa(jadwal), g => g.Contains(pesan));

    [Fact]
    public void The_default_schedule_is_valid() => Assert.Empty(SiklusDtsen.Periksa(Bawaan));
}

// The real app on a controllable clock: what the operator sees of the monthly windows, and what a late submission becomes.
[Trait("Category", "Data")]
public class SiklusDtsenPageTests : IAsyncLifetime
{
    private sealed class JamApp : AppFactory
    {
        // 4 December 2026, 09:00 WIB: inside the default input window (1–11).
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 4, 2, 0, 0, TimeSpan.Zero));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
        }
    }

    private readonly JamApp _app = new();

    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private async Task<(HttpClient Client, IHtmlDocument Detail)> UsulanSiapDiajukanAsync(string pengguna)
    {
        var client = await _app.LoginAsync(pengguna);
        await client.GetAsync("/Sandbox");
        var orang = await _app.WithDbAsync(db => SandboxUji.OrangBiasaAsync(db, pengguna));
        var keluarga = await client.GetDocumentAsync($"/Sandbox/Keluarga/{orang.NoKk}");
        var nonaktif = (IHtmlFormElement)keluarga.QuerySelector($"#art-{orang.Id} form.form-nonaktif")!;
        await client.SubmitAsync(nonaktif, new Dictionary<string, string> { ["alasan"] = "Menolak" });
        var id = int.Parse((await client.GetDocumentAsync("/Sandbox/Usulan")).QuerySelector("tbody a")!.GetAttribute("href")!.Split('/')[^1]);
        var detail = await client.GetDocumentAsync($"/Sandbox/Usulan/{id}");
        var form = (IHtmlFormElement)detail.QuerySelector("#form-unggah")!;
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var pdf = new byte[2000];
        "%PDF-1.4\n"u8.CopyTo(pdf);
        var unggah = await client.PostAsync(form.Action, new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(pdf), "berkas", "ba-musdes.pdf" },
        });
        return (client, await unggah.ReadDocumentAsync());
    }

    [Fact]
    public async Task A_proposal_submitted_after_the_input_window_is_kept_and_marked_for_next_months_cycle()
    {
        // Two days after the default input window closed.
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 13, 2, 0, 0, TimeSpan.Zero));
        var (client, detail) = await UsulanSiapDiajukanAsync("operator.bagelen");
        var hasil = await (await client.SubmitAsync(detail, new Dictionary<string, string>(), "#form-ajukan")).ReadDocumentAsync();

        Assert.Equal("Diajukan ke kabupaten", hasil.QuerySelector(".badge.status")!.TextContent);
        Assert.Contains("disimpan untuk siklus Januari 2027", hasil.QuerySelector(".flash")!.TextContent);
        Assert.Contains("Januari 2027", hasil.QuerySelector(".siklus")!.TextContent);
        Assert.Contains("diproses siklus berikutnya", hasil.QuerySelector(".siklus .badge.warn")!.TextContent);
        var daftar = await client.GetDocumentAsync("/Sandbox/Usulan");
        Assert.Contains("Siklus Januari 2027", daftar.QuerySelector("tbody .siklus")!.TextContent);
        var tersimpan = await _app.WithDbAsync(db => db.SandboxUsulan.SingleAsync());
        Assert.Equal((202701, true, StatusUsulan.Diajukan), (tersimpan.Siklus!.Value, tersimpan.DiajukanSetelahJendela, tersimpan.Status));

        // The verifier sees the same mark on the proposal.
        var staf = await _app.LoginAsync("fasilitator");
        var verifikasi = await staf.GetDocumentAsync($"/Staf/VerifikasiUsulan/Detail/{tersimpan.Id}");
        Assert.Contains("Januari 2027", verifikasi.QuerySelector(".siklus")!.TextContent);
    }

    [Fact]
    public async Task Inside_the_window_the_proposal_joins_this_month_and_the_sandbox_shows_where_the_month_stands()
    {
        var (client, detail) = await UsulanSiapDiajukanAsync("operator.bagelen");
        var hasil = await (await client.SubmitAsync(detail, new Dictionary<string, string>(), "#form-ajukan")).ReadDocumentAsync();

        Assert.Contains("untuk siklus Desember 2026", hasil.QuerySelector(".flash")!.TextContent);
        Assert.Null(hasil.QuerySelector(".siklus .badge.warn"));
        var beranda = await client.GetDocumentAsync("/Sandbox");
        var jadwal = beranda.QuerySelector(".jadwal-dtsen")!;
        Assert.Contains("Jadwal DTSEN bulan Desember 2026", jadwal.TextContent);
        Assert.Contains("1–11 Desember", jadwal.QuerySelector("li.kini")!.TextContent);
        Assert.Contains("terbuka sampai 11 Desember", jadwal.QuerySelector(".keterangan-siklus")!.TextContent);
    }

    [Fact]
    public async Task The_schedule_dinsos_configures_is_what_module_03_shows_under_its_monthly_schedule()
    {
        _app.Settings["JadwalDtsen:InputSelesai"] = "9";
        _app.Settings["JadwalDtsen:MusdesPalingLambat"] = "12";
        var client = await _app.LoginAsync("operator.bagelen");
        var modul = await client.GetDocumentAsync("/Belajar/Modul/alur-siks-ng");
        var tautan = modul.QuerySelectorAll(".steps a").First(a => a.TextContent.Contains("Jadwal bulanan")).GetAttribute("href")!;
        var bagian = await client.GetDocumentAsync(tautan);
        var jadwal = bagian.QuerySelector(".jadwal-dtsen")!;
        Assert.Contains("1–9 Desember", jadwal.TextContent);
        Assert.Contains("12 Desember", jadwal.TextContent);
        Assert.Null(modul.QuerySelector(".jadwal-dtsen"));
    }
}

public class JadwalDtsenStartupTests
{
    [Fact]
    public void A_schedule_that_cannot_happen_stops_start_up_with_its_message()
    {
        using var app = new AppFactory();
        app.Settings["JadwalDtsen:TarikData"] = "40";
        var galat = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var validasi = galat as OptionsValidationException ?? galat.InnerException as OptionsValidationException;
        Assert.NotNull(validasi);
        Assert.Contains("JadwalDtsen:TarikData harus tanggal 1 sampai 28, bukan 40.", validasi.Failures);
    }
}
