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
public class AturUlangSandiModel(UserManager<AppUser> users, IStringLocalizer<SharedResource> S) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public class InputModel
    {
        public string User { get; set; } = "";
        public string Token { get; set; } = "";

        [Required(ErrorMessage = "Kata sandi baru wajib diisi.")]
        [DataType(DataType.Password)]
        public string SandiBaru { get; set; } = "";

        [Required(ErrorMessage = "Ulangi kata sandi baru.")]
        [DataType(DataType.Password)]
        [Compare(nameof(SandiBaru), ErrorMessage = "Kedua kata sandi baru tidak sama.")]
        public string UlangiSandi { get; set; } = "";
    }

    public void OnGet(string? user, string? token)
    {
        Input.User = user ?? "";
        Input.Token = token ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByNameAsync(Input.User);
        var result = user is null
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, Input.Token, Input.SandiBaru);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("", error.Description);
            return Page();
        }
        user!.WajibGantiSandi = false;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        TempData["Pesan"] = S["Kata sandi baru sudah disimpan. Silakan masuk."].Value;
        return RedirectToPage("/Akun/Pages/Akun/Masuk");
    }
}
