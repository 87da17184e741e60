using DtksTraining.Web.Akun;
using DtksTraining.Web.Data;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Kehadiran.Pages.Staf.Kehadiran;

public class SesiModel(AppDbContext db, PencatatKehadiran pencatat, TimeProvider clock, IStringLocalizer<SharedResource> S) : PageModel
{
    public int Id { get; private set; }
    public string Tempat { get; private set; } = "";
    public DateOnly Tanggal { get; private set; }
    public string Jam { get; private set; } = "";
    public string? JendelaTertutup { get; private set; }
    public List<PesertaSesi> Peserta { get; private set; } = [];
    // The whole session's count, also while the list is filtered by a search.
    public int JumlahHadir { get; private set; }
    public int JumlahPeserta { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public string? Pesan { get; private set; }
    public bool PesanGalat { get; private set; }
    public string? PinDiketik { get; private set; }
    public string? NamaPenggunaDiketik { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        // Shown by this page next to the PIN field; removed so the layout does not show it a second time.
        if (TempData["Pesan"] is string pesan) { Pesan = pesan; TempData.Remove("Pesan"); }
        return await MuatAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostTandaiAsync(int id, string pesertaId, StatusKehadiran status)
    {
        var hasil = await pencatat.CatatAsync(id, pesertaId, status, CaraCatat.Daftar, User.Identity!.Name!, User.IsInRole(Peran.Admin));
        return await SelesaiAsync(id, hasil, null, null);
    }

    // The roster script's queue: a mark made on the phone (possibly while offline) with the id the phone gave it.
    // Sending the same id again changes nothing, so a resend after a lost answer never counts twice;
    // a new id for the same participant replaces the earlier mark (one row per participant, the last mark wins).
    public async Task<IActionResult> OnPostAntreAsync(int id, string pesertaId, StatusKehadiran status, string idTanda)
    {
        if (string.IsNullOrWhiteSpace(idTanda) || idTanda.Length > 64) return BadRequest(new { galat = "Tanda tanpa id." });
        var sudah = await db.Kehadiran.AsNoTracking()
            .Where(k => k.SesiId == id && k.PesertaId == pesertaId && k.IdTandaKlien == idTanda)
            .Select(k => new { k.Status }).SingleOrDefaultAsync();
        if (sudah is not null)
        {
            var (hadirUlang, jumlahUlang) = await HitungAsync(id);
            return new JsonResult(new
            {
                ok = true, status = sudah.Status.ToString(), label = S[AturanKehadiran.Label(sudah.Status)].Value, ulang = true,
                dihitungHadir = AturanKehadiran.MenghitungHadir(sudah.Status), hadir = hadirUlang, jumlah = jumlahUlang,
            });
        }
        var hasil = await pencatat.CatatAsync(id, pesertaId, status, CaraCatat.Daftar, User.Identity!.Name!, User.IsInRole(Peran.Admin), idTandaKlien: idTanda);
        var (hadir, jumlah) = await HitungAsync(id);
        // A refused mark (window closed, not enrolled) will never succeed on resend: the phone drops it, reverts the card and shows why.
        return new JsonResult(hasil.Berhasil
            ? new
            {
                ok = true, status = hasil.Status!.Value.ToString(), label = S[AturanKehadiran.Label(hasil.Status.Value)].Value, ulang = false,
                dihitungHadir = AturanKehadiran.MenghitungHadir(hasil.Status.Value), hadir, jumlah,
            }
            : new { ok = false, status = "", label = hasil.Galat ?? "", ulang = false, dihitungHadir = false, hadir, jumlah });
    }

    private async Task<(int Hadir, int Jumlah)> HitungAsync(int id)
    {
        var daftar = await pencatat.DaftarAsync(id);
        return (daftar.Count(p => p.Status is { } s && AturanKehadiran.MenghitungHadir(s)), daftar.Count);
    }

    public async Task<IActionResult> OnPostQrAsync(int id, string? qr)
    {
        var hasil = await pencatat.CheckInQrAsync(id, qr, User.Identity!.Name!, User.IsInRole(Peran.Admin));
        return await SelesaiAsync(id, hasil, null, null);
    }

    public async Task<IActionResult> OnPostPinAsync(int id, string? pin)
    {
        var hasil = await pencatat.CheckInPinAsync(id, pin, User.Identity!.Name!, User.IsInRole(Peran.Admin));
        return await SelesaiAsync(id, hasil, hasil.Berhasil ? null : pin, null);
    }

    public async Task<IActionResult> OnPostTanpaDaftarAsync(int id, string? namaPengguna)
    {
        var nama = (namaPengguna ?? "").Trim().ToLowerInvariant();
        var pesertaId = await db.Users.Where(u => u.UserName == nama).Select(u => u.Id).SingleOrDefaultAsync();
        var mulai = await db.Sesi.Where(s => s.Id == id).Select(s => (DateTimeOffset?)s.MulaiUtc).SingleOrDefaultAsync();
        if (mulai is null) return NotFound();
        var hasil = pesertaId is null
            ? new HasilCatat($"Nama pengguna '{namaPengguna}' tidak ditemukan. Buat akunnya dulu di menu Pengguna.")
            : await pencatat.CatatAsync(id, pesertaId, AturanKehadiran.StatusSaatDatang(mulai.Value, clock.GetUtcNow()),
                CaraCatat.Daftar, User.Identity!.Name!, User.IsInRole(Peran.Admin), tanpaDaftar: true);
        return await SelesaiAsync(id, hasil, null, hasil.Berhasil ? null : namaPengguna);
    }

    private async Task<IActionResult> SelesaiAsync(int id, HasilCatat hasil, string? pin, string? namaPengguna)
    {
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = $"{hasil.NamaPeserta}: {AturanKehadiran.Label(hasil.Status!.Value)}.";
            return RedirectToPage(new { id, q = Q });
        }
        // Keep what was typed and say what went wrong, on the same page.
        Pesan = hasil.Galat;
        PesanGalat = true;
        PinDiketik = pin;
        NamaPenggunaDiketik = namaPengguna;
        return await MuatAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> MuatAsync(int id)
    {
        var sesi = await db.Sesi.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.Id, s.Tanggal, s.MulaiUtc, s.SelesaiUtc, Tempat = s.Venue!.Nama }).SingleOrDefaultAsync();
        if (sesi is null) return false;
        Id = sesi.Id;
        Tempat = sesi.Tempat;
        Tanggal = sesi.Tanggal;
        Jam = $"{Wib.Dari(sesi.MulaiUtc):HH.mm}–{Wib.Dari(sesi.SelesaiUtc):HH.mm}";
        JendelaTertutup = AturanKehadiran.CekJendela(sesi.MulaiUtc, sesi.Tanggal, clock.GetUtcNow(), User.IsInRole(Peran.Admin));

        var semua = await pencatat.DaftarAsync(id);
        JumlahHadir = semua.Count(p => p.Status is { } s && AturanKehadiran.MenghitungHadir(s));
        JumlahPeserta = semua.Count;
        Peserta = semua
            .Where(p => string.IsNullOrWhiteSpace(Q)
                        || p.Nama.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase)
                        || p.Desa.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        return true;
    }
}
