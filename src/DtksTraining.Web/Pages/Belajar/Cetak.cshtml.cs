using DtksTraining.Web.Domain.Learning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DtksTraining.Web.Pages.Belajar;

[Authorize]
public class CetakModel(ContentLibrary konten) : PageModel
{
    public Modul Modul { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (konten.CariModul(id) is not { } modul || !modul.UntukPeran(PesertaBelajar.PeranPeserta(User))) return NotFound();
        Modul = modul;
        return Page();
    }
}
