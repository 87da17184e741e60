using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Jadwal;
using DtksTraining.Tests.Shared;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZXing.Common;
using ZXing;

namespace DtksTraining.Tests.Kehadiran;

[Trait("Category", "Data")]
public class QrCheckInTests : IAsyncLifetime
{
    private static readonly DateOnly Hari = new(2026, 10, 20);
    private readonly JadwalAppFactory _app = new();
    private int _sesiId;
    private int _enrolmenId;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_app).InitializeAsync();
        _app.CreateClient();
        _sesiId = await _app.BuatSesiAsync(Hari, 40);
        var id = await _app.IdAsync("kades.bagelen");
        var hasil = await _app.DenganAsync(p => p.DaftarkanAsync(_sesiId, id, id));
        _enrolmenId = hasil.EnrolmenId!.Value;
        _app.Clock.SetUtcNow(Wib.Pada(Hari, new TimeOnly(7, 45)).ToUniversalTime());
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private async Task<string> PayloadAsync(int enrolmenId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var kunci = await scope.ServiceProvider.GetRequiredService<PencatatKehadiran>().KunciQrAsync();
        return QrPeserta.Buat(enrolmenId, kunci);
    }

    [Fact]
    public async Task A_scanned_personal_qr_checks_the_participant_in_and_a_forged_one_is_refused()
    {
        var client = await _app.LoginAsync("fasilitator");
        var payload = await PayloadAsync(_enrolmenId);

        var roster = await client.GetDocumentAsync($"/Staf/Kehadiran/Sesi/{_sesiId}");
        Assert.NotNull(roster.QuerySelector("#pin"));
        var palsu = payload[..^2] + (payload.EndsWith("AA", StringComparison.Ordinal) ? "BB" : "AA");
        var tolak = await (await client.SubmitAsync(roster, new Dictionary<string, string> { ["qr"] = palsu }, "form[action*='handler=Qr']")).ReadDocumentAsync();
        Assert.Contains("Kode QR tidak dikenali", tolak.QuerySelector(".errors")!.TextContent);

        roster = await client.GetDocumentAsync($"/Staf/Kehadiran/Sesi/{_sesiId}");
        var jawab = await client.SubmitAsync(roster, new Dictionary<string, string> { ["qr"] = payload }, "form[action*='handler=Qr']");
        Assert.Contains("Sutrisno: Hadir.", await jawab.Content.ReadAsStringAsync());
        var tanda = await _app.WithDbAsync(db => db.Kehadiran.Where(k => k.SesiId == _sesiId).Select(k => new { k.Status, k.Cara }).ToListAsync());
        var satu = Assert.Single(tanda);
        Assert.Equal((StatusKehadiran.Hadir, CaraCatat.Qr), (satu.Status, satu.Cara));
    }

    [Fact]
    public async Task The_qr_printed_on_the_surat_undangan_checks_that_participant_in()
    {
        var enrolmen = await _app.WithDbAsync(db => db.Enrolmen.Where(e => e.Id == _enrolmenId)
            .Select(e => new { e.PutaranId, e.Peserta!.DesaKode }).SingleAsync());
        await using var scope = _app.Services.CreateAsyncScope();
        var surat = await scope.ServiceProvider.GetRequiredService<PenyusunSuratUndangan>().BuatAsync(enrolmen.PutaranId, enrolmen.DesaKode!);
        Assert.NotNull(surat);

        var (lebar, tinggi, piksel) = GambarPdf.Halaman(surat.Value.Pdf, dpi: 200);
        var pembaca = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        var kode = pembaca.Decode(new RGBLuminanceSource(piksel, lebar, tinggi, RGBLuminanceSource.BitmapFormat.Gray8));
        Assert.NotNull(kode);

        var client = await _app.LoginAsync("fasilitator");
        var roster = await client.GetDocumentAsync($"/Staf/Kehadiran/Sesi/{_sesiId}");
        var jawab = await client.SubmitAsync(roster, new Dictionary<string, string> { ["qr"] = kode.Text }, "form[action*='handler=Qr']");
        Assert.Contains("Sutrisno: Hadir.", await jawab.Content.ReadAsStringAsync());
    }
}
