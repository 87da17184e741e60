using System.Globalization;
using System.Net;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Jadwal;

// A burst of "Daftar" presses waits its turn in the seat queue: nobody gets an error page, and the seats come out exact.
[Trait("Category", "Data")]
public class AntreanKursiTests : IAsyncLifetime
{
    private const int Kursi = 8;
    private const int Peserta = 30;
    private readonly AppFactory _app = new() { Settings = { ["RateLimit:SeatRequestsAtOnce"] = "1" } };
    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Thirty_enrolments_at_once_through_a_one_at_a_time_queue_are_all_answered_and_fill_the_seats_exactly()
    {
        var (sesiId, namaPengguna) = await SiapkanAsync();
        var admin = await _app.LoginAsync("admin", followRedirects: false);
        var halaman = await admin.GetDocumentAsync($"/Admin/Jadwal/PesertaSesi/{sesiId}");
        var token = halaman.QuerySelector("#daftar input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var mulai = new TaskCompletionSource();
        var kiriman = namaPengguna.Select(async nama =>
        {
            await mulai.Task;
            var response = await admin.PostAsync($"/Admin/Jadwal/PesertaSesi/{sesiId}?handler=Daftar",
                new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["SesiId"] = sesiId.ToString(CultureInfo.InvariantCulture), ["NamaPengguna"] = nama, ["__RequestVerificationToken"] = token,
                }));
            return response.StatusCode;
        }).ToList();
        mulai.SetResult();
        var status = await Task.WhenAll(kiriman);

        Assert.All(status, s => Assert.Equal(HttpStatusCode.Redirect, s));
        var enrolmen = await _app.WithDbAsync(db => db.Enrolmen.AsNoTracking().Where(e => e.SesiId == sesiId).ToListAsync());
        Assert.Equal(Peserta, enrolmen.Select(e => e.PesertaId).Distinct().Count());
        Assert.Equal(Kursi, enrolmen.Count(e => e.Status == StatusEnrolmen.Terkonfirmasi));
        Assert.Equal(Peserta - Kursi, enrolmen.Count(e => e.Status == StatusEnrolmen.DaftarTunggu));
        Assert.Equal(Kursi, await _app.WithDbAsync(db => db.Sesi.Where(s => s.Id == sesiId).Select(s => s.Terkonfirmasi).SingleAsync()));
    }

    private Task<(int SesiId, List<string> NamaPengguna)> SiapkanAsync() => _app.WithDbAsync(async db =>
    {
        var desa = await db.Desa.AsNoTracking().OrderBy(d => d.Kode).FirstAsync();
        var tanggal = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var putaran = new PutaranPelatihan
        {
            Nama = "Antrean kursi", TanggalMulai = tanggal, TanggalSelesai = tanggal, Status = StatusPutaran.Berjalan,
        };
        var sesi = new Sesi { Putaran = putaran, VenueKode = "BGL", Kapasitas = Kursi, Status = StatusSesi.Dibuka };
        sesi.AturWaktu(tanggal, new TimeOnly(8, 0), new TimeOnly(15, 0));
        db.Sesi.Add(sesi);
        var users = Enumerable.Range(1, Peserta).Select(i => new AppUser
        {
            UserName = $"antrean.{i}", NormalizedUserName = $"ANTREAN.{i}", NamaLengkap = $"Peserta Antrean {i}",
            DesaKode = desa.Kode, SecurityStamp = Guid.NewGuid().ToString(),
        }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        return (sesi.Id, users.Select(u => u.UserName!).ToList());
    });
}
