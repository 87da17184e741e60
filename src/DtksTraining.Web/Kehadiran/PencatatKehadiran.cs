using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sertifikat;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Kehadiran;

public sealed record PesertaSesi(string PesertaId, string Nama, string Jabatan, string Desa, StatusKehadiran? Status, bool TanpaDaftar);

public sealed record HasilCatat(string? Galat, string? NamaPeserta = null, StatusKehadiran? Status = null)
{
    public bool Berhasil => Galat is null;
}

// One mark per participant and session: marking again (a retry from a phone that lost signal) updates, never duplicates.
public sealed class PencatatKehadiran(AppDbContext db, TimeProvider clock, PemicuSertifikat pemicuSertifikat)
{
    public async Task<HasilCatat> CatatAsync(int sesiId, string pesertaId, StatusKehadiran status, CaraCatat cara,
        string oleh, bool olehAdmin, bool tanpaDaftar = false, CancellationToken ct = default, string? idTandaKlien = null)
    {
        var sesi = await db.Sesi.AsNoTracking().Where(s => s.Id == sesiId)
            .Select(s => new { s.MulaiUtc, s.Tanggal, s.Status, s.PutaranId }).SingleOrDefaultAsync(ct);
        if (sesi is null) return new("Sesi tidak ditemukan.");
        if (sesi.Status == StatusSesi.Dibatalkan) return new("Sesi ini dibatalkan.");
        var now = clock.GetUtcNow();
        if (AturanKehadiran.CekJendela(sesi.MulaiUtc, sesi.Tanggal, now, olehAdmin) is { } tertutup) return new(tertutup);

        var peserta = await db.Users.AsNoTracking().Where(u => u.Id == pesertaId)
            .Select(u => new { u.NamaLengkap, u.Aktif }).SingleOrDefaultAsync(ct);
        if (peserta is null) return new("Peserta tidak ditemukan.");
        var enrolmen = await db.Enrolmen.SingleOrDefaultAsync(e => e.SesiId == sesiId && e.PesertaId == pesertaId
            && (e.Status == StatusEnrolmen.Terkonfirmasi || e.Status == StatusEnrolmen.Hadir || e.Status == StatusEnrolmen.TidakHadir), ct);
        if (enrolmen is null && !tanpaDaftar)
            return new($"{peserta.NamaLengkap} tidak terdaftar di sesi ini. Tambahkan sebagai peserta tanpa pendaftaran bila memang datang.");

        for (var percobaan = 0; ; percobaan++)
        {
            var tanda = await db.Kehadiran.SingleOrDefaultAsync(k => k.SesiId == sesiId && k.PesertaId == pesertaId, ct);
            if (tanda is null)
            {
                tanda = new KehadiranPeserta { SesiId = sesiId, PesertaId = pesertaId, DicatatOleh = oleh, TanpaDaftar = enrolmen is null };
                db.Kehadiran.Add(tanda);
            }
            tanda.Status = status;
            tanda.Cara = cara;
            tanda.EnrolmenId = enrolmen?.Id;
            tanda.DicatatOleh = oleh;
            tanda.DicatatPada = now;
            tanda.IdTandaKlien = idTandaKlien;
            if (enrolmen is not null)
                enrolmen.Status = AturanKehadiran.MenghitungHadir(status) ? StatusEnrolmen.Hadir : StatusEnrolmen.TidakHadir;
            try
            {
                await db.SaveChangesAsync(ct);
                if (AturanKehadiran.MenghitungHadir(status)) pemicuSertifikat.Putaran(pesertaId, sesi.PutaranId);
                return new(null, peserta.NamaLengkap, status);
            }
            catch (DbUpdateException) when (percobaan == 0)
            {
                // Two devices marked the same person at once; the second one updates the first's row.
                db.ChangeTracker.Clear();
                if (enrolmen is not null) enrolmen = await db.Enrolmen.SingleAsync(e => e.Id == enrolmen.Id, ct);
            }
        }
    }

    public Task<byte[]> KunciQrAsync(CancellationToken ct = default) => db.KunciQrPesertaAsync(clock, ct);

