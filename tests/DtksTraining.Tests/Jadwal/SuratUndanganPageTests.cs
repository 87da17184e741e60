using System.IO.Compression;
using System.Net;
using System.Text.Json;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Sertifikat;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Wilayah;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DtksTraining.Tests.Jadwal;

// The admin downloads one desa's letter and then all letters of the round as a ZIP built by a background job.
[Trait("Category", "Data")]
public class SuratUndanganPageTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private static readonly DateOnly Tanggal = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);

    public Task InitializeAsync()
    {
        _app.Settings["Dinsos:KepalaDinasNama"] = "Drs. Budi Santoso, M.Si.";
        _app.Settings["Dinsos:KepalaDinasNip"] = "19700101 199003 1 001";
        _app.Settings["Dinsos:PolaNomorSurat"] = "005/{seq:000}/V.06/{year}";
        return ((IAsyncLifetime)_app).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private static string Teks(byte[] pdf)
    {
        using var dokumen = PdfDocument.Open(pdf);
        return SertifikatPdfTests.TanpaSpasi(string.Concat(dokumen.GetPages().Select(h => h.Text)));
    }

    [Fact]
    public async Task Admin_downloads_a_numbered_letter_per_desa_and_a_zip_of_all_letters_with_progress()
    {
        var admin = await _app.LoginAsync("admin");
        var (putaranId, sesiId, bagelen, desaLain, orang) = await _app.WithDbAsync(async db =>
        {
            var putaran = new PutaranPelatihan
            {
                Nama = "Pelatihan Surat " + Guid.NewGuid().ToString("N")[..6], TanggalMulai = Tanggal.AddDays(-3),
                TanggalSelesai = Tanggal.AddDays(3), Status = StatusPutaran.Berjalan,
            };
            var sesi = new Sesi { Putaran = putaran, VenueKode = "BGL", Kapasitas = 10, Status = StatusSesi.Dibuka };
            sesi.AturWaktu(Tanggal, new TimeOnly(8, 0), new TimeOnly(15, 0));
            db.Sesi.Add(sesi);
            var kades = await db.Users.Where(u => u.UserName == "kades.bagelen").Select(u => new { u.Id, u.DesaKode }).SingleAsync();
            var lain = await db.Desa.Where(d => d.Kode != kades.DesaKode).OrderBy(d => d.Kode).Select(d => d.Kode).FirstAsync();
            var tamu = new AppUser
            {
                UserName = "uji.surat.lain", NormalizedUserName = "UJI.SURAT.LAIN", NamaLengkap = "Rudi Operator Lain",
                Jabatan = "Operator SIKS-NG", DesaKode = lain, SecurityStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(tamu);
            await db.SaveChangesAsync();
            var operatorId = await db.Users.Where(u => u.UserName == "operator.bagelen").Select(u => u.Id).SingleAsync();
            return (putaran.Id, sesi.Id, kades.DesaKode!, lain, new[] { kades.Id, operatorId, tamu.Id });
        });
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var pendaftaran = scope.ServiceProvider.GetRequiredService<PendaftaranSesi>();
            foreach (var id in orang)
                Assert.Equal(StatusEnrolmen.Terkonfirmasi, (await pendaftaran.DaftarkanAsync(sesiId, id, id)).Status);
        }
        var nama = await _app.WithDbAsync(db => db.Users.Where(u => orang.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.NamaLengkap));
        var pin = await _app.WithDbAsync(db => db.Enrolmen.Where(e => e.SesiId == sesiId).ToDictionaryAsync(e => e.PesertaId, e => e.Pin));

        var halaman = await admin.GetDocumentAsync($"/Admin/Jadwal/SuratUndangan/{putaranId}");
        Assert.NotNull(halaman.QuerySelector($"#desa-{bagelen.Replace('.', '-')}"));
        Assert.NotNull(halaman.QuerySelector($"#desa-{desaLain.Replace('.', '-')}"));
        var tautan = halaman.QuerySelector($"#desa-{bagelen.Replace('.', '-')} a")!.GetAttribute("href")!;

        var unduh = await admin.GetAsync(tautan);
        Assert.Equal(HttpStatusCode.OK, unduh.StatusCode);
        Assert.Equal("application/pdf", unduh.Content.Headers.ContentType!.MediaType);
        var pdf = await unduh.Content.ReadAsByteArrayAsync();
        var teks = Teks(pdf);
        var tahun = DateTime.UtcNow.AddHours(7).Year;
        Assert.Contains($"005/001/V.06/{tahun}", teks);
        Assert.Contains(SertifikatPdfTests.TanpaSpasi(nama[orang[0]]), teks);
        Assert.Contains(SertifikatPdfTests.TanpaSpasi(nama[orang[1]]), teks);
        Assert.DoesNotContain("RudiOperatorLain", teks);
        Assert.Contains(pin[orang[0]], teks);
        Assert.Contains(pin[orang[1]], teks);
        Assert.Contains("Drs.BudiSantoso,M.Si.", teks);
        Assert.Contains("NIP197001011990031001", teks);

        // Printed again, the letter keeps its number; the next desa gets the next one.
        Assert.Contains($"005/001/V.06/{tahun}", Teks(await admin.GetByteArrayAsync(tautan)));
        var halamanLagi = await admin.GetDocumentAsync($"/Admin/Jadwal/SuratUndangan/{putaranId}");
        Assert.Contains($"005/001/V.06/{tahun}", halamanLagi.QuerySelector($"#desa-{bagelen.Replace('.', '-')}")!.TextContent);

        var buat = await admin.SubmitAsync(halamanLagi, new Dictionary<string, string>(), "form#buat-semua");
        var kemajuan = (await buat.ReadDocumentAsync()).QuerySelector("#kemajuan")!;
        Assert.NotNull(kemajuan.QuerySelector("progress"));
        var url = kemajuan.GetAttribute("data-url")!;
        string status;
        var batas = DateTime.UtcNow.AddSeconds(90);
        do
        {
            await Task.Delay(200);
            using var json = JsonDocument.Parse(await admin.GetStringAsync(url));
            status = json.RootElement.GetProperty("status").GetString()!;
        } while (status is not ("Selesai" or "Gagal") && DateTime.UtcNow < batas);
        Assert.Equal("Selesai", status);

        var selesai = await admin.GetDocumentAsync($"/Admin/Jadwal/SuratUndangan/{putaranId}");
        var zipUrl = selesai.QuerySelector("#unduh-zip")!.GetAttribute("href")!;
        using var zip = new ZipArchive(await admin.GetStreamAsync(zipUrl));
        Assert.Equal(2, zip.Entries.Count);
        var isi = new List<string>();
        foreach (var entri in zip.Entries)
        {
            using var baca = entri.Open();
            using var ms = new MemoryStream();
            await baca.CopyToAsync(ms);
            isi.Add(Teks(ms.ToArray()));
        }
        Assert.Single(isi, t => t.Contains($"005/001/V.06/{tahun}") && t.Contains(pin[orang[0]]));
        Assert.Single(isi, t => t.Contains($"005/002/V.06/{tahun}") && t.Contains("RudiOperatorLain") && t.Contains(pin[orang[2]]));
    }
}
