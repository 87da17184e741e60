using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DtksTraining.Web.Sertifikat;

// Public certificate verification: the pages live in Sertifikat/Pages/Verifikasi; the issuer's JSON documents are served here.
public static class VerifikasiSertifikat
{
    public const string VerifikasiRateLimit = "verifikasi";
    public const string JalurPenerbit = "/verifikasi/penerbit.json";
    public const string JalurPencabutan = "/verifikasi/pencabutan.json";

    public static string JalurSertifikat(NomorSertifikat nomor) => "/verifikasi/" + nomor.UntukUrl;

    // The credential id the issuing job writes into each credential.
    public static string IdKredensial(this DinsosOptions dinsos, NomorSertifikat nomor) =>
        dinsos.AlamatPublik(JalurSertifikat(nomor)).ToString();

    internal static WebApplicationBuilder AddVerifikasiSertifikat(this WebApplicationBuilder builder)
    {
        // Reading counts too: numbers are sequential, so free GETs would let anyone walk the whole register.
        var batas = builder.Configuration.GetValue("RateLimit:VerifikasiPerMinute", 60);
        builder.Services.AddRateLimiter(options => options.AddPolicy(VerifikasiRateLimit, http =>
            RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "tanpa-alamat",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = batas, Window = TimeSpan.FromMinutes(1) })));
        return builder;
    }

    public static WebApplication MapSertifikat(this WebApplication app)
    {
        var grup = app.MapGroup("").RequireRateLimiting(VerifikasiRateLimit).AllowAnonymous();
        grup.MapGet("/verifikasi/jwks.json", Jwks);
        grup.MapGet("/.well-known/jwks.json", Jwks);
        grup.MapGet(JalurPenerbit, (IOptions<DinsosOptions> dinsos, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(Penerbit(dinsos.Value).ToJsonString(), "application/json; charset=utf-8");
        });
        grup.MapGet(JalurPencabutan, async (AppDbContext db, IOptions<DinsosOptions> dinsos, HttpContext http, CancellationToken ct) =>
        {
            var dicabut = await db.Sertifikat.AsNoTracking()
                .Where(s => s.Status == StatusSertifikat.Dicabut || s.DigantikanOlehId != null)
                .OrderBy(s => s.Tahun).ThenBy(s => s.Urutan)
                .Select(s => new
                {
                    s.Tahun, s.Urutan, s.Status, s.AlasanCabut,
                    Pengganti = db.Sertifikat.Where(p => p.Id == s.DigantikanOlehId).Select(p => new { p.Tahun, p.Urutan }).FirstOrDefault(),
                })
                .ToListAsync(ct);
            var d = dinsos.Value;
            var daftar = KredensialOpenBadge.DaftarPencabutan(
                d.AlamatPublik(JalurPencabutan).ToString(), d.AlamatPublik(JalurPenerbit).ToString(),
                dicabut.Select(s => (d.IdKredensial(new NomorSertifikat(s.Tahun, s.Urutan)),
                    s.Status == StatusSertifikat.Dicabut ? s.AlasanCabut ?? "" : "Digantikan oleh " + (s.Pengganti is { } p ? new NomorSertifikat(p.Tahun, p.Urutan).ToString() : "versi baru"))));
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Text(daftar, "application/json; charset=utf-8");
        });
        return app;
    }

    private static async Task<IResult> Jwks(AppDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(await db.JwksPenerbitAsync(clock, ct), "application/jwk-set+json; charset=utf-8");
    }

    public static JsonObject Penerbit(DinsosOptions dinsos) => new()
    {
        ["@context"] = new JsonArray(KredensialOpenBadge.KonteksVc, KredensialOpenBadge.KonteksOb),
        ["id"] = dinsos.AlamatPublik(JalurPenerbit).ToString(),
        ["type"] = new JsonArray("Profile"),
        ["name"] = KredensialOpenBadge.NamaDinsos,
        ["url"] = dinsos.AlamatSitus,
    };
}
