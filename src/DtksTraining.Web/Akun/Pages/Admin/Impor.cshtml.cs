using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text;
using CsvHelper.Configuration;
using CsvHelper;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Akun.Pages.Admin;

// The uploaded file waits in the database between preview and confirm, so what is imported is what was checked.
[RequestSizeLimit(2 * ImporPeserta.UkuranMaks)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * ImporPeserta.UkuranMaks)]
public partial class ImporModel(
    AppDbContext db, UserManager<AppUser> users, IDataProtectionProvider protection,
    TimeProvider clock, IStringLocalizer<SharedResource> S) : PageModel
{
    private static readonly TimeSpan UmurUnggahan = TimeSpan.FromDays(1);

    [BindProperty] public IFormFile? Berkas { get; set; }
    [BindProperty(SupportsGet = true)] public string? Unggahan { get; set; }

    public IReadOnlyList<HasilBaris>? Pratinjau { get; private set; }
    public IReadOnlyList<AkunDibuat>? Dibuat { get; private set; }
    public string? HasilTerlindung { get; private set; }
    public int JumlahSah => Pratinjau?.Count(b => b.Sah) ?? 0;

    public sealed record AkunDibuat(int Baris, string Nama, string Peran, string Desa, string Kecamatan, string NamaPengguna, string Kode);

    [GeneratedRegex("^[0-9a-f]{32}$")] private static partial Regex IdUnggahan();

    public async Task OnGetAsync()
    {
        if (Unggahan is null) return;
        var isi = await BacaUnggahanAsync();
        if (isi is null) return;
        await PeriksaAsync(isi);
    }

    public async Task<IActionResult> OnPostPeriksaAsync()
    {
        if (Berkas is null || Berkas.Length == 0)
            ModelState.AddModelError(nameof(Berkas), S["Pilih berkas CSV dulu."]);
        else if (!Berkas.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Berkas), S["Berkas harus berakhiran .csv. Di Excel pilih Simpan Sebagai → \"CSV UTF-8\"."]);
        else if (Berkas.Length > ImporPeserta.UkuranMaks)
            ModelState.AddModelError(nameof(Berkas), S["Berkas lebih dari 1 MB. Bagi menjadi beberapa berkas."]);
        if (!ModelState.IsValid) return Page();

        using var buffer = new MemoryStream();
        await Berkas!.CopyToAsync(buffer);
        var isi = buffer.ToArray();
        var berkas = ImporPeserta.Baca(isi);
        if (berkas.Galat is not null)
        {
            ModelState.AddModelError(nameof(Berkas), S[berkas.Galat]);
            return Page();
        }

        var sekarang = clock.GetUtcNow();
        var batas = sekarang - UmurUnggahan;
        await db.UnggahanImpor.Where(u => u.DiunggahPada < batas).ExecuteDeleteAsync();
        var id = RandomNumberGenerator.GetHexString(32, lowercase: true);
        db.UnggahanImpor.Add(new UnggahanImpor { Id = id, OlehUserId = PenggunaId, Isi = isi, DiunggahPada = sekarang });
        await db.SaveChangesAsync();
        return RedirectToPage(new { unggahan = id });
    }

    public async Task<IActionResult> OnPostSimpanAsync()
    {
        var isi = await BacaUnggahanAsync();
        if (isi is null) return Page();
        var hasil = await PeriksaAsync(isi);
        if (hasil is null) return Page();
        var sah = hasil.Where(b => b.Sah).ToList();
        if (sah.Count == 0)
        {
            ModelState.AddModelError("", S["Tidak ada baris yang sah, jadi tidak ada akun yang dibuat. Perbaiki berkas lalu unggah lagi."]);
            return Page();
        }

        var sekarang = clock.GetUtcNow();
        var dibuat = new List<AkunDibuat>();
        await using var transaksi = await db.Database.BeginTransactionAsync();
        foreach (var b in sah)
        {
            var kode = KodeSekaliPakai.Buat();
            var user = new AppUser
            {
                UserName = b.NamaPengguna,
                NamaLengkap = b.Sumber.Nama,
                Jabatan = Peran.Label(b.Peran!),
                DesaKode = b.Desa!.Kode,
                PhoneNumber = b.Telepon,
                Email = b.Email,
                EmailConfirmed = b.Email is not null,
                WajibGantiSandi = true,
                DibuatPada = sekarang,
            };
            IdentityResult simpan;
            try
            {
                simpan = await users.CreateAsync(user, kode);
                if (simpan.Succeeded) simpan = await users.AddToRoleAsync(user, b.Peran!);
            }
            catch (DbUpdateException)
            {
                simpan = IdentityResult.Failed(users.ErrorDescriber.ConcurrencyFailure());
            }
            if (!simpan.Succeeded)
            {
                await transaksi.RollbackAsync();
                db.ChangeTracker.Clear();
                ModelState.AddModelError("", S["Baris {0}: {1} Tidak ada akun yang dibuat dari berkas ini.", b.Sumber.Baris,
                    string.Join(" ", simpan.Errors.Select(e => e.Description))]);
                return Page();
            }
            dibuat.Add(new AkunDibuat(b.Sumber.Baris, user.NamaLengkap, Peran.Label(b.Peran!), b.Desa.Nama, b.Desa.Kecamatan,
                user.UserName!, kode));
        }
        await db.UnggahanImpor.Where(u => u.Id == Unggahan).ExecuteDeleteAsync();
        await transaksi.CommitAsync();

        Pratinjau = null;
        Dibuat = dibuat;
        HasilTerlindung = Pelindung().Protect(JsonSerializer.Serialize(dibuat), TimeSpan.FromHours(1));
        return Page();
    }

    public IActionResult OnPostUnduh(string? hasil)
    {
        List<AkunDibuat>? daftar;
        try
        {
            daftar = JsonSerializer.Deserialize<List<AkunDibuat>>(Pelindung().Unprotect(hasil ?? ""));
        }
        catch (CryptographicException)
        {
            daftar = null;
        }
        if (daftar is null)
        {
            ModelState.AddModelError("", S["Tabel hasil impor sudah kedaluwarsa (lebih dari 1 jam). Kode sekali pakai tidak bisa ditampilkan lagi; atur ulang sandi per akun bila perlu."]);
            return Page();
        }
        using var teks = new StringWriter();
        using (var csv = new CsvWriter(teks, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" }))
        {
            foreach (var judul in new[] { "baris", "nama", "jabatan", "desa", "kecamatan", "nama_pengguna", "kode_sekali_pakai" })
                csv.WriteField(judul);
            csv.NextRecord();
            foreach (var a in daftar)
            {
                foreach (var nilai in new object[] { a.Baris, a.Nama, a.Peran, a.Desa, a.Kecamatan, a.NamaPengguna, a.Kode })
                    csv.WriteField(nilai);
                csv.NextRecord();
            }
        }
        // The BOM makes Excel read the file as UTF-8.
        var isi = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(teks.ToString())).ToArray();
        return File(isi, "text/csv; charset=utf-8", $"akun-impor-{Wib.Hari(clock.GetUtcNow()):yyyy-MM-dd}.csv");
    }

    private ITimeLimitedDataProtector Pelindung() =>
        protection.CreateProtector("DtksTraining.Admin.Impor.Hasil").ToTimeLimitedDataProtector();

    private string PenggunaId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<byte[]?> BacaUnggahanAsync()
    {
        var batas = clock.GetUtcNow() - UmurUnggahan;
        var isi = Unggahan is not null && IdUnggahan().IsMatch(Unggahan)
            ? await db.UnggahanImpor.AsNoTracking()
                .Where(u => u.Id == Unggahan && u.OlehUserId == PenggunaId && u.DiunggahPada >= batas)
                .Select(u => u.Isi).SingleOrDefaultAsync()
            : null;
        if (isi is null)
        {
            ModelState.AddModelError("", S["Berkas yang diunggah sudah tidak ada (sudah diimpor atau lebih dari sehari). Unggah lagi."]);
            Unggahan = null;
            return null;
        }
        return isi;
    }

    // Checked again on confirm: accounts may have been added since the preview.
    private async Task<IReadOnlyList<HasilBaris>?> PeriksaAsync(byte[] isi)
    {
        var berkas = ImporPeserta.Baca(isi);
        if (berkas.Galat is not null)
        {
            ModelState.AddModelError("", S[berkas.Galat]);
            return null;
        }
        var desa = await db.Desa.AsNoTracking()
            .Select(d => new DesaImpor(d.Kode, d.Nama, d.Kecamatan!.Nama))
            .ToDictionaryAsync(d => d.Kode);
        var akun = await db.Users.AsNoTracking()
            .Select(u => new AkunTerdaftar(u.UserName!, u.NamaLengkap, u.DesaKode,
                db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault()))
            .ToListAsync();
        Pratinjau = ImporPeserta.Periksa(berkas.Baris, desa, akun);
        return Pratinjau;
    }
}
