using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DtksTraining.Web.Akun;

public static class Kebijakan
{
    public const string Staf = "Staf";
    public const string Peserta = "Peserta";
}

public static class AkunExtensions
{
    public static WebApplicationBuilder AddAkun(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(StartupOptions.From(builder.Configuration));
        builder.Services.AddOptions<MasukOptions>().Bind(builder.Configuration.GetSection("Masuk")).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<AkunSeeder>();
        builder.Services.AddHostedService<DatabaseInitializer>();
        // Keys live in the database so every web node accepts the others' cookies and antiforgery tokens.
        // AES-GCM instead of the default CBC + HMAC: every signed-in page opens the auth and antiforgery cookies and seals a
        // new form token, at about half the cost. Keys made before keep the algorithm written in their own descriptor.
        builder.Services.AddDataProtection()
            .SetApplicationName("DtksTraining")
            .PersistKeysToDbContext<AppDbContext>()
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration
            {
                EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM,
                ValidationAlgorithm = ValidationAlgorithm.HMACSHA256,
            });

        builder.Services
            .AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789._-";
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = true;
                // Lock-out only marks deactivated accounts; failed passwords are throttled per (name, address) by Masuk,
                // since an account-wide lock lets anyone who knows a kades's name keep them out.
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<IndonesianIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<KlaimPengguna>()
            .AddDefaultTokenProviders();

        // A deactivated account or reset password must end existing sessions quickly, not after Identity's default 30 minutes.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Akun/Masuk";
            options.LogoutPath = "/Akun/Keluar";
            options.AccessDeniedPath = "/Akun/Ditolak";
            options.Cookie.Name = "dtks.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = ValidateStampWhenDue;
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Peran.Admin, p => p.RequireRole(Peran.Admin))
            .AddPolicy(Kebijakan.Staf, p => p.RequireRole(Peran.Admin, Peran.Fasilitator))
            .AddPolicy(Kebijakan.Peserta, p => p.RequireRole(Peran.KepalaDesa, Peran.Operator));
        return builder;
    }

    // Same interval test as SecurityStampValidator, made before it is resolved: its SignInManager, UserManager and
    // store cost every signed-in request a DbContext and a dozen services although the check is due once a minute.
    private static Task ValidateStampWhenDue(CookieValidatePrincipalContext context)
    {
        var stamp = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (stamp.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is { } issued && now - issued <= stamp.ValidationInterval
            ? Task.CompletedTask
            : SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}

public sealed class IndonesianIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Nama pengguna '{userName}' sudah dipakai." };
    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"Nama pengguna '{userName}' hanya boleh berisi huruf kecil, angka, titik, garis bawah atau tanda minus." };
    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"E-mail '{email}' sudah dipakai." };
    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = $"E-mail '{email}' tidak sah." };
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Kata sandi minimal {length} karakter." };
    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = "Kata sandi harus memuat paling sedikit satu angka." };
    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Kata sandi lama salah." };
    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "Tautan atau kode sudah tidak berlaku. Minta yang baru." };
    public override IdentityError UserAlreadyInRole(string role) =>
        new() { Code = nameof(UserAlreadyInRole), Description = $"Pengguna sudah berperan {Peran.Label(role)}." };
    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Terjadi kesalahan. Silakan coba lagi." };
    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Data ini baru saja diubah orang lain. Muat ulang halaman lalu coba lagi." };
}
