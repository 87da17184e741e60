using System.Net;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.Shared;

[Trait("Category", "Data")]
public class StartupTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Health_answers_200_when_database_and_jobs_are_reachable()
    {
        var response = await _app.CreateClient().GetAsync("/health");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Fresh_start_seeds_the_regency_and_demo_accounts()
    {
        _app.CreateClient();
        var counts = await _app.WithDbAsync(async db => new
        {
            Kecamatan = await db.Kecamatan.CountAsync(),
            Desa = await db.Desa.CountAsync(),
            Venues = await db.Venue.CountAsync(),
            Programmes = await db.Programme.Select(p => p.Kode).OrderBy(k => k).ToListAsync(),
            Preferences = await db.VenuePreference.CountAsync(),
            Users = await db.Users.Select(u => u.UserName).ToListAsync(),
            KecamatanWithDemoDesa = await db.Users.Where(u => u.DesaKode != null)
                .Select(u => u.Desa!.KecamatanKode).Distinct().CountAsync(),
            Bagelen = await db.Desa.Where(d => d.Kode == "18.09.01.2007").Select(d => d.Nama).SingleAsync(),
        });
        Assert.Equal(11, counts.Kecamatan);
        Assert.Equal(148, counts.Desa);
        Assert.Equal(5, counts.Venues);
        Assert.Equal(["PBIJK", "PIP", "PKH", "SEMBAKO"], counts.Programmes);
        Assert.Equal(55, counts.Preferences);
        Assert.Contains("admin", counts.Users);
        Assert.Contains("fasilitator", counts.Users);
        Assert.Contains("kades.bagelen", counts.Users);
        Assert.Contains("operator.bagelen", counts.Users);
        Assert.Equal(11, counts.KecamatanWithDemoDesa);
        Assert.Equal("Bagelen", counts.Bagelen);
    }

    [Fact]
    public async Task Second_start_on_the_same_data_seeds_nothing_twice()
    {
        _app.CreateClient();
        var before = await CountAll(_app);
        await using var second = new AppFactory();
        second.UseDataOf(_app);
        second.CreateClient();
        var after = await CountAll(second);
        Assert.Equal(before, after);
    }

    private static Task<string> CountAll(AppFactory app) => app.WithDbAsync(async db =>
        $"{await db.Kecamatan.CountAsync()}/{await db.Desa.CountAsync()}/{await db.Venue.CountAsync()}/" +
        $"{await db.Programme.CountAsync()}/{await db.VenuePreference.CountAsync()}/{await db.Users.CountAsync()}/" +
        $"{await db.Roles.CountAsync()}/{await db.UserRoles.CountAsync()}");
}
