using System.Security.Claims;
using System.Text;
using DtksTraining.Web.Data;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Jadwal.Pages.Peserta;

[EnableRateLimiting(ShellExtensions.SeatQueue)]
public class JadwalModel(
    AppDbContext db, PendaftaranSesi pendaftaran, KabarJadwal kabar, TimeProvider clock, IStringLocalizer<SharedResource> S)
    : PageModel
{
    public sealed record Baris(
        int EnrolmenId, string NamaPeserta, StatusEnrolmen Status, DateTimeOffset MulaiUtc, DateTimeOffset SelesaiUtc,
        string Venue, string Alamat, string Pin, string Putaran, DateTimeOffset BatasBatalUtc, bool BolehBatal, bool Mendatang,
        StatusKehadiranSaya? Kehadiran)
    {
        public string TautanWhatsApp => PesanWhatsApp.TautanUntuk(new PesanWhatsApp.Isi(Putaran, Venue, Alamat, MulaiUtc, SelesaiUtc, NamaPeserta,
            Status == StatusEnrolmen.Terkonfirmasi ? Pin : null));
    }

    // What a past session ended as for this person: the facilitator's mark, or no mark at all.
    public sealed record StatusKehadiranSaya(string Label, bool Hadir);

    public sealed record SesiTerbuka(
        int Id, DateTimeOffset MulaiUtc, DateTimeOffset SelesaiUtc, string Venue, string Alamat, int Kapasitas, int Terkonfirmasi, string Putaran,
        int PutaranId);

    public sealed record Orang(string Id, string Nama, string Peran);

    public List<Baris> Pendaftaran { get; private set; } = [];
    public List<SesiTerbuka> Terbuka { get; private set; } = [];
    public List<Orang> OrangDesa { get; private set; } = [];
    public IEnumerable<Baris> Mendatang => Pendaftaran.Where(p => p.Status != StatusEnrolmen.Dibatalkan && p.Mendatang).OrderBy(p => p.MulaiUtc);
    public IEnumerable<Baris> Lalu => Pendaftaran.Where(p => p.Status != StatusEnrolmen.Dibatalkan && !p.Mendatang);
    public IEnumerable<Baris> Dibatalkan => Pendaftaran.Where(p => p.Status == StatusEnrolmen.Dibatalkan);
    // Ids of people holding a seat or a wait-list place per round: one place per round, so they are not offered again.
    private ILookup<int, string> terdaftarPerPutaran = Enumerable.Empty<string>().ToLookup(_ => 0);

    public IReadOnlyList<Orang> BolehDidaftarkan(SesiTerbuka sesi) =>
        OrangDesa.Where(o => !terdaftarPerPutaran[sesi.PutaranId].Contains(o.Id)).ToList();
    public bool KepalaDesa => User.IsInRole(Web.Akun.Peran.KepalaDesa);

    [BindProperty] public int SesiId { get; set; }
    [BindProperty] public string? PesertaId { get; set; }
    [BindProperty] public int EnrolmenId { get; set; }
    [BindProperty] public string? Alasan { get; set; }

    private string SayaId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public Task OnGetAsync() => MuatAsync();

    public async Task<IActionResult> OnPostDaftarAsync()
    {
        if (!KepalaDesa) return Forbid();
        // Only what the decision needs: a burst of village heads pressing "Daftar" at once should not each load the whole page.
        var saya = await SayaAsync();
        var nama = await NamaPesertaDesaAsync(saya);
        var sesiMelayani = nama is not null && saya.KecamatanKode is not null && await db.Sesi.AsNoTracking().AnyAsync(s =>
            s.Id == SesiId && s.Status == StatusSesi.Dibuka && s.Kecamatan.Any(k => k.KecamatanKode == saya.KecamatanKode));
        if (nama is null || !sesiMelayani)
        {
            await MuatAsync();
            ModelState.AddModelError(KolomGalatDaftar(), S["Pilih sesi yang dibuka dan peserta dari desa Anda."]);
            return Page();
        }
        var hasil = await pendaftaran.DaftarkanAsync(SesiId, PesertaId!, SayaId, HttpContext.RequestAborted);
        if (hasil.Galat is not null)
        {
            await MuatAsync();
            ModelState.AddModelError(KolomGalatDaftar(), hasil.Galat);
            return Page();
        }
        TempData["Pesan"] = hasil.Status == StatusEnrolmen.Terkonfirmasi
            ? S["{0} mendapat kursi. Kursi sudah terkonfirmasi.", nama].Value
            : S["Kursi sudah penuh; {0} masuk daftar tunggu.", nama].Value;
        return RedirectToPage();
    }

    // Next to the session's form when the page shows it, otherwise at the top: a closed or foreign session has no form.
    private string KolomGalatDaftar() => Terbuka.Any(s => s.Id == SesiId) ? nameof(PesertaId) : string.Empty;

    public async Task<IActionResult> OnPostBatalAsync()
    {
        await MuatAsync();
        if (Pendaftaran.All(p => p.EnrolmenId != EnrolmenId)) return NotFound();
        if (await pendaftaran.BatalkanAsync(EnrolmenId, Alasan, olehAdmin: false, HttpContext.RequestAborted) is { } galat)
        {
            ModelState.AddModelError(nameof(Alasan), galat);
            return Page();
        }
        TempData["Pesan"] = S["Pendaftaran dibatalkan."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetKalenderAsync(int id)
    {
        await MuatAsync();
        if (Pendaftaran.All(p => p.EnrolmenId != id)) return NotFound();
        var rincian = await kabar.RincianAsync(id, HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(kabar.Kalender(rincian!)), "text/calendar; charset=utf-8", $"pelatihan-dtks-{id}.ics");
    }

    private sealed record Saya(string Nama, string? DesaKode, string? KecamatanKode);

    private Task<Saya> SayaAsync() => db.Users.AsNoTracking().Where(u => u.Id == SayaId)
        .Select(u => new Saya(u.NamaLengkap, u.DesaKode, u.Desa == null ? null : u.Desa.KecamatanKode))
        .SingleAsync();

    // The head themself, or an active operator of the head's desa: the same people MuatOrangAsync offers, looked up by id.
    private async Task<string?> NamaPesertaDesaAsync(Saya saya)
    {
        if (string.IsNullOrEmpty(PesertaId)) return null;
        if (PesertaId == SayaId) return saya.Nama;
        if (saya.DesaKode is not { } desaKode) return null;
        return await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where u.Id == PesertaId && u.DesaKode == desaKode && u.Aktif && r.Name == Web.Akun.Peran.Operator
            select u.NamaLengkap).FirstOrDefaultAsync();
    }

    private async Task MuatOrangAsync(string? desaKode)
    {
        var desaSaya = KepalaDesa ? desaKode : null;
        var orang = await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where u.Id == SayaId || (desaSaya != null && u.DesaKode == desaSaya && u.Aktif && r.Name == Web.Akun.Peran.Operator)
            orderby u.Id == SayaId descending, u.NamaLengkap
            select new { u.Id, u.NamaLengkap, r.Name }).ToListAsync();
        OrangDesa = orang.GroupBy(o => o.Id).Select(g => new Orang(g.Key, g.First().NamaLengkap, Web.Akun.Peran.Label(g.First().Name!))).ToList();
    }

    private StatusKehadiranSaya KehadiranDari(StatusEnrolmen status, StatusKehadiran? tanda) => tanda switch
    {
        { } t => new(S[AturanKehadiran.Label(t)].Value, AturanKehadiran.MenghitungHadir(t)),
        null when status == StatusEnrolmen.DaftarTunggu => new(S["Tidak mendapat kursi"].Value, false),
        null when status == StatusEnrolmen.Hadir => new(S["Hadir"].Value, true),
        null when status == StatusEnrolmen.TidakHadir => new(S["Tidak hadir"].Value, false),
        null => new(S["Tidak hadir (tidak tercatat)"].Value, false),
    };

    private async Task MuatAsync()
    {
        var now = clock.GetUtcNow();
        var saya = await SayaAsync();
        await MuatOrangAsync(saya.DesaKode);
        var ids = OrangDesa.Select(o => o.Id).ToList();

        var baris = await db.Enrolmen.AsNoTracking()
            .Where(e => ids.Contains(e.PesertaId))
            .OrderByDescending(e => e.Sesi!.MulaiUtc).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id, e.PesertaId, e.PutaranId, e.Peserta!.NamaLengkap, e.Status, e.Sesi!.MulaiUtc, e.Sesi.SelesaiUtc, Venue = e.Sesi.Venue!.Nama,
                e.Sesi.Venue.Alamat, e.Pin, Putaran = e.Sesi.Putaran!.Nama, e.Sesi.Putaran.BatalHariSebelum, e.Sesi.Putaran.BatalJam,
                Tanda = db.Kehadiran.Where(k => k.SesiId == e.SesiId && k.PesertaId == e.PesertaId).Select(k => (StatusKehadiran?)k.Status).FirstOrDefault(),
            })
            .ToListAsync();
        terdaftarPerPutaran = baris.Where(b => b.Status != StatusEnrolmen.Dibatalkan).ToLookup(b => b.PutaranId, b => b.PesertaId);
        Pendaftaran = baris.Select(b =>
        {
            var aturan = new AturanPembatalan(b.BatalHariSebelum, b.BatalJam);
            return new Baris(b.Id, b.NamaLengkap, b.Status, b.MulaiUtc, b.SelesaiUtc, b.Venue, b.Alamat, b.Pin, b.Putaran,
                aturan.BatasUtc(b.MulaiUtc),
                b.Status is StatusEnrolmen.Terkonfirmasi or StatusEnrolmen.DaftarTunggu && aturan.BolehBatal(b.MulaiUtc, now),
                b.SelesaiUtc > now, KehadiranDari(b.Status, b.Tanda));
        }).ToList();

        Terbuka = !KepalaDesa || saya.KecamatanKode is null
            ? []
            : (await db.Sesi.AsNoTracking()
                .Where(s => s.Status == StatusSesi.Dibuka && s.Kecamatan.Any(k => k.KecamatanKode == saya.KecamatanKode))
                .Select(s => new SesiTerbuka(s.Id, s.MulaiUtc, s.SelesaiUtc, s.Venue!.Nama, s.Venue.Alamat, s.Kapasitas, s.Terkonfirmasi, s.Putaran!.Nama, s.PutaranId))
                .ToListAsync())
            .Where(s => s.MulaiUtc > now)
            .OrderBy(s => s.MulaiUtc)
            .ToList();
    }
}
