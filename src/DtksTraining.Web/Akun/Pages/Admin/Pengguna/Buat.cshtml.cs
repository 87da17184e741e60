using System.ComponentModel.DataAnnotations;
using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Akun.Pages.Admin.Pengguna;

public class BuatModel(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, IStringLocalizer<SharedResource> S)
    : PageModel
{
    [BindProperty] public FormulirPengguna Input { get; set; } = new();
    [BindProperty] public string CaraSandi { get; set; } = "kode";
    [BindProperty, DataType(DataType.Password)] public string? KataSandi { get; set; }
    [BindProperty] public bool WajibGanti { get; set; } = true;
    public IReadOnlyList<KecamatanPilihan> Wilayah { get; private set; } = [];

    public async Task OnGetAsync() => Wilayah = await PilihanWilayah.MuatAsync(db);

    public async Task<IActionResult> OnPostAsync()
    {
        Wilayah = await PilihanWilayah.MuatAsync(db);
        await Input.PeriksaAsync(db, ModelState, nameof(Input), null, S);
        var pakaiKode = CaraSandi != "sandi";
        if (!pakaiKode && string.IsNullOrWhiteSpace(KataSandi))
            ModelState.AddModelError(nameof(KataSandi), S["Isi kata sandi, atau pilih kode sekali pakai."]);
        if (!ModelState.IsValid) return Page();

        var sandi = pakaiKode ? KodeSekaliPakai.Buat() : KataSandi!;
        var user = new AppUser
        {
            UserName = Input.NamaPengguna,
            NamaLengkap = Input.NamaLengkap.Trim(),
            WajibGantiSandi = pakaiKode || WajibGanti,
            DibuatPada = clock.GetUtcNow(),
        };
        Input.TerapkanKe(user);

        await using var transaksi = await db.Database.BeginTransactionAsync();
        var hasil = await users.CreateAsync(user, sandi);
        if (hasil.Succeeded) hasil = await users.AddToRoleAsync(user, Input.Peran);
        if (!hasil.Succeeded)
        {
            await transaksi.RollbackAsync();
            db.ChangeTracker.Clear();
            foreach (var galat in hasil.Errors)
                ModelState.AddModelError(galat.Code.StartsWith("Password") ? nameof(KataSandi)
                    : galat.Code.Contains("UserName") ? $"{nameof(Input)}.{nameof(Input.NamaPengguna)}" : "", galat.Description);
            return Page();
        }
        await transaksi.CommitAsync();

        TempData["Pesan"] = S["Akun {0} sudah dibuat.", user.UserName!].Value;
        if (pakaiKode)
        {
            TempData["Kode"] = sandi;
            TempData["KodeUntuk"] = user.UserName;
        }
        return RedirectToPage("Ubah", new { id = user.Id });
    }
}