    // The facilitator's camera read a participant's personal QR: DTKS1:<enrolmenId>:<signature>.
    public async Task<HasilCatat> CheckInQrAsync(int sesiId, string? payload, string oleh, bool olehAdmin, CancellationToken ct = default)
    {
        var enrolmenId = QrPeserta.Verifikasi(payload, await KunciQrAsync(ct));
        if (enrolmenId is null) return new("Kode QR tidak dikenali. Pakai PIN dari surat undangan.");
        var enrolmen = await db.Enrolmen.AsNoTracking()
            .Where(e => e.Id == enrolmenId && e.SesiId == sesiId && e.Status != StatusEnrolmen.Dibatalkan && e.Status != StatusEnrolmen.DaftarTunggu)
            .Select(e => new { e.PesertaId, e.Sesi!.MulaiUtc }).SingleOrDefaultAsync(ct);
        if (enrolmen is null) return new("Kode QR ini bukan untuk sesi ini. Periksa tanggal pada surat undangan.");
        var status = AturanKehadiran.StatusSaatDatang(enrolmen.MulaiUtc, clock.GetUtcNow());
        return await CatatAsync(sesiId, enrolmen.PesertaId, status, CaraCatat.Qr, oleh, olehAdmin, ct: ct);
    }

    public async Task<HasilCatat> CheckInPinAsync(int sesiId, string? pin, string oleh, bool olehAdmin, CancellationToken ct = default)
    {
        var rapi = new string((pin ?? "").Where(char.IsDigit).ToArray());
        if (!PinCheckIn.FormatSah(rapi)) return new("PIN terdiri dari 6 angka, seperti tercetak di surat undangan.");
        var enrolmen = await db.Enrolmen.AsNoTracking()
            .Where(e => e.SesiId == sesiId && e.Pin == rapi && e.Status != StatusEnrolmen.Dibatalkan && e.Status != StatusEnrolmen.DaftarTunggu)
            .Select(e => new { e.PesertaId, e.Sesi!.MulaiUtc }).SingleOrDefaultAsync(ct);
        if (enrolmen is null) return new("PIN tidak cocok dengan peserta sesi ini. Periksa lagi surat undangan.");
        var status = AturanKehadiran.StatusSaatDatang(enrolmen.MulaiUtc, clock.GetUtcNow());
        return await CatatAsync(sesiId, enrolmen.PesertaId, status, CaraCatat.Pin, oleh, olehAdmin, ct: ct);
    }

    // Everyone who belongs on the sheet: enrolled seat holders with their mark (if any), then walk-ins.
    public async Task<List<PesertaSesi>> DaftarAsync(int sesiId, CancellationToken ct = default)
    {
        var terdaftar = await db.Enrolmen.AsNoTracking()
            .Where(e => e.SesiId == sesiId && (e.Status == StatusEnrolmen.Terkonfirmasi || e.Status == StatusEnrolmen.Hadir || e.Status == StatusEnrolmen.TidakHadir))
            .Select(e => new { e.PesertaId, e.Peserta!.NamaLengkap, e.Peserta.Jabatan, Desa = e.Peserta.Desa!.Nama })
            .ToListAsync(ct);
        var tanda = await db.Kehadiran.AsNoTracking().Where(k => k.SesiId == sesiId)
            .Select(k => new { k.PesertaId, k.Status, k.TanpaDaftar, k.Peserta!.NamaLengkap, k.Peserta.Jabatan, Desa = k.Peserta.Desa!.Nama })
            .ToListAsync(ct);
        var statusPer = tanda.ToDictionary(t => t.PesertaId);
        return terdaftar
            .Select(e => new PesertaSesi(e.PesertaId, e.NamaLengkap, e.Jabatan ?? "", e.Desa ?? "",
                statusPer.TryGetValue(e.PesertaId, out var t) ? t.Status : null, false))
            .Concat(tanda.Where(t => t.TanpaDaftar)
                .Select(t => new PesertaSesi(t.PesertaId, t.NamaLengkap, t.Jabatan ?? "", t.Desa ?? "", t.Status, true)))
            .OrderBy(p => p.Desa).ThenBy(p => p.Nama)
            .ToList();
    }
}
