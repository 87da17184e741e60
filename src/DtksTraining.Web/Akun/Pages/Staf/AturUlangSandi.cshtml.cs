using DtksTraining.Web.Data;
using DtksTraining.Web.Wilayah;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Akun.Pages.Staf;

// Most Kepala Desa and operators have no e-mail: staff hand them a one-time code on paper or by phone.
public class AturUlangSandiModel(AppDbContext db, UserManager<AppUser> users, IStringLocalizer<SharedResource> S) : PageModel
{
    public const int BatasHasil = 25;

    [BindProperty(SupportsGet = true)] public string? Cari { get; set; }
    public IReadOnlyList<Baris> Hasil { get; private set; } = [];
    public string? Kode { get; private set; }
    public string? KodeUntuk { get; private set; }
    public string? KodeNama { get; private set; }

    public sealed record Baris(string Id, string NamaPengguna, string NamaLengkap, string? Peran, string? Desa,
        string? Kecamatan, bool Aktif);

    public async Task OnGetAsync()
    {
        Kode = TempData["Kode"] as string;
        KodeUntuk = TempData["KodeUntuk"] as string;
        KodeNama = TempData["KodeNama"] as string;
        if (string.IsNullOrWhiteSpace(Cari)) return;

        var cari = Cari.Trim().ToLower();
        var boleh = PeranYangBoleh();
        var saya = users.GetUserId(User);
        Hasil = await db.Users.AsNoTracking()
            .Where(u => u.Id != saya)
            .Where(u => u.NamaLengkap.ToLower().Contains(cari) || u.UserName!.Contains(cari)
                        || (u.Desa != null && u.Desa.Nama.ToLower().Contains(cari)))
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && boleh.Contains(r.Name!))))
            .OrderBy(u => u.NamaLengkap).ThenBy(u => u.UserName)
            .Take(BatasHasil)
            .Select(u => new Baris(u.Id, u.UserName!, u.NamaLengkap,
                db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                u.Desa!.Nama, u.Desa.Kecamatan!.Nama, u.Aktif))
            .ToListAsync();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        var peran = await users.GetRolesAsync(user);
        var boleh = PeranYangBoleh();
        if (user.Id == users.GetUserId(User) || peran.Count == 0 || !peran.All(boleh.Contains)) return Forbid();
        if (!user.Aktif)
        {
            TempData["Pesan"] = S["Akun {0} nonaktif. Minta Admin Dinsos mengaktifkannya dulu.", user.UserName!].Value;
            return RedirectToPage(new { cari = Cari });
        }

        var kode = KodeSekaliPakai.Buat();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var hasil = await users.ResetPasswordAsync(user, token, kode);
        if (hasil.Succeeded)
        {
            user.WajibGantiSandi = true;
            hasil = await users.UpdateAsync(user);
        }
        if (hasil.Succeeded) hasil = await users.ResetAccessFailedCountAsync(user);
        if (hasil.Succeeded) hasil = await users.SetLockoutEndDateAsync(user, null);
        if (!hasil.Succeeded)
        {
            TempData["Pesan"] = string.Join(" ", hasil.Errors.Select(e => e.Description));
            return RedirectToPage(new { cari = Cari });
        }
        TempData["Kode"] = kode;
        TempData["KodeUntuk"] = user.UserName;
        TempData["KodeNama"] = user.NamaLengkap;
        return RedirectToPage(new { cari = Cari });
    }

    // A fasilitator helps participants only; staff accounts are Dinsos's to manage.
    private string[] PeranYangBoleh() => User.IsInRole(Peran.Admin)
        ? [.. Peran.Semua]
        : [Peran.KepalaDesa, Peran.Operator];
}
