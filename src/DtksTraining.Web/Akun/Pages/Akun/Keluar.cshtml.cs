using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Akun.Pages.Akun;

[AllowAnonymous]
public class KeluarModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> S) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Pesan"] = S["Anda sudah keluar."].Value;
        return LocalRedirect("/");
    }
}
