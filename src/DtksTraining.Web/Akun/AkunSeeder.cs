using System.Globalization;
using CsvHelper.Configuration;
using CsvHelper;
using DtksTraining.Web.Data;
using DtksTraining.Web.Wilayah;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Akun;

public sealed class AkunSeeder(
    AppDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Peran.Semua)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), "peran", role);
    }

    public async Task<IReadOnlyList<(string UserName, string Peran)>> SeedDemoAccountsAsync(string seedFolder, string password)
    {
        const string file = "demo-accounts.csv";
        var path = Path.Combine(seedFolder, file);
        if (!File.Exists(path)) throw new SeedDataException(file, null, $"berkas tidak ditemukan di {path}");
        var desaCodes = (await db.Desa.Select(d => d.Kode).ToListAsync()).ToHashSet();
        var listed = new List<(string, string)>();
        // Every demo account shares one published password: it is checked and hashed once (a hash costs ~50 ms) and the
        // hash shared, so a fresh start does not spend a second on two dozen identical hashes.
        string? passwordHash = null;
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var userName = csv.GetField("username") ?? "";
            var peran = Peran.Parse(csv.GetField("peran"))
                ?? throw new SeedDataException(file, line, $"peran '{csv.GetField("peran")}' tidak dikenal");
            var desa = string.IsNullOrWhiteSpace(csv.GetField("kode_desa")) ? null : csv.GetField("kode_desa");
            if (!AturanKontak.IsUserName(userName))
                throw new SeedDataException(file, line, $"nama pengguna '{userName}' tidak sah");
            if (Peran.BerdesaWajib(peran) && (desa is null || !desaCodes.Contains(desa)))
                throw new SeedDataException(file, line, $"kode desa '{desa}' tidak ada di wilayah.csv");
            listed.Add((userName, peran));
            if (await users.FindByNameAsync(userName) is not null) continue;
            var email = csv.GetField("email");
            var user = new AppUser
            {
                UserName = userName,
                NamaLengkap = csv.GetField("nama") ?? userName,
                Jabatan = Peran.Label(peran),
                DesaKode = Peran.BerdesaWajib(peran) ? desa : null,
                PhoneNumber = AturanKontak.NormalizePhone(csv.GetField("telepon")),
                Email = string.IsNullOrWhiteSpace(email) ? null : email,
                EmailConfirmed = !string.IsNullOrWhiteSpace(email),
                DibuatPada = clock.GetUtcNow(),
            };
            if (passwordHash is null)
            {
                foreach (var validator in users.PasswordValidators)
                    Check(await validator.ValidateAsync(users, user, password), file, userName, line);
                passwordHash = users.PasswordHasher.HashPassword(user, password);
            }
            user.PasswordHash = passwordHash;
            Check(await users.CreateAsync(user), file, userName, line);
            Check(await users.AddToRoleAsync(user, peran), file, userName, line);
        }
        return listed;
    }

    public async Task EnsureFirstAdminAsync(string userName, string password)
    {
        if (await users.FindByNameAsync(userName) is not null) return;
        var admin = new AppUser
        {
            UserName = userName, NamaLengkap = "Administrator", Jabatan = Peran.Label(Peran.Admin),
            DibuatPada = clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(admin, password), "Admin:Username", userName);
        Check(await users.AddToRoleAsync(admin, Peran.Admin), "Admin:Username", userName);
    }

    private static void Check(IdentityResult result, string source, string what, int? line = null)
    {
        if (!result.Succeeded)
            throw new SeedDataException(source, line,
                $"{what}: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
