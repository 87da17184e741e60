using System.Globalization;
using System.Text;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Cakupan;

// Monday 07.00 WIB: the coverage figures of the current round to every Admin, in Bahasa.
// Keyed per ISO week and Admin in the outbox, so a retried or repeated run in the same week sends nothing twice.
public sealed class RingkasanMingguanJob(AppDbContext db, PustakaLatihan pustaka, MailOutbox outbox, TimeProvider clock)
{
    public const string Id = "ringkasan-mingguan";
    public const string Jadwal = "0 7 * * 1";

    public static string KunciDedup(DateOnly hariWib, string adminId) =>
        $"ringkasan-mingguan:{ISOWeek.GetYear(hariWib.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(hariWib.ToDateTime(TimeOnly.MinValue)):00}:{adminId}";

    public async Task<int> KirimAsync(CancellationToken cancellationToken)
    {
        var hari = Wib.Hari(clock.GetUtcNow());
        var admin = await (from u in db.Users
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           where r.Name == Peran.Admin && u.Aktif && u.Email != null
                           select new { u.Id, u.NamaLengkap, Email = u.Email! }).AsNoTracking().ToListAsync(cancellationToken);
        if (admin.Count == 0) return 0;
        var putaran = await db.PutaranPelatihan.AsNoTracking()
            .OrderByDescending(p => p.Status == StatusPutaran.Berjalan).ThenByDescending(p => p.TanggalMulai)
            .Select(p => new { p.Id, p.Nama }).FirstOrDefaultAsync(cancellationToken);
        var data = await SumberCakupan.MuatAsync(db, pustaka, putaran?.Id, cancellationToken);
        var perDesa = HitungCakupan.PerDesa(data.Desa, data.Peserta, data.JumlahLatihanWajib);
        var perKecamatan = HitungCakupan.PerKecamatan(perDesa, data.Peserta, data.JumlahLatihanWajib);
        var teks = Isi(hari, putaran?.Nama, perDesa, perKecamatan);
        var subjek = $"Ringkasan mingguan cakupan pelatihan DTKS – {hari.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"))}";
        var terkirim = 0;
        foreach (var a in admin)
            if (await outbox.QueueAsync(KunciDedup(hari, a.Id), MailComposer.Compose(a.Email, a.NamaLengkap, subjek, teks), cancellationToken) is not null)
                terkirim++;
        return terkirim;
    }

    private static string Isi(DateOnly hari, string? putaran, IReadOnlyList<CakupanDesa> perDesa, IReadOnlyList<CakupanKecamatan> perKecamatan)
    {
        var id = CultureInfo.GetCultureInfo("id-ID");
        var t = new StringBuilder();
        t.AppendLine("Yth. Admin Dinas Sosial,").AppendLine();
        t.AppendLine(id, $"Ringkasan cakupan pelatihan pemutakhiran DTKS per {hari.ToString("dddd, d MMMM yyyy", id)}")
            .AppendLine(id, $"Putaran: {putaran ?? "(belum ada putaran)"}").AppendLine();
        var lengkap = perDesa.Count(d => d.TerlatihLengkap);
        t.AppendLine(id, $"Desa terlatih lengkap (Kepala Desa dan operator hadir): {lengkap} dari {perDesa.Count} desa ({(perDesa.Count == 0 ? 0 : 100.0 * lengkap / perDesa.Count):F0}%)");
        t.AppendLine(id, $"Desa yang belum ada satu pun terlatih: {perDesa.Count(d => d.BelumAdaYangTerlatih)}");
        t.AppendLine(id, $"Desa siap (kesiapan ≥ {HitungCakupan.AmbangSiap}): {perDesa.Count(d => d.Kesiapan >= HitungCakupan.AmbangSiap)}");
        var ikut = perKecamatan.Sum(k => k.IkutKuis);
        var lulus = perKecamatan.Sum(k => k.LulusKuis);
        t.AppendLine(id, $"Lulus kuis: {lulus} dari {ikut} peserta yang sudah ujian");
        t.AppendLine(id, $"Operator yang menyelesaikan sandbox: {perKecamatan.Sum(k => k.OperatorSandboxSelesai)} dari {perKecamatan.Sum(k => k.Operator)}");
        t.AppendLine(id, $"Tidak datang: {perKecamatan.Sum(k => k.TidakDatang)}").AppendLine();
        t.AppendLine("Per kecamatan (cakupan, lulus kuis, sandbox, rata-rata kesiapan, desa belum terlatih):");
        foreach (var k in perKecamatan)
            t.AppendLine(id, $"- {k.Nama}: {k.PersenCakupan:F0}%, {k.PersenLulusKuis:F0}%, {k.PersenSandbox:F0}%, {k.RataKesiapan:F0}, {k.DesaBelumTerlatih} desa");
        t.AppendLine().AppendLine("Rincian per desa ada di menu Cakupan pelatihan.").AppendLine().AppendLine("Surel ini dikirim otomatis setiap Senin pukul 07.00 WIB.");
        return t.ToString();
    }
}
