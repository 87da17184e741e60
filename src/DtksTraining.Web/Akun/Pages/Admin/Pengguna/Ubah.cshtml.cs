using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Akun.Pages.Admin.Pengguna;

public class UbahModel(AppDbContext db, UserManager<AppUser> users, IStringLocalizer<SharedResource> S) : PageModel
{
    [BindProperty] public FormulirPengguna Input { get; set; } = new();
    [BindProperty] public bool Aktif { get; set; }
    public string NamaPenggunaLama { get; private set; } = "";
    public IReadOnlyList<KecamatanPilihan> Wilayah { get; private set; } = [];
    public string? Kode { get; private set; }
    public string? KodeUntuk { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        Wilayah = await PilihanWilayah.MuatAsync(db);
        NamaPenggunaLama = user.UserName!;
        Aktif = user.Aktif;
        Input = new FormulirPengguna
        {
            NamaLengkap = user.NamaLengkap,
            NamaPengguna = user.UserName,
            Peran = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "",
            DesaKode = user.DesaKode,
            Jabatan = user.Jabatan,
            Telepon = user.PhoneNumber,
            Email = user.Email,
        };
        Kode = TempData["Kode"] as string;
        KodeUntuk = TempData["KodeUntuk"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        Wilayah = await PilihanWilayah.MuatAsync(db);
        NamaPenggunaLama = user.UserName!;
        await Input.PeriksaAsync(db, ModelState, nameof(Input), user.Id, S);
        var diriSendiri = user.Id == users.GetUserId(User);
        if (diriSendiri && !Aktif)
            ModelState.AddModelError(nameof(Aktif), S["Anda tidak bisa menonaktifkan akun Anda sendiri."]);
        if (diriSendiri && Input.Peran != Web.Akun.Peran.Admin)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Peran)}", S["Anda tidak bisa melepas peran Admin dari akun Anda sendiri."]);
        if (!ModelState.IsValid) return Page();

        var dinonaktifkan = user.Aktif && !Aktif;
        var diaktifkan = !user.Aktif && Aktif;
        await using var transaksi = await db.Database.BeginTransactionAsync();
        Input.TerapkanKe(user);
        user.Aktif = Aktif;
        var hasil = await users.UpdateAsync(user);
        if (hasil.Succeeded && user.UserName != Input.NamaPengguna)
            hasil = await users.SetUserNameAsync(user, Input.NamaPengguna);
        var peranLama = await users.GetRolesAsync(user);
        if (hasil.Succeeded && !(peranLama.Count == 1 && peranLama[0] == Input.Peran))
        {
            hasil = await users.RemoveFromRolesAsync(user, peranLama);
            if (hasil.Succeeded) hasil = await users.AddToRoleAsync(user, Input.Peran);
        }
        if (hasil.Succeeded && dinonaktifkan)
        {
            await users.SetLockoutEnabledAsync(user, true);
            hasil = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        }
        if (hasil.Succeeded && diaktifkan)
        {
            hasil = await users.SetLockoutEndDateAsync(user, null);
            if (hasil.Succeeded) hasil = await users.ResetAccessFailedCountAsync(user);
        }
        // A new stamp makes the cookies of a deactivated or re-roled user stop working.
        if (hasil.Succeeded && (dinonaktifkan || peranLama.FirstOrDefault() != Input.Peran))
            hasil = await users.UpdateSecurityStampAsync(user);
        if (!hasil.Succeeded)
        {
            await transaksi.RollbackAsync();
            foreach (var galat in hasil.Errors)
                ModelState.AddModelError(galat.Code.Contains("UserName") ? $"{nameof(Input)}.{nameof(Input.NamaPengguna)}" : "", galat.Description);
            return Page();
        }
        await transaksi.CommitAsync();
        TempData["Pesan"] = (dinonaktifkan ? S["Akun {0} dinonaktifkan.", user.UserName!]
            : diaktifkan ? S["Akun {0} diaktifkan kembali.", user.UserName!]
            : S["Perubahan akun {0} sudah disimpan.", user.UserName!]).Value;
        return RedirectToPage("Ubah", new { id = user.Id });
    }
}
