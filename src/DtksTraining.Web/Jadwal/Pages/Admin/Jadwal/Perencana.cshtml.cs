using DtksTraining.Web.Data;
using DtksTraining.Web.Wilayah;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Jadwal.Pages.Admin.Jadwal;

public class PerencanaModel(AppDbContext db, IStringLocalizer<SharedResource> S) : PageModel
{
    [BindProperty(SupportsGet = true)] public int PutaranId { get; set; }
    public string NamaPutaran { get; private set; } = "";
    public HasilJadwal? Hasil { get; private set; }
    public int SesiAda { get; private set; }
    public Dictionary<string, string> NamaVenue { get; private set; } = [];
    public Dictionary<string, string> NamaKecamatan { get; private set; } = [];
    public Dictionary<string, string> NamaFasilitator { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var putaran = await db.PutaranPelatihan.AsNoTracking().SingleOrDefaultAsync(p => p.Id == PutaranId);
        if (putaran is null) return NotFound();
        await SusunAsync(putaran);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var putaran = await db.PutaranPelatihan.SingleOrDefaultAsync(p => p.Id == PutaranId);
        if (putaran is null) return NotFound();
        await SusunAsync(putaran);
        if (SesiAda > 0)
        {
            ModelState.AddModelError("", S["Putaran ini sudah punya sesi. Batalkan sesinya dulu bila ingin menyusun ulang."]);
            return Page();
        }
        if (Hasil is null || Hasil.Sesi.Count == 0)
        {
            ModelState.AddModelError("", S["Tidak ada sesi yang bisa dibuat."]);
            return Page();
        }
        db.Sesi.AddRange(PerencanaanPutaran.BuatSesi(putaran, Hasil.Sesi));
        await db.SaveChangesAsync();
        TempData["Pesan"] = S["{0} sesi dibuat dari usulan perencana.", Hasil.Sesi.Count].Value;
        return RedirectToPage("Sesi", new { PutaranId });
    }

    private async Task SusunAsync(PutaranPelatihan putaran)
    {
        NamaPutaran = putaran.Nama;
        SesiAda = await db.Sesi.CountAsync(s => s.PutaranId == PutaranId && s.Status != StatusSesi.Dibatalkan);
        var permintaan = await PerencanaanPutaran.PermintaanAsync(db, putaran);
        Hasil = PerencanaJadwal.Susun(permintaan);
        NamaVenue = await db.Venue.AsNoTracking().ToDictionaryAsync(v => v.Kode, v => v.Nama);
        NamaKecamatan = await db.Kecamatan.AsNoTracking().ToDictionaryAsync(k => k.Kode, k => k.Nama);
        NamaFasilitator = await db.Users.AsNoTracking().Where(u => permintaan.Fasilitator.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.NamaLengkap);
    }
}
