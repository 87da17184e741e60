using System.ComponentModel.DataAnnotations;
using DtksTraining.Web.Data;
using DtksTraining.Web.Wilayah;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Akun.Pages.Admin.Pengguna;

// The fields shared by Buat and Ubah; both pages render them with _FormulirPengguna.
public class FormulirPengguna
{
    [Required(ErrorMessage = "Nama lengkap wajib diisi.")]
    [StringLength(150, ErrorMessage = "Nama lengkap paling panjang 150 huruf.")]
    public string NamaLengkap { get; set; } = "";

    public string? NamaPengguna { get; set; }

    [Required(ErrorMessage = "Pilih peran.")]
    public string Peran { get; set; } = "";

    public string? DesaKode { get; set; }

    [StringLength(100, ErrorMessage = "Jabatan paling panjang 100 huruf.")]
    public string? Jabatan { get; set; }

    public string? Telepon { get; set; }

    public string? Email { get; set; }

    // Checks what attributes cannot, then tidies the values (lowercase user name, 08… phone) for saving.
    public async Task PeriksaAsync(AppDbContext db, ModelStateDictionary state, string prefix, string? idSendiri,
        IStringLocalizer<SharedResource> S)
    {
        if (!Web.Akun.Peran.Semua.Contains(Peran))
            state.AddModelError($"{prefix}.Peran", S["Pilih salah satu peran dari daftar."]);
        DesaKode = string.IsNullOrWhiteSpace(DesaKode) ? null : DesaKode.Trim();
        string? desaNama = null;
        if (Web.Akun.Peran.BerdesaWajib(Peran))
        {
            if (DesaKode is null)
                state.AddModelError($"{prefix}.DesaKode", S["Desa wajib dipilih untuk Kepala Desa dan Operator."]);
            else if ((desaNama = await db.Desa.Where(d => d.Kode == DesaKode).Select(d => d.Nama).FirstOrDefaultAsync()) is null)
                state.AddModelError($"{prefix}.DesaKode", S["Desa tidak dikenal. Pilih desa dari daftar."]);
        }
        else DesaKode = null;

        if (!string.IsNullOrWhiteSpace(Telepon))
        {
            var rapi = ImporPeserta.NormalisasiTelepon(Telepon);
            if (rapi is null)
                state.AddModelError($"{prefix}.Telepon", S["Nomor HP tidak sah. Tulis nomor seluler Indonesia, mis. 081234567890."]);
            else Telepon = rapi;
        }
        else Telepon = null;

        Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        if (Email is not null && !AturanKontak.IsEmail(Email))
            state.AddModelError($"{prefix}.Email", S["Alamat e-mail tidak sah, mis. nama@contoh.id."]);

        NamaPengguna = Web.Akun.NamaPengguna.Rapikan(NamaPengguna) is { Length: > 0 } nama ? nama : null;
        if (NamaPengguna is null)
        {
            if (desaNama is not null)
            {
                var dasar = AturanKontak.SuggestUserName(Peran, desaNama);
                var mirip = await db.Users.Where(u => u.UserName!.StartsWith(dasar)).Select(u => u.UserName!).ToListAsync();
                NamaPengguna = Web.Akun.NamaPengguna.Bebas(dasar, mirip.Contains);
            }
            else
                state.AddModelError($"{prefix}.NamaPengguna", S["Nama pengguna wajib diisi untuk Admin dan Fasilitator."]);
        }
        else if (!AturanKontak.IsUserName(NamaPengguna))
            state.AddModelError($"{prefix}.NamaPengguna", S["Nama pengguna 3–50 huruf kecil, angka, titik, garis bawah atau minus, tanpa spasi."]);
        else if (await db.Users.AnyAsync(u => u.NormalizedUserName == NamaPengguna.ToUpperInvariant() && u.Id != idSendiri))
            state.AddModelError($"{prefix}.NamaPengguna", S["Nama pengguna ini sudah dipakai akun lain."]);

        Jabatan = string.IsNullOrWhiteSpace(Jabatan) ? Web.Akun.Peran.Label(Peran) : Jabatan.Trim();
    }

    public void TerapkanKe(AppUser user)
    {
        user.NamaLengkap = NamaLengkap.Trim();
        user.Jabatan = Jabatan;
        user.DesaKode = DesaKode;
        user.PhoneNumber = Telepon;
        if (!string.Equals(user.Email, Email, StringComparison.OrdinalIgnoreCase))
        {
            user.Email = Email;
            user.NormalizedEmail = Email?.ToUpperInvariant();
            // Dinsos types the address itself, so it is as trusted as the seeded ones.
            user.EmailConfirmed = Email is not null;
        }
    }
}

public sealed record DesaPilihan(string Kode, string Nama);

public sealed record KecamatanPilihan(string Kode, string Nama, IReadOnlyList<DesaPilihan> Desa);

public static class PilihanWilayah
{
    public static async Task<IReadOnlyList<KecamatanPilihan>> MuatAsync(AppDbContext db)
    {
        var desa = await db.Desa.AsNoTracking()
            .Select(d => new { d.Kode, d.Nama, d.KecamatanKode, KecamatanNama = d.Kecamatan!.Nama })
            .ToListAsync();
        return desa.GroupBy(d => new { d.KecamatanKode, d.KecamatanNama })
            .OrderBy(g => g.Key.KecamatanNama)
            .Select(g => new KecamatanPilihan(g.Key.KecamatanKode, g.Key.KecamatanNama,
                g.OrderBy(d => d.Nama).Select(d => new DesaPilihan(d.Kode, d.Nama)).ToList()))
            .ToList();
    }
}
