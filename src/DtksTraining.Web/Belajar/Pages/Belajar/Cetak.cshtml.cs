using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace DtksTraining.Web.Belajar.Pages.Belajar;

[Authorize]
public class CetakModel(PustakaKonten konten) : PageModel
{
    public Modul Modul { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (konten.CariModul(id) is not { } modul || !modul.UntukPeran(PesertaBelajar.PeranPeserta(User))) return NotFound();
        Modul = modul;
        return Page();
    }
}
