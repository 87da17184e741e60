using System.Diagnostics;
using System.Net;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.ScaleOut;
using DtksTraining.Web.Akun;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace DtksTraining.Tests.Akun;

// The real login form over HTTP, each client at an address of its own (the connection's, as behind no proxy).
[Trait("Category", "Data")]
public class MasukTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string SalahAtauTidakAda = "Nama pengguna atau kata sandi salah.";
    private const string Ditahan = "Terlalu banyak percobaan masuk yang salah dari perangkat ini.";
    private readonly AlamatKlienAppFactory _app = new();
    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    private HttpClient Klien(string alamat)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(AlamatKlienAppFactory.Header, alamat);
        return client;
    }

    private static async Task<(HttpStatusCode Status, string Pesan)> Masuk(HttpClient client, string nama, string sandi)
    {
        var page = await client.GetDocumentAsync("/Akun/Masuk");
        var response = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.NamaPengguna"] = nama, ["Input.KataSandi"] = sandi });
        if (response.StatusCode != HttpStatusCode.OK) return (response.StatusCode, "");
        var doc = await response.ReadDocumentAsync();
        return (response.StatusCode, doc.QuerySelector(".validation-summary-errors, [data-valmsg-summary]")?.TextContent.Trim() ?? "");
    }

    [Fact]
    public async Task A_known_and_an_unknown_name_get_the_same_answers_and_the_same_hold()
    {
        using var penyerang = Klien("203.0.113.70");
        var dikenal = new List<string>();
        var takDikenal = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            dikenal.Add((await Masuk(penyerang, "kades.bagelen", "salah-sandi1")).Pesan);
            takDikenal.Add((await Masuk(penyerang, "kades.tidakada", "salah-sandi1")).Pesan);
        }
        // The hold names a clock time; the two names were held within the same second or so.
        Assert.Equal(dikenal.Select(Tanpa_angka), takDikenal.Select(Tanpa_angka));
        Assert.All(dikenal.Take(5), p => Assert.Contains(SalahAtauTidakAda, p));
        Assert.All(dikenal.Skip(5), p => Assert.Contains(Ditahan, p));
        Assert.DoesNotContain(dikenal, p => p.Contains("dikunci", StringComparison.OrdinalIgnoreCase));
        // Held even with the right password: guessing from this address has stopped for the window.
        Assert.Contains(Ditahan, (await Masuk(penyerang, "kades.bagelen", AppFactory.DemoPassword)).Pesan);
    }

    private static string Tanpa_angka(string pesan) => System.Text.RegularExpressions.Regex.Replace(pesan, @"\d", "#");

    [Fact]
    public async Task An_attacker_elsewhere_cannot_lock_the_owner_out_and_every_attempt_is_audited()
    {
        using (var penyerang = Klien("203.0.113.71"))
            for (var i = 0; i < 8; i++) await Masuk(penyerang, "operator.bagelen", "salah-sandi1");

        using var pemilik = Klien("198.51.100.71");
        var (status, pesan) = await Masuk(pemilik, "operator.bagelen", AppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("", pesan);

        var audit = await _app.WithDbAsync(db => db.AuditEntry.AsNoTracking().Where(a => a.Entitas == "Masuk" && a.Pengguna == "operator.bagelen")
            .Select(a => new { a.Aksi, a.Kunci }).ToListAsync());
        Assert.Equal(5, audit.Count(a => a.Aksi == "Masuk gagal" && a.Kunci == "203.0.113.71"));
        Assert.Equal(3, audit.Count(a => a.Aksi == "Masuk ditahan" && a.Kunci == "203.0.113.71"));
        Assert.DoesNotContain(audit, a => a.Kunci == "198.51.100.71");
        var akun = await _app.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.UserName == "operator.bagelen").Select(u => new { u.LockoutEnd, u.AccessFailedCount }).SingleAsync());
        Assert.Null(akun.LockoutEnd);
        Assert.Equal(0, akun.AccessFailedCount);
    }

    [Fact]
    public async Task A_wrong_password_for_a_known_name_takes_as_long_as_for_an_unknown_one()
    {
        var dikenal = new List<double>();
        var takDikenal = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            // A fresh address each time keeps the hold out of the measurement.
            using var client = Klien($"198.51.100.{100 + i}");
            foreach (var (nama, waktu) in new[] { ("kades.bagelen", dikenal), ($"tidak.ada.{i}", takDikenal) })
            {
                var page = await client.GetDocumentAsync("/Akun/Masuk");
                var jam = Stopwatch.StartNew();
                var response = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.NamaPengguna"] = nama, ["Input.KataSandi"] = "salah-sandi1" });
                jam.Stop();
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                if (i > 0) waktu.Add(jam.Elapsed.TotalMilliseconds);
            }
        }
        double Median(List<double> x) => x.Order().ElementAt(x.Count / 2);
        var (a, b) = (Median(dikenal), Median(takDikenal));
        output.WriteLine($"median salah sandi: nama dikenal {a:F1} ms, nama tak dikenal {b:F1} ms");
        Assert.InRange(b / a, 0.5, 2.0);
    }
}

public class AturanMasukTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 2, 0, 0, TimeSpan.Zero);

    public static TheoryData<int[], int?> Kasus => new()
    {
        { [], null },
        { [1, 2, 3, 4], null },                 // four failures in the window: not yet
        { [1, 2, 3, 4, 5], 10 },                // the fifth: held until the oldest of the five leaves the window (15 − 5)
        { [1, 2, 3, 4, 5, 6, 7], 10 },          // only the latest five count
        { [1, 2, 3, 4, 16], null },             // one is older than the window
        { [0, 0, 0, 0, 0], 15 },
    };

    [Theory]
    [MemberData(nameof(Kasus))]
    public void Five_failures_in_fifteen_minutes_hold_the_name_at_that_address(int[] menitLalu, int? ditahanMenit)
    {
        var sampai = AturanMasuk.DitahanSampai(menitLalu.Select(m => Now.AddMinutes(-m)), Now, 5, TimeSpan.FromMinutes(15));
        Assert.Equal(ditahanMenit is { } m ? Now.AddMinutes(m) : null, sampai);
    }

    [Theory]
    [InlineData(" Kades.Bagelen ", "kades.bagelen")]
    [InlineData(null, "")]
    public void The_key_is_the_trimmed_lower_case_name(string? nama, string kunci) => Assert.Equal(kunci, AturanMasuk.Kunci(nama));

    [Fact]
    public void A_very_long_name_is_cut_to_the_column() => Assert.Equal(64, AturanMasuk.Kunci(new string('a', 1_000_000)).Length);
}
