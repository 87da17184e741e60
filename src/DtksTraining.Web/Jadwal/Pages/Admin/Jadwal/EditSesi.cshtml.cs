using System.ComponentModel.DataAnnotations;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Jadwal.Pages.Admin.Jadwal;

public class EditSesiModel(AppDbContext db, KabarJadwal kabar, IStringLocalizer<SharedResource> S) : PageModel
{
    public sealed record Pilihan(string Kode, string Nama);

    [BindProperty(SupportsGet = true)] public int PutaranId { get; set; }
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public List<Pilihan> Venue { get; private set; } = [];
    public List<Pilihan> Fasilitator { get; private set; } = [];
    public List<Pilihan> Kecamatan { get; private set; } = [];
    public string NamaPutaran { get; private set; } = "";

    public class InputModel
    {
        [Required(ErrorMessage = "Tanggal wajib diisi.")]
        public DateOnly? Tanggal { get; set; }
        public TimeOnly JamMulai { get; set; } = new(8, 0);
        public TimeOnly JamSelesai { get; set; } = new(15, 0);
        [Required(ErrorMessage = "Pilih venue.")]
        public string? VenueKode { get; set; }
        public int Kapasitas { get; set; }
        public List<string> Fasilitator { get; set; } = [];
        public List<string> Kecamatan { get; set; } = [];
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var putaran = await db.PutaranPelatihan.AsNoTracking().SingleOrDefaultAsync(p => p.Id == PutaranId);
        if (putaran is null) return NotFound();
        Input.JamMulai = putaran.JamMulai;
        Input.JamSelesai = putaran.JamSelesai;
        if (Id is not null)
        {
            var sesi = await db.Sesi.AsNoTracking().Include(s => s.Fasilitator).Include(s => s.Kecamatan)
                .SingleOrDefaultAsync(s => s.Id == Id && s.PutaranId == PutaranId);
            if (sesi is null) return NotFound();
            Input = new InputModel
            {
                Tanggal = sesi.Tanggal, JamMulai = sesi.JamMulai, JamSelesai = sesi.JamSelesai, VenueKode = sesi.VenueKode,
                Kapasitas = sesi.Kapasitas, Fasilitator = sesi.Fasilitator.Select(f => f.FasilitatorId).ToList(),
                Kecamatan = sesi.Kecamatan.Select(k => k.KecamatanKode).ToList(),
            };
        }
        await MuatPilihanAsync(putaran.Nama);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var putaran = await db.PutaranPelatihan.SingleOrDefaultAsync(p => p.Id == PutaranId);
        if (putaran is null) return NotFound();
        var sesi = Id is null
            ? null
            : await db.Sesi.Include(s => s.Fasilitator).Include(s => s.Kecamatan).SingleOrDefaultAsync(s => s.Id == Id && s.PutaranId == PutaranId);
        if (Id is not null && sesi is null) return NotFound();
        await MuatPilihanAsync(putaran.Nama);
        if (Input.VenueKode is not null && Venue.All(v => v.Kode != Input.VenueKode))
            ModelState.AddModelError("Input.VenueKode", S["Venue tidak dikenal."]);
        if (!ModelState.IsValid) return Page();

        var lain = await db.Sesi.AsNoTracking()
            .Where(s => s.Tanggal == Input.Tanggal && s.Id != (Id ?? 0))
            .Select(s => new { s.Id, s.Tanggal, s.MulaiUtc, s.SelesaiUtc, s.VenueKode, s.Kapasitas, s.Status,
                Fasilitator = s.Fasilitator.Select(f => f.FasilitatorId).ToList() })
            .ToListAsync();
        var sesiLain = lain.Select(s => new SesiJadwal(s.Id, s.Tanggal, Jam(s.MulaiUtc), Jam(s.SelesaiUtc), s.VenueKode, s.Kapasitas, s.Fasilitator, s.Status));
        var usulan = new SesiJadwal(Id ?? 0, Input.Tanggal!.Value, Input.JamMulai, Input.JamSelesai, Input.VenueKode!, Input.Kapasitas,
            Input.Fasilitator, sesi?.Status ?? StatusSesi.Direncanakan);
        var galat = ValidasiSesi.Periksa(usulan, putaran.TanggalMulai, putaran.TanggalSelesai, sesi?.Terkonfirmasi ?? 0, sesiLain,
            namaFasilitator: Fasilitator.ToDictionary(f => f.Kode, f => f.Nama));
        foreach (var g in galat) ModelState.AddModelError("Input." + g.Field, g.Pesan);
        if (!ModelState.IsValid) return Page();

