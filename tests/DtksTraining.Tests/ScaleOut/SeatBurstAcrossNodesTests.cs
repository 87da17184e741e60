using System.Globalization;
using System.Net;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Wilayah;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace DtksTraining.Tests.ScaleOut;

// Seats are counted in the database, not in a node's memory: a burst split over both nodes oversells nothing.
[Collection(TwoNodesCollection.Name)]
[Trait("Category", "ScaleOut")]
public class SeatBurstAcrossNodesTests(TwoNodes nodes, ITestOutputHelper output)
{
    private const int Kursi = 20;
    private const int Peserta = 60;

    [ScaleOutFact]
    public async Task Sixty_enrolments_sent_to_two_nodes_at_once_fill_twenty_seats_exactly()
    {
        var (sesiId, namaPengguna) = await SiapkanAsync();
        var admin = new Dictionary<string, (HttpClient Client, string Token)>();
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            var (client, _) = await TwoNodes.LoginAsync(node, "admin");
            var page = await client.GetDocumentAsync($"/Admin/Jadwal/PesertaSesi/{sesiId}");
            var token = page.QuerySelector("#daftar input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            admin[node.Name] = (client, token);
        }

        var mulai = new TaskCompletionSource();
        var kiriman = namaPengguna.Select(async (nama, i) =>
        {
            var (client, token) = admin[i % 2 == 0 ? "A" : "B"];
            await mulai.Task;
            var response = await client.PostAsync($"/Admin/Jadwal/PesertaSesi/{sesiId}?handler=Daftar",
                new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["SesiId"] = sesiId.ToString(CultureInfo.InvariantCulture),
                    ["NamaPengguna"] = nama,
                    ["__RequestVerificationToken"] = token,
                }));
            return response.StatusCode;
        }).ToList();
        mulai.SetResult();
        var status = await Task.WhenAll(kiriman);

        Assert.All(status, s => Assert.Equal(HttpStatusCode.Redirect, s));
        await using var db = nodes.Db();
        var enrolmen = await db.Enrolmen.AsNoTracking().Where(e => e.SesiId == sesiId).ToListAsync();
        var sesi = await db.Sesi.AsNoTracking().SingleAsync(s => s.Id == sesiId);
        output.WriteLine($"{enrolmen.Count(e => e.Status == StatusEnrolmen.Terkonfirmasi)} terkonfirmasi, " +
                         $"{enrolmen.Count(e => e.Status == StatusEnrolmen.DaftarTunggu)} daftar tunggu");
        Assert.Equal(Peserta, enrolmen.Count);
        Assert.Equal(Kursi, enrolmen.Count(e => e.Status == StatusEnrolmen.Terkonfirmasi));
        Assert.Equal(Peserta - Kursi, enrolmen.Count(e => e.Status == StatusEnrolmen.DaftarTunggu));
        Assert.Equal(Kursi, sesi.Terkonfirmasi);
        Assert.Equal(Peserta, enrolmen.Select(e => e.PesertaId).Distinct().Count());
    }

    private async Task<(int SesiId, List<string> NamaPengguna)> SiapkanAsync()
    {
        await using var db = nodes.Db();
        var desa = await db.Desa.AsNoTracking().OrderBy(d => d.Kode).FirstAsync();
        var tanggal = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var putaran = new PutaranPelatihan
        {
            Nama = "Dua node " + Guid.NewGuid().ToString("N")[..8],
            TanggalMulai = tanggal.AddDays(-3),
            TanggalSelesai = tanggal.AddDays(3),
            Status = StatusPutaran.Berjalan,
        };
        var sesi = new Sesi { Putaran = putaran, VenueKode = "BGL", Kapasitas = Kursi, Status = StatusSesi.Dibuka };
        sesi.AturWaktu(tanggal, new TimeOnly(8, 0), new TimeOnly(15, 0));
        db.Sesi.Add(sesi);
        var awalan = Guid.NewGuid().ToString("N")[..6];
        var users = Enumerable.Range(1, Peserta).Select(i => new AppUser
        {
            UserName = $"duanode.{awalan}.{i}",
            NormalizedUserName = $"DUANODE.{awalan}.{i}".ToUpperInvariant(),
            NamaLengkap = $"Peserta Dua Node {i}",
            DesaKode = desa.Kode,
            SecurityStamp = Guid.NewGuid().ToString(),
        }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        return (sesi.Id, users.Select(u => u.UserName!).ToList());
    }
}
