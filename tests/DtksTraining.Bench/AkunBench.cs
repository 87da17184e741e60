using System.Net;
using System.Text.RegularExpressions;
using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Bench;

// Benchmark accounts go straight into the app's SQLite file with one password hash for all (set-up in seconds),
// then sign in over HTTP like a browser.
public static partial class AkunBench
{
    public const string Sandi = "Bench#2024x";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    public static partial Regex Token();

    public static SqliteAppDbContext Db(string dataPath) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={Path.Combine(dataPath, "dtks.db")}").Options);

    public static string HashSandi() => new PasswordHasher<AppUser>().HashPassword(null!, Sandi);

    public static AppUser Pengguna(string userName, string namaLengkap, string? desaKode, string hash) => new()
    {
        UserName = userName,
        NormalizedUserName = userName.ToUpperInvariant(),
        NamaLengkap = namaLengkap,
        DesaKode = desaKode,
        PasswordHash = hash,
        SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
        ConcurrencyStamp = Guid.NewGuid().ToString(),
        LockoutEnabled = true,
        DibuatPada = DateTimeOffset.UtcNow,
    };

    // The client must keep cookies and not follow redirects: a good login answers 302.
    public static async Task MasukAsync(HttpClient http, string userName, CancellationToken ct = default, string sandi = Sandi)
    {
        var masuk = await http.GetStringAsync("/Akun/Masuk", ct);
        var r = await http.PostAsync("/Akun/Masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.NamaPengguna"] = userName, ["Input.KataSandi"] = sandi,
            ["__RequestVerificationToken"] = Token().Match(masuk).Groups[1].Value,
        }), ct);
        if (r.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Masuk {userName} gagal: {(int)r.StatusCode}");
    }
}