        if (sesi is null)
        {
            sesi = new Sesi { PutaranId = PutaranId, VenueKode = Input.VenueKode!, Status = StatusSesi.Direncanakan };
            db.Sesi.Add(sesi);
        }
        var perubahan = new List<string>();
        if (sesi.Id != 0)
        {
            perubahan = await PerubahanAsync(sesi, usulan);
            if (perubahan.Count > 0) sesi.Sequence++;
        }
        sesi.AturWaktu(usulan.Tanggal, usulan.JamMulai, usulan.JamSelesai);
        sesi.VenueKode = usulan.VenueKode;
        sesi.Kapasitas = usulan.Kapasitas;
        sesi.Fasilitator.RemoveAll(f => !Input.Fasilitator.Contains(f.FasilitatorId));
        sesi.Fasilitator.AddRange(Input.Fasilitator.Distinct().Where(f => sesi.Fasilitator.All(x => x.FasilitatorId != f))
            .Select(f => new SesiFasilitator { FasilitatorId = f }));
        sesi.Kecamatan.RemoveAll(k => !Input.Kecamatan.Contains(k.KecamatanKode));
        sesi.Kecamatan.AddRange(Input.Kecamatan.Distinct().Where(k => sesi.Kecamatan.All(x => x.KecamatanKode != k))
            .Select(k => new SesiKecamatan { KecamatanKode = k, Kursi = 0, DilepasPada = putaran.KuotaDilepasPada(usulan.Tanggal) }));
        // The participants' change mails commit with the change itself.
        await using var tx = await db.Database.BeginTransactionAsync();
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", S["Sesi ini baru saja diubah orang lain. Muat ulang halaman lalu coba lagi."]);
            return Page();
        }
        if (perubahan.Count > 0)
        {
            var terkonfirmasi = await db.Enrolmen.AsNoTracking()
                .Where(e => e.SesiId == sesi.Id && e.Status == StatusEnrolmen.Terkonfirmasi).Select(e => e.Id).ToListAsync();
            foreach (var enrolmenId in terkonfirmasi) await kabar.KirimPerubahanAsync(enrolmenId, perubahan, HttpContext.RequestAborted);
        }
        await tx.CommitAsync();
        TempData["Pesan"] = S["Sesi disimpan."].Value;
        return RedirectToPage("Sesi", new { PutaranId });
    }

    // Bahasa lines for the participants' mail: what was, what is now.
    private async Task<List<string>> PerubahanAsync(Sesi lama, SesiJadwal baru)
    {
        var hasil = new List<string>();
        if (lama.Tanggal != baru.Tanggal)
            hasil.Add($"Tanggal: {IndonesianDates.DenganHari(lama.Tanggal)} menjadi {IndonesianDates.DenganHari(baru.Tanggal)}");
        if (lama.JamMulai != baru.JamMulai || lama.JamSelesai != baru.JamSelesai)
            hasil.Add($"Jam: {lama.JamMulai:HH\\.mm}–{lama.JamSelesai:HH\\.mm} WIB menjadi {baru.JamMulai:HH\\.mm}–{baru.JamSelesai:HH\\.mm} WIB");
        if (lama.VenueKode != baru.VenueKode)
        {
            var nama = await db.Venue.AsNoTracking().Where(v => v.Kode == lama.VenueKode || v.Kode == baru.VenueKode)
                .ToDictionaryAsync(v => v.Kode, v => v.Nama + ", " + v.Alamat);
            hasil.Add($"Tempat: {nama.GetValueOrDefault(lama.VenueKode, lama.VenueKode)} menjadi {nama.GetValueOrDefault(baru.VenueKode, baru.VenueKode)}");
        }
        return hasil;
    }

    private static TimeOnly Jam(DateTimeOffset utc) => TimeOnly.FromDateTime(Wib.Dari(utc).DateTime);

    private async Task MuatPilihanAsync(string namaPutaran)
    {
        NamaPutaran = namaPutaran;
        Venue = await db.Venue.AsNoTracking().OrderBy(v => v.Nama).Select(v => new Pilihan(v.Kode, v.Nama + " (" + v.Kapasitas + ")")).ToListAsync();
        Kecamatan = await db.Kecamatan.AsNoTracking().OrderBy(k => k.Nama).Select(k => new Pilihan(k.Kode, k.Nama)).ToListAsync();
        var ids = await PerencanaanPutaran.FasilitatorAsync(db);
        Fasilitator = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.NamaLengkap)
            .Select(u => new Pilihan(u.Id, u.NamaLengkap)).ToListAsync();
    }
}
