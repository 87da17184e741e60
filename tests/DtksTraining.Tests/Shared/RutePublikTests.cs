using DtksTraining.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DtksTraining.Tests.Shared;

// Public URLs are a promise (a QR on every certificate points at /verifikasi/<nomor>): every route the app answered before
// the feature-folder move is listed in rute-publik.txt and must still be answered; a new route is added to the list on purpose.
public class RutePublikTests : IAsyncLifetime
{
    private static readonly string Berkas = Path.Combine(AppContext.BaseDirectory, "Shared", "rute-publik.txt");
    private readonly AppFactory _app = new();
    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    public static IReadOnlyList<string> DaftarRute(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !BerkasStatis(e.RoutePattern.RawText!))
            .Select(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? string.Join(",", m.Order()) : "*")
                         + " /" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    // Static files carry a content hash in their name that changes with every edit; pages and endpoints are the promise.
    private static bool BerkasStatis(string pola) =>
        pola.Contains(":file}") || pola.StartsWith("img/") || pola.EndsWith(".css") || pola.EndsWith(".js") || pola.EndsWith(".gz");

    [Fact]
    public void Every_route_from_before_the_move_is_still_answered()
    {
        _app.CreateClient();
        var sekarang = DaftarRute(_app.Services);
        var dulu = File.ReadAllLines(Berkas).Where(l => l.Length > 0).ToList();
        var hilang = dulu.Except(sekarang).ToList();
        Assert.True(hilang.Count == 0, "Rute yang dulu dijawab kini hilang: " + string.Join(", ", hilang));
        var baru = sekarang.Except(dulu).ToList();
        Assert.True(baru.Count == 0, "Rute baru belum dicatat di rute-publik.txt: " + string.Join(", ", baru));
    }

    [Theory]
    [InlineData("/Staf/Verifikasi", "/Staf/VerifikasiUsulan/")]
    [InlineData("/Staf/Verifikasi/Index", "/Staf/VerifikasiUsulan/Index")]
    [InlineData("/Staf/Verifikasi/Detail/7?handler=Berkas", "/Staf/VerifikasiUsulan/Detail/7?handler=Berkas")]
    public async Task Proposal_verification_moved_with_a_permanent_redirect(string lama, string baru)
    {
        var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(lama);
        Assert.Equal(System.Net.HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(baru, response.Headers.Location?.OriginalString);
    }
}
