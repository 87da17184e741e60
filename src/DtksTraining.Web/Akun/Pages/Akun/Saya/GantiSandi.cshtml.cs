using System.ComponentModel.DataAnnotations;
using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Akun.Pages.Akun.Saya;

public class GantiSandiModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> S)
    : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public bool Wajib { get; private set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Kata sandi lama wajib diisi.")]
        [DataType(DataType.Password)]
        public string SandiLama { get; set; } = "";

        [Required(ErrorMessage = "Kata sandi baru wajib diisi.")]
        [DataType(DataType.Password)]
        public string SandiBaru { get; set; } = "";

        [Required(ErrorMessage = "Ulangi kata sandi baru.")]
        [DataType(DataType.Password)]
        [Compare(nameof(SandiBaru), ErrorMessage = "Kedua kata sandi baru tidak sama.")]
        public string UlangiSandi { get; set; } = "";
    }

    public async Task OnGetAsync() => Wajib = (await users.GetUserAsync(User))?.WajibGantiSandi == true;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Wajib = user.WajibGantiSandi;
        if (!ModelState.IsValid) return Page();
        var result = await users.ChangePasswordAsync(user, Input.SandiLama, Input.SandiBaru);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.StartsWith("Password") && error.Code != "PasswordMismatch"
                    ? "Input.SandiBaru" : "Input.SandiLama", error.Description);
            return Page();
        }
        user.WajibGantiSandi = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Pesan"] = S["Kata sandi baru sudah disimpan."].Value;
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
