using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Sandbox;

// Whichever sandbox page rebuilt an outdated sandbox tells the trainee why their earlier edits are gone.
public sealed class PemberitahuanSkenarioBaru : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        await next();
        if (context.HandlerInstance is PageModel page
            && context.HttpContext.RequestServices.GetRequiredService<SandboxPenyimpan>().DibuatUlangUntukSkenarioBaru)
        {
            var S = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            page.TempData["Pesan"] = S["Sandbox Anda dibuat ulang karena skenario latihan sudah diperbarui (DTSEN): data dan usulan lama tidak cocok lagi dengan pemeriksa latihan. Latihan yang sudah lulus tetap tercatat."].Value;
        }
    }
}
