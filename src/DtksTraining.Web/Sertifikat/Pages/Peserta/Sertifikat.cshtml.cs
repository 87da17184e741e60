using DtksTraining.Web.Belajar.Pages.Belajar;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sertifikat.Pages.Peserta;

// "Sertifikat saya": the participant's current certificates, and for every other round what is still missing.
public class SertifikatModel(AppDbContext db, PenerbitSertifikat penerbit) : PageModel
{
    public sealed record Milik(long Id, string Nomor, string NamaPutaran, DateTimeOffset DiterbitkanPada, StatusSertifikat Status,
        string? AlasanCabut, int Versi);

    public sealed record Belum(string NamaPutaran, bool Layak, IReadOnlyList<Kekurangan> Kekurangan);

    public List<Milik> Sertifikat { get; private set; } = [];
    public List<Belum> BelumLengkap { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var saya = PesertaBelajar.Id(User);
        Sertifikat = await db.Sertifikat.AsNoTracking().Where(s => s.UserId == saya && s.Terkini)
            .OrderByDescending(s => s.DiterbitkanPada)
            .Select(s => new Milik(s.Id, s.Nomor, s.NamaPutaran, s.DiterbitkanPada, s.Status, s.AlasanCabut, s.Versi))
            .ToListAsync(ct);

        // Rounds the participant enrolled in (not cancelled, not wait-listed) or attended, and holds no certificate for: one query.
        var putaran = await db.PutaranPelatihan.AsNoTracking()
            .Where(p => (db.Enrolmen.Any(e => e.PutaranId == p.Id && e.PesertaId == saya
                             && e.Status != StatusEnrolmen.Dibatalkan && e.Status != StatusEnrolmen.DaftarTunggu)
                         || db.Kehadiran.Any(k => k.PesertaId == saya && k.Sesi!.PutaranId == p.Id))
                        && !db.Sertifikat.Any(s => s.UserId == saya && s.Terkini && s.PutaranId == p.Id))
            .OrderByDescending(p => p.TanggalMulai).Select(p => new { p.Id, p.Nama }).ToListAsync(ct);
        foreach (var p in putaran)
            if (await penerbit.PeriksaAsync(saya, p.Id, ct) is { } hasil)
                BelumLengkap.Add(new Belum(p.Nama, hasil.Layak, hasil.Kekurangan));
    }

    public async Task<IActionResult> OnGetPdfAsync(long id, CancellationToken ct)
    {
        var saya = PesertaBelajar.Id(User);
        var s = await db.Sertifikat.AsNoTracking().Where(x => x.Id == id && x.UserId == saya)
            .Select(x => new { x.Nomor, x.Pdf }).SingleOrDefaultAsync(ct);
        return s is null ? NotFound() : File(s.Pdf, "application/pdf", KabarSertifikat.NamaBerkas(s.Nomor));
    }
}
