using System.Text;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DtksTraining.Web.Sertifikat.Pages.Verifikasi;

// Public: what was issued under a number, whether it still holds, and whether a given PDF or credential is that one.
[AllowAnonymous]
[EnableRateLimiting(VerifikasiSertifikat.VerifikasiRateLimit)]
[RequestSizeLimit(2 * UkuranPdfMaks)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * UkuranPdfMaks)]
public class DetailModel(AppDbContext db, IOptions<DinsosOptions> dinsos, TimeProvider clock, IStringLocalizer<SharedResource> S) : PageModel
{
    public const int UkuranPdfMaks = 5 * 1024 * 1024;
    public const int UkuranKredensialMaks = 64 * 1024;

    [BindProperty] public IFormFile? BerkasPdf { get; set; }
    [BindProperty] public IFormFile? BerkasKredensial { get; set; }
    [BindProperty] public string? TeksKredensial { get; set; }

    public DataSertifikat? Sertifikat { get; private set; }
    public HasilPdf? Pdf { get; private set; }
    public HasilKredensial? Kredensial { get; private set; }

    public sealed record DataSertifikat(
        NomorSertifikat Nomor, int Versi, string Nama, string Peran, string Desa, string Kecamatan, string NamaPutaran,
        DateOnly TanggalSesi, string Tempat, decimal? Nilai, DateTimeOffset DiterbitkanPada, Penandatangan Penandatangan, string Sha256,
        StatusSertifikat Status, string? AlasanCabut, DateTimeOffset? DicabutPada,
        NomorSertifikat? DigantikanOleh, NomorSertifikat? Menggantikan)
    {
        public bool Berlaku => Status == StatusSertifikat.Berlaku && DigantikanOleh is null;
    }

    public sealed record HasilPdf(bool Cocok, string Sha256);

    public sealed record HasilKredensial(bool Sah, RingkasanKredensial? Ringkasan, IReadOnlyList<string> Alasan);

    public async Task<IActionResult> OnGetAsync(string nomor)
    {
        if (!await MuatAsync(nomor)) return TidakDitemukan();
        // One address per certificate: typed variants (lower case, %2F) land on the canonical one.
        if (nomor != Sertifikat!.Nomor.UntukUrl) return RedirectToPage(new { nomor = Sertifikat.Nomor.UntukUrl });
        return Page();
    }

    public async Task<IActionResult> OnPostPdfAsync(string nomor)
    {
        if (!await MuatAsync(nomor)) return TidakDitemukan();
        if (BerkasPdf is null || BerkasPdf.Length == 0)
            ModelState.AddModelError(nameof(BerkasPdf), S["Pilih berkas PDF sertifikat dulu; berkas yang dipilih kosong atau belum ada."]);
        else if (BerkasPdf.Length > UkuranPdfMaks)
            ModelState.AddModelError(nameof(BerkasPdf), S["Berkas lebih dari 5 MB. Sertifikat asli jauh lebih kecil; pastikan yang dipilih berkas PDF sertifikat."]);
        if (!ModelState.IsValid) return Page();

        using var isi = new MemoryStream((int)BerkasPdf!.Length);
        await BerkasPdf.CopyToAsync(isi);
        var bytes = isi.GetBuffer().AsSpan(0, (int)isi.Length);
        if (!bytes.StartsWith("%PDF-"u8))
        {
            ModelState.AddModelError(nameof(BerkasPdf), S["Berkas ini bukan PDF. Pilih berkas PDF sertifikat yang Anda terima."]);
            return Page();
        }
        Pdf = new HasilPdf(DocumentHash.Cocok(Sertifikat!.Sha256, bytes), DocumentHash.Sha256Hex(bytes));
        return Page();
    }

