using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Sertifikat.Pages.Verifikasi;

[AllowAnonymous]
[EnableRateLimiting(VerifikasiSertifikat.VerifikasiRateLimit)]
public class IndexModel(IStringLocalizer<SharedResource> S) : PageModel
{
    [BindProperty] public string? Nomor { get; set; }

    public void OnGet() { }

    public IActionResult OnPost()
    {
        // Spaces slip in when a number is copied from the PDF or typed from paper.
        var bersih = string.Concat((Nomor ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (string.IsNullOrEmpty(bersih))
            ModelState.AddModelError(nameof(Nomor), S["Isi nomor sertifikat."]);
        else if (!NomorSertifikat.TryParse(bersih, out var nomor))
            ModelState.AddModelError(nameof(Nomor), S["Nomor sertifikat tidak dikenali. Tulis seperti tercetak, misalnya DTKS-PSW/2026/000123."]);
        else
            return Redirect(VerifikasiSertifikat.JalurSertifikat(nomor));
        return Page();
    }
}
