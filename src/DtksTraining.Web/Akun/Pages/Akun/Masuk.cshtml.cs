using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DtksTraining.Web.Akun.Pages.Akun;

[AllowAnonymous]
[EnableRateLimiting(ShellExtensions.LoginRateLimit)]
public class MasukModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AppDbContext db, IOptions<MasukOptions> opsi,
    TimeProvider clock, IStringLocalizer<SharedResource> S) : PageModel
{
    // A hash to check an unknown name's password against, so unknown and known names cost the same time.
    private static string? _sandiPalsu;

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Nama pengguna wajib diisi.")]
        [Display(Name = "Nama pengguna")]
        public string NamaPengguna { get; set; } = "";

        [Required(ErrorMessage = "Kata sandi wajib diisi.")]
        [DataType(DataType.Password)]
        [Display(Name = "Kata sandi")]
        public string KataSandi { get; set; } = "";

        public bool Ingat { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var nama = AturanMasuk.Kunci(Input.NamaPengguna);
        var alamat = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "tanpa-alamat";
        var now = clock.GetUtcNow();
        var o = opsi.Value;

        // The same answer whether or not the name exists: the hold is keyed by the typed name, not by an account.
        var gagal = await db.PercobaanMasuk.AsNoTracking()
            .Where(p => p.NamaPengguna == nama && p.Alamat == alamat && p.Waktu > now - o.Jendela)
            .Select(p => p.Waktu).ToListAsync(ct);
        if (AturanMasuk.DitahanSampai(gagal, now, o.BatasGagal, o.Jendela) is { } sampai)
        {
            await CatatAsync("Masuk ditahan", nama, alamat, now, ct);
            ModelState.AddModelError("", S["Terlalu banyak percobaan masuk yang salah dari perangkat ini. Coba lagi setelah {0} WIB.",
                Wib.Dari(sampai).ToString("HH.mm")]);
            return Page();
        }

        var user = await users.FindByNameAsync(nama);
        bool benar;
        if (user is null)
        {
            var hasher = users.PasswordHasher;
            var palsu = new AppUser { NamaLengkap = "" };
            _sandiPalsu ??= hasher.HashPassword(palsu, "sandi-palsu-untuk-waktu-yang-sama");
            hasher.VerifyHashedPassword(palsu, _sandiPalsu, Input.KataSandi);
            benar = false;
        }
        else
            benar = await users.CheckPasswordAsync(user, Input.KataSandi);

        if (!benar)
        {
            db.PercobaanMasuk.Add(new PercobaanMasuk { NamaPengguna = nama, Alamat = alamat, Waktu = now });
            await CatatAsync("Masuk gagal", nama, alamat, now, ct);
            ModelState.AddModelError("", S["Nama pengguna atau kata sandi salah."]);
            return Page();
        }
        // Only the one who knows the password learns that the account is switched off.
        if (!user!.Aktif)
        {
            ModelState.AddModelError("", S["Akun ini dinonaktifkan. Hubungi Dinas Sosial."]);
            return Page();
        }
        await db.PercobaanMasuk.Where(p => p.NamaPengguna == nama && p.Alamat == alamat).ExecuteDeleteAsync(ct);
        await signIn.SignInAsync(user, Input.Ingat);
        if (user.WajibGantiSandi) return RedirectToPage("/Akun/Pages/Akun/Saya/GantiSandi", new { returnUrl = ReturnUrl });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    private async Task CatatAsync(string aksi, string nama, string alamat, DateTimeOffset now, CancellationToken ct)
    {
        db.AuditEntry.Add(new AuditEntry
        {
            Waktu = now, Pengguna = nama.Length > 0 ? nama : "(kosong)", Aksi = aksi, Entitas = "Masuk", Kunci = alamat,
            Perubahan = JsonSerializer.Serialize(new { NamaPengguna = nama, Alamat = alamat }),
        });
        // Attempts older than a day say nothing about the current window.
        await db.PercobaanMasuk.Where(p => p.Waktu < now - TimeSpan.FromDays(1)).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
    }
}
