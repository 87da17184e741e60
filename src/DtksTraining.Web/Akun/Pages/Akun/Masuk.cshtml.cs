using System.ComponentModel.DataAnnotations;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Akun.Pages.Akun;

[AllowAnonymous]
[EnableRateLimiting(ShellExtensions.LoginRateLimit)]
public class MasukModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IStringLocalizer<SharedResource> S)
    : PageModel
{
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

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var userName = Input.NamaPengguna.Trim().ToLowerInvariant();
        var user = await users.FindByNameAsync(userName);
        if (user is { Aktif: false })
        {
            ModelState.AddModelError("", S["Akun ini dinonaktifkan. Hubungi Dinas Sosial."]);
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(userName, Input.KataSandi, Input.Ingat, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", S["Akun dikunci 15 menit karena 5 kali salah kata sandi. Coba lagi nanti atau minta fasilitator mengatur ulang."]);
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", S["Nama pengguna atau kata sandi salah."]);
            return Page();
        }
        if (user!.WajibGantiSandi) return RedirectToPage("/Akun/Pages/Akun/Saya/GantiSandi", new { returnUrl = ReturnUrl });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
