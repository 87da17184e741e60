using System.ComponentModel.DataAnnotations;
using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Jadwal.Pages.Admin.Jadwal;

public class PutaranModel(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> S) : PageModel
{
    public static readonly DayOfWeek[] UrutanHari =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public class InputModel
    {
        [Required(ErrorMessage = "Nama putaran wajib diisi.")]
        [StringLength(200, ErrorMessage = "Nama putaran paling panjang 200 karakter.")]
        public string Nama { get; set; } = "";

        [Required(ErrorMessage = "Tanggal mulai wajib diisi.")]
        public DateOnly? TanggalMulai { get; set; }

        [Required(ErrorMessage = "Tanggal selesai wajib diisi.")]
        public DateOnly? TanggalSelesai { get; set; }

        public List<DayOfWeek> HariKerja { get; set; } = [];
        public TimeOnly JamMulai { get; set; } = new(8, 0);
        public TimeOnly JamSelesai { get; set; } = new(15, 0);

        [Range(0, 10, ErrorMessage = "Fasilitator per sesi antara 0 dan 10.")]
        public int FasilitatorPerSesi { get; set; } = 2;

        [Range(0, 30, ErrorMessage = "Batas pembatalan antara 0 dan 30 hari sebelum sesi.")]
        public int BatalHariSebelum { get; set; } = 1;

        public TimeOnly BatalJam { get; set; } = new(17, 0);

        [Range(0, 60, ErrorMessage = "Kuota kecamatan dilepas antara 0 dan 60 hari sebelum sesi.")]
        public int KuotaDilepasHariSebelum { get; set; } = 3;

        public StatusPutaran Status { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is null)
        {
            Input.HariKerja = [.. UrutanHari.Take(5)];
            return Page();
        }
        var p = await db.PutaranPelatihan.AsNoTracking().SingleOrDefaultAsync(x => x.Id == Id);
        if (p is null) return NotFound();
        Input = new InputModel
        {
            Nama = p.Nama, TanggalMulai = p.TanggalMulai, TanggalSelesai = p.TanggalSelesai, HariKerja = p.HariKerja,
            JamMulai = p.JamMulai, JamSelesai = p.JamSelesai, FasilitatorPerSesi = p.FasilitatorPerSesi,
            BatalHariSebelum = p.BatalHariSebelum, BatalJam = p.BatalJam, KuotaDilepasHariSebelum = p.KuotaDilepasHariSebelum,
            Status = p.Status,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.TanggalMulai is { } mulai && Input.TanggalSelesai is { } selesai && selesai < mulai)
            ModelState.AddModelError("Input.TanggalSelesai", S["Tanggal selesai tidak boleh sebelum tanggal mulai."]);
        if (Input.JamSelesai <= Input.JamMulai)
            ModelState.AddModelError("Input.JamSelesai", S["Jam selesai harus setelah jam mulai."]);
        if (Input.HariKerja.Count == 0)
            ModelState.AddModelError("Input.HariKerja", S["Pilih paling sedikit satu hari kerja."]);
        // The name is used only once it has passed its own validation: an empty name is refused above, not looked up.
        var nama = Input.Nama.Trim();
        if (ModelState.GetFieldValidationState("Input.Nama") == ModelValidationState.Valid
            && await db.PutaranPelatihan.AnyAsync(p => p.Nama == nama && p.Id != Id))
            ModelState.AddModelError("Input.Nama", S["Nama putaran ini sudah dipakai."]);
        if (!ModelState.IsValid) return Page();

        var putaran = Id is null ? null : await db.PutaranPelatihan.SingleOrDefaultAsync(p => p.Id == Id);
        if (Id is not null && putaran is null) return NotFound();
        if (putaran is null)
        {
            putaran = new PutaranPelatihan { Nama = "", DibuatPada = clock.GetUtcNow() };
            db.PutaranPelatihan.Add(putaran);
        }
        putaran.Nama = nama;
        putaran.TanggalMulai = Input.TanggalMulai!.Value;
        putaran.TanggalSelesai = Input.TanggalSelesai!.Value;
        putaran.HariKerja = UrutanHari.Where(Input.HariKerja.Contains).ToList();
        putaran.JamMulai = Input.JamMulai;
        putaran.JamSelesai = Input.JamSelesai;
        putaran.FasilitatorPerSesi = Input.FasilitatorPerSesi;
        putaran.BatalHariSebelum = Input.BatalHariSebelum;
        putaran.BatalJam = Input.BatalJam;
        putaran.KuotaDilepasHariSebelum = Input.KuotaDilepasHariSebelum;
        putaran.Status = Input.Status;
        await db.SaveChangesAsync();
        TempData["Pesan"] = S["Putaran disimpan."].Value;
        return RedirectToPage("Sesi", new { putaranId = putaran.Id });
    }
}
