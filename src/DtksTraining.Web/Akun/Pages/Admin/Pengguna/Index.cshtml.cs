using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Akun.Pages.Admin.Pengguna;

public class IndexModel(AppDbContext db) : PageModel
{
    public const int UkuranHalaman = 25;

    [BindProperty(SupportsGet = true)] public string? Cari { get; set; }
    [BindProperty(SupportsGet = true)] public string? Peran { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kecamatan { get; set; }
    [BindProperty(SupportsGet = true)] public string? Desa { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int Halaman { get; set; } = 1;

    public IReadOnlyList<KecamatanPilihan> Wilayah { get; private set; } = [];
    public IReadOnlyList<Baris> Daftar { get; private set; } = [];
    public int Jumlah { get; private set; }
    public int JumlahHalaman => Math.Max(1, (Jumlah + UkuranHalaman - 1) / UkuranHalaman);

    public sealed record Baris(string Id, string NamaPengguna, string NamaLengkap, string? Peran, string? Desa,
        string? Kecamatan, string? Telepon, string? Email, bool Aktif);

    public async Task OnGetAsync()
    {
        Wilayah = await PilihanWilayah.MuatAsync(db);
        var q = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Cari))
        {
            var cari = Cari.Trim().ToLower();
            q = q.Where(u => u.NamaLengkap.ToLower().Contains(cari) || u.UserName!.Contains(cari));
        }
        if (!string.IsNullOrWhiteSpace(Peran))
            q = q.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Peran)));
        if (!string.IsNullOrWhiteSpace(Kecamatan)) q = q.Where(u => u.Desa!.KecamatanKode == Kecamatan);
        if (!string.IsNullOrWhiteSpace(Desa)) q = q.Where(u => u.DesaKode == Desa);
        if (Status == "aktif") q = q.Where(u => u.Aktif);
        if (Status == "nonaktif") q = q.Where(u => !u.Aktif);

        Jumlah = await q.CountAsync();
        Halaman = Math.Clamp(Halaman, 1, JumlahHalaman);
        Daftar = await q.OrderBy(u => u.NamaLengkap).ThenBy(u => u.UserName)
            .Skip((Halaman - 1) * UkuranHalaman).Take(UkuranHalaman)
            .Select(u => new Baris(u.Id, u.UserName!, u.NamaLengkap,
                db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                u.Desa!.Nama, u.Desa.Kecamatan!.Nama, u.PhoneNumber, u.Email, u.Aktif))
            .ToListAsync();
    }

    public string? UrlHalaman(int halaman) =>
        Url.Page("Index", new { Cari, Peran, Kecamatan, Desa, Status, Halaman = halaman });
}
