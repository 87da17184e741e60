using System.ComponentModel.DataAnnotations;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Akun.Pages.Akun;

[AllowAnonymous]
[EnableRateLimiting(ShellExtensions.LoginRateLimit)]
public class LupaSandiModel(UserManager<AppUser> users, MailOutbox outbox, TimeProvider clock) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public bool Terkirim { get; private set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Isi nama pengguna atau e-mail.")]
        public string NamaAtauEmail { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var key = Input.NamaAtauEmail.Trim();
        var user = await users.FindByNameAsync(key.ToLowerInvariant())
                   ?? await users.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == key.ToUpperInvariant());
        // The same answer whether or not the account exists, so the form cannot be used to find accounts.
        Terkirim = true;
        if (user is not { Aktif: true, Email: not null }) return Page();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = Url.Page("/Akun/Pages/Akun/AturUlangSandi", null, new { user = user.UserName, token }, Request.Scheme, Request.Host.Value)!;
        var message = MailComposer.Compose(user.Email, user.NamaLengkap, "Buat kata sandi baru DtksTraining",
            $"Yth. {user.NamaLengkap},\n\nAnda (atau seseorang) meminta kata sandi baru untuk akun {user.UserName}. " +
            $"Buka tautan berikut dalam 24 jam untuk membuat kata sandi baru:\n\n{link}\n\n" +
            "Jika Anda tidak memintanya, abaikan e-mail ini; kata sandi Anda tidak berubah.\n\nDinas Sosial Kabupaten Pesawaran");
        var minute = clock.GetUtcNow().ToString("yyyyMMddHHmm");
        await outbox.QueueAsync($"reset-sandi:{user.Id}:{minute}", message);
        return Page();
    }
}
