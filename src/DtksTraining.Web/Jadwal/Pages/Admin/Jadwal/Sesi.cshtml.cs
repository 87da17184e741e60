using DtksTraining.Web.Data;
using DtksTraining.Web.Wilayah;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Jadwal.Pages.Admin.Jadwal;

public class SesiModel(AppDbContext db, PendaftaranSesi pendaftaran, IStringLocalizer<SharedResource> S) : PageModel
{
    public sealed record Baris(
        int Id, DateTimeOffset MulaiUtc, DateTimeOffset SelesaiUtc, string Venue, int Kapasitas, int Terkonfirmasi, int DaftarTunggu,
        StatusSesi Status, string Kecamatan, string Fasilitator);

    [BindProperty(SupportsGet = true)] public int PutaranId { get; set; }
    [BindProperty] public int SesiId { get; set; }
    [BindProperty] public string? Alasan { get; set; }
    public string NamaPutaran { get; private set; } = "";
    public List<Baris> Daftar { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await MuatAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostBukaAsync() => UbahStatusAsync(StatusSesi.Dibuka);

    public Task<IActionResult> OnPostTutupAsync() => UbahStatusAsync(StatusSesi.Ditutup);

    public async Task<IActionResult> OnPostBatalkanAsync()
    {
        if (string.IsNullOrWhiteSpace(Alasan))
        {
            ModelState.AddModelError(nameof(Alasan), S["Alasan pembatalan sesi wajib diisi."]);
            return await MuatAsync() ? Page() : NotFound();
        }
        return await UbahStatusAsync(StatusSesi.Dibatalkan);
    }

    private async Task<IActionResult> UbahStatusAsync(StatusSesi ke)
    {
        var sesi = await db.Sesi.SingleOrDefaultAsync(s => s.Id == SesiId && s.PutaranId == PutaranId);
        if (sesi is null) return NotFound();
        if (ValidasiSesi.CekTransisi(sesi.Status, ke) is { } galat)
        {
            ModelState.AddModelError(nameof(SesiId), galat);
            return await MuatAsync() ? Page() : NotFound();
        }
        sesi.Status = ke;
        await db.SaveChangesAsync();
        if (ke == StatusSesi.Dibatalkan)
        {
            var jumlah = await pendaftaran.BatalkanSesiAsync(sesi.Id, Alasan!.Trim(), HttpContext.RequestAborted);
            TempData["Pesan"] = S["Sesi dibatalkan; {0} pendaftaran ikut dibatalkan dan pesertanya dikabari.", jumlah].Value;
        }
        else TempData["Pesan"] = S["Status sesi: {0}.", ValidasiSesi.Label(ke)].Value;
        return RedirectToPage(new { PutaranId });
    }

    private async Task<bool> MuatAsync()
    {
        var nama = await db.PutaranPelatihan.Where(p => p.Id == PutaranId).Select(p => p.Nama).SingleOrDefaultAsync();
        if (nama is null) return false;
        NamaPutaran = nama;
        var baris = await db.Sesi.AsNoTracking()
            .Where(s => s.PutaranId == PutaranId)
            .Select(s => new
            {
                s.Id, s.MulaiUtc, s.SelesaiUtc, Venue = s.Venue!.Nama, s.Kapasitas, s.Terkonfirmasi,
                DaftarTunggu = s.Enrolmen.Count(e => e.Status == StatusEnrolmen.DaftarTunggu), s.Status,
                Kecamatan = s.Kecamatan.OrderBy(k => k.KecamatanKode).Select(k => k.Kecamatan!.Nama + " (" + k.Kursi + ")").ToList(),
                Fasilitator = s.Fasilitator.Select(f => f.Fasilitator!.NamaLengkap).ToList(),
            })
            .ToListAsync();
        Daftar = baris.OrderBy(b => b.MulaiUtc).ThenBy(b => b.Venue)
            .Select(b => new Baris(b.Id, b.MulaiUtc, b.SelesaiUtc, b.Venue, b.Kapasitas, b.Terkonfirmasi, b.DaftarTunggu, b.Status,
                string.Join(", ", b.Kecamatan), string.Join(", ", b.Fasilitator.Order())))
            .ToList();
        return true;
    }
}