    public async Task<IActionResult> OnPostKredensialAsync(string nomor)
    {
        if (!await MuatAsync(nomor)) return TidakDitemukan();
        var jwt = await BacaKredensialAsync();
        if (jwt is null) return Page();

        var hasil = VcJwt.Verifikasi(jwt, await db.JwksPenerbitAsync(clock, HttpContext.RequestAborted), clock.GetUtcNow());
        var alasan = hasil.Alasan.Select(a => S[a].Value).ToList();
        // A good signature only says we issued it; whether it still holds, and for which certificate, is in our register.
        if (hasil.Kredensial is not null)
        {
            var s = Sertifikat!;
            var idSertifikatIni = dinsos.Value.IdKredensial(s.Nomor);
            if (hasil.Ringkasan is { } r && r.Id != idSertifikatIni)
            {
                var awalan = dinsos.Value.AlamatPublik("/verifikasi/").ToString();
                alasan.Add(r.Id.StartsWith(awalan, StringComparison.Ordinal) && NomorSertifikat.TryParse(r.Id[awalan.Length..], out var lain)
                    ? S["Kredensial ini milik sertifikat {0}, bukan {1}.", lain, s.Nomor].Value
                    : S["Kredensial ini bukan untuk sertifikat {0}.", s.Nomor].Value);
            }
            if (s.Status == StatusSertifikat.Dicabut)
                alasan.Add(S["Sertifikat ini dicabut pada {0}. Alasan: {1}", Tanggal(s.DicabutPada), s.AlasanCabut ?? "-"].Value);
            if (s.DigantikanOleh is { } baru)
                alasan.Add(S["Sertifikat ini sudah digantikan oleh {0}.", baru].Value);
        }
        Kredensial = new HasilKredensial(alasan.Count == 0, hasil.Ringkasan, alasan);
        return Page();
    }

    public static string Tanggal(DateTimeOffset? waktu) =>
        waktu is { } w ? Wib.Dari(w).ToString("d MMMM yyyy HH.mm", System.Globalization.CultureInfo.CurrentCulture) + " WIB" : "-";

    private async Task<string?> BacaKredensialAsync()
    {
        string teks;
        if (BerkasKredensial is { Length: > 0 })
        {
            if (BerkasKredensial.Length > UkuranKredensialMaks)
            {
                ModelState.AddModelError(nameof(BerkasKredensial), S["Berkas kredensial lebih dari 64 KB. Pilih berkas .jwt yang Anda terima."]);
                return null;
            }
            using var reader = new StreamReader(BerkasKredensial.OpenReadStream(), Encoding.UTF8);
            teks = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        }
        else
        {
            teks = TeksKredensial ?? "";
        }
        teks = teks.Trim();
        if (teks.Length == 0)
        {
            ModelState.AddModelError(nameof(TeksKredensial), S["Tempel kredensial (VC-JWT) atau pilih berkasnya dulu."]);
            return null;
        }
        if (teks.Length > UkuranKredensialMaks)
        {
            ModelState.AddModelError(nameof(TeksKredensial), S["Kredensial lebih dari 64 KB; itu bukan kredensial dari kami."]);
            return null;
        }
        return teks;
    }

    private IActionResult TidakDitemukan()
    {
        Sertifikat = null;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task<bool> MuatAsync(string nomorTeks)
    {
        if (!NomorSertifikat.TryParse(nomorTeks, out var nomor)) return false;
        var s = await db.Sertifikat.AsNoTracking()
            .Where(s => s.Tahun == nomor.Tahun && s.Urutan == nomor.Urutan)
            .Select(s => new
            {
                s.Versi, s.Nama, s.Peran, s.Desa, s.Kecamatan, s.NamaPutaran, s.TanggalSesi, s.Tempat, s.Nilai,
                s.DiterbitkanPada, s.PenandatanganNama, s.PenandatanganNip, s.PenandatanganJabatan, s.Sha256, s.Status, s.AlasanCabut, s.DicabutPada,
                Baru = db.Sertifikat.Where(b => b.Id == s.DigantikanOlehId).Select(b => new { b.Tahun, b.Urutan }).FirstOrDefault(),
                Lama = db.Sertifikat.Where(l => l.Id == s.MenggantikanId).Select(l => new { l.Tahun, l.Urutan }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (s is null) return false;
        Sertifikat = new DataSertifikat(nomor, s.Versi, s.Nama, s.Peran, s.Desa, s.Kecamatan, s.NamaPutaran, s.TanggalSesi,
            s.Tempat, s.Nilai, s.DiterbitkanPada, new Penandatangan(s.PenandatanganNama, s.PenandatanganNip, s.PenandatanganJabatan), s.Sha256, s.Status, s.AlasanCabut, s.DicabutPada,
            s.Baru is null ? null : new NomorSertifikat(s.Baru.Tahun, s.Baru.Urutan),
            s.Lama is null ? null : new NomorSertifikat(s.Lama.Tahun, s.Lama.Urutan));
        return true;
    }
}
