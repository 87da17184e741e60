using System.Text.Json.Nodes;
using DtksTraining.Tests.Jadwal;
using DtksTraining.Web.Sertifikat;

namespace DtksTraining.Tests.Sertifikat;

[Trait("Category", "Data")]
public class KunciPenerbitAplikasiTests : IAsyncLifetime
{
    private readonly JadwalAppFactory _app = new();
    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task The_key_is_made_once_and_what_it_signs_verifies_against_the_published_jwks_without_the_private_part()
    {
        _app.CreateClient();
        var pertama = await _app.WithDbAsync(db => db.KunciPenerbitAsync(TimeProvider.System));
        var kedua = await _app.WithDbAsync(db => db.KunciPenerbitAsync(TimeProvider.System));
        var jwks = await _app.WithDbAsync(db => db.JwksPenerbitAsync(TimeProvider.System));

        Assert.True(pertama.PunyaKunciPrivat);
        Assert.Equal(pertama.Kid, kedua.Kid);
        Assert.DoesNotContain("\"d\"", jwks);

        var kredensial = new JsonObject { ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential") };
        var jwt = VcJwt.Tandatangani(kredensial, kedua);
        var hasil = VcJwt.Verifikasi(jwt, jwks, DateTimeOffset.UtcNow);
        Assert.DoesNotContain(hasil.Alasan, a => a.Contains("Tanda tangan") || a.Contains("Kunci penandatangan"));
        Assert.NotNull(hasil.Kredensial);
    }
}
