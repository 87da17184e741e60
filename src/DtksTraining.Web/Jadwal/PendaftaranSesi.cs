using System.Security.Cryptography;
using DtksTraining.Web.Data;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Jadwal;

public sealed record HasilPendaftaran(int? EnrolmenId, StatusEnrolmen? Status, string? Galat)
{
    public static HasilPendaftaran Gagal(string pesan) => new(null, null, pesan);
}

// Seats are taken by one conditional UPDATE on the session row, so several web nodes can enrol at once without
// overbooking; the same row update serialises every change to a session's confirmed set.
public sealed class PendaftaranSesi(AppDbContext db, TimeProvider clock, KabarJadwal kabar, SqliteWriteLock kunciTulis)
{
    private const int MaksimumUlang = 5;
    private static readonly IReadOnlySet<string> TanpaPin = new HashSet<string>();

    public async Task<HasilPendaftaran> DaftarkanAsync(int sesiId, string pesertaId, string olehId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var peserta = await db.Users.AsNoTracking()
            .Where(u => u.Id == pesertaId)
            .Select(u => new { u.Aktif, KecamatanKode = u.Desa == null ? null : u.Desa.KecamatanKode })
            .SingleOrDefaultAsync(ct);
        if (peserta is null) return HasilPendaftaran.Gagal("Peserta tidak ditemukan.");
        if (!peserta.Aktif) return HasilPendaftaran.Gagal("Akun peserta ini dinonaktifkan.");
        if (peserta.KecamatanKode is null) return HasilPendaftaran.Gagal("Peserta belum terdaftar di sebuah desa.");

        var sesi = await db.Sesi.AsNoTracking()
            .Where(s => s.Id == sesiId)
            .Select(s => new { s.PutaranId, s.Status, s.MulaiUtc })
            .SingleOrDefaultAsync(ct);
        if (sesi is null) return HasilPendaftaran.Gagal("Sesi tidak ditemukan.");
        if (sesi.Status != StatusSesi.Dibuka) return HasilPendaftaran.Gagal("Sesi ini tidak sedang dibuka untuk pendaftaran.");
        if (now >= sesi.MulaiUtc) return HasilPendaftaran.Gagal("Sesi ini sudah dimulai.");
        if (await CekSatuKursiAsync(pesertaId, sesi.PutaranId, ct) is { } pesan) return HasilPendaftaran.Gagal(pesan);

        for (var percobaan = 1; ; percobaan++)
        {
            try
            {
                return await CobaDaftarAsync(sesiId, sesi.PutaranId, pesertaId, peserta.KecamatanKode, olehId, now, ct);
            }
            catch (DbUpdateException) when (percobaan < MaksimumUlang)
            {
                // Either the same person enrolled twice at once, or two PINs collided; only the latter is worth a retry.
                db.ChangeTracker.Clear();
                if (await CekSatuKursiAsync(pesertaId, sesi.PutaranId, ct) is { } bentrok) return HasilPendaftaran.Gagal(bentrok);
            }
        }
    }

    private async Task<HasilPendaftaran> CobaDaftarAsync(
        int sesiId, int putaranId, string pesertaId, string kecamatanKode, string olehId, DateTimeOffset now, CancellationToken ct)
    {
        using var tulis = await kunciTulis.MasukAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var status = StatusEnrolmen.DaftarTunggu;
        var diambil = await db.Sesi
            .Where(s => s.Id == sesiId && s.Status == StatusSesi.Dibuka && s.Terkonfirmasi < s.Kapasitas)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Terkonfirmasi, x => x.Terkonfirmasi + 1), ct);
        if (diambil == 1)
        {
            // The row is ours until commit, so the quota check below sees a settled session.
            if (AturanKursi.Minta(await KeadaanAsync(sesiId, ct), kecamatanKode, now) == HasilPermintaanKursi.Terkonfirmasi)
                status = StatusEnrolmen.Terkonfirmasi;
            else
                await UbahHitunganAsync(sesiId, -1, ct);
        }

        var enrolmen = new Enrolmen
        {
            SesiId = sesiId,
            PutaranId = putaranId,
            PesertaId = pesertaId,
            KecamatanKode = kecamatanKode,
            Status = status,
            DidaftarkanOleh = olehId,
            DidaftarPada = now,
            DikonfirmasiPada = status == StatusEnrolmen.Terkonfirmasi ? now : null,
            // A PIN already used in the round fails the unique index (PutaranId, Pin) and the caller retries; reading
            // every PIN of the round inside the write transaction cost more than the rare collision.
            Pin = PinCheckIn.Buat(TanpaPin),
            TokenQr = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
        };
        db.Enrolmen.Add(enrolmen);
        await db.SaveChangesAsync(ct);
        // The mail row commits with the seat: a crash leaves both or neither.
        await kabar.KirimAsync(enrolmen.Id, status == StatusEnrolmen.Terkonfirmasi ? JenisKabar.Terkonfirmasi : JenisKabar.DaftarTunggu, ct);
        await tx.CommitAsync(ct);
        return new HasilPendaftaran(enrolmen.Id, status, null);
    }

    public async Task<string?> BatalkanAsync(int enrolmenId, string? alasan, bool olehAdmin, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(alasan)) return "Alasan pembatalan wajib diisi.";
        if (alasan.Trim().Length > Enrolmen.PanjangAlasanMaks) return $"Alasan pembatalan paling panjang {Enrolmen.PanjangAlasanMaks} karakter.";
        var now = clock.GetUtcNow();
        var info = await db.Enrolmen.AsNoTracking()
            .Where(e => e.Id == enrolmenId)
            .Select(e => new { e.SesiId, e.Sesi!.MulaiUtc, e.Sesi.Putaran!.BatalHariSebelum, e.Sesi.Putaran.BatalJam })
            .SingleOrDefaultAsync(ct);
        if (info is null) return "Pendaftaran tidak ditemukan.";
        var aturan = new AturanPembatalan(info.BatalHariSebelum, info.BatalJam);
        if (!olehAdmin && !aturan.BolehBatal(info.MulaiUtc, now))
            return $"Batas pembatalan sudah lewat ({Wib.TampilSingkat(aturan.BatasUtc(info.MulaiUtc), Indonesia)}). Hubungi Dinas Sosial.";

        var dipromosikan = new List<int>();
        using (await kunciTulis.MasukAsync(ct))
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await KunciAsync(info.SesiId, ct);
            var enrolmen = await db.Enrolmen.SingleAsync(e => e.Id == enrolmenId, ct);
            if (enrolmen.Status == StatusEnrolmen.Dibatalkan) return "Pendaftaran ini sudah dibatalkan.";
            if (enrolmen.Status is StatusEnrolmen.Hadir or StatusEnrolmen.TidakHadir)
                return "Kehadiran sudah dicatat; pendaftaran ini tidak bisa dibatalkan lagi.";
            var memegangKursi = Enrolmen.MemegangKursi(enrolmen.Status);
            enrolmen.Status = StatusEnrolmen.Dibatalkan;
            enrolmen.Alasan = alasan.Trim();
            enrolmen.DibatalkanPada = now;
            enrolmen.Sequence++;
            await db.SaveChangesAsync(ct);
            if (memegangKursi)
            {
                await UbahHitunganAsync(info.SesiId, -1, ct);
                dipromosikan.AddRange(await PromosikanDalamTransaksiAsync(info.SesiId, now, 1, ct));
            }
            await kabar.KirimAsync(enrolmenId, JenisKabar.Dibatalkan, ct);
            foreach (var id in dipromosikan) await kabar.KirimAsync(id, JenisKabar.Naik, ct);
            await tx.CommitAsync(ct);
        }
        return null;
    }

    // Fills free seats from the wait-list, e.g. when a kecamatan's held seats are released.
    public async Task<IReadOnlyList<int>> PromosikanAsync(int sesiId, CancellationToken ct = default)
    {
        List<int> naik;
        using (await kunciTulis.MasukAsync(ct))
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (await db.Sesi.Where(s => s.Id == sesiId && s.Status == StatusSesi.Dibuka)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Sequence, x => x.Sequence), ct) == 0)
                return [];
            naik = await PromosikanDalamTransaksiAsync(sesiId, clock.GetUtcNow(), int.MaxValue, ct);
            foreach (var id in naik) await kabar.KirimAsync(id, JenisKabar.Naik, ct);
            await tx.CommitAsync(ct);
        }
        return naik;
    }

    public async Task<int> BatalkanSesiAsync(int sesiId, string alasan, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        List<int> dibatalkan;
        using (await kunciTulis.MasukAsync(ct))
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await KunciAsync(sesiId, ct);
            var enrolmen = await db.Enrolmen.Where(e => e.SesiId == sesiId && e.Status != StatusEnrolmen.Dibatalkan).ToListAsync(ct);
            foreach (var e in enrolmen)
            {
                e.Status = StatusEnrolmen.Dibatalkan;
                e.Alasan = alasan;
                e.DibatalkanPada = now;
                e.Sequence++;
            }
            await db.SaveChangesAsync(ct);
            await db.Sesi.Where(s => s.Id == sesiId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Terkonfirmasi, 0), ct);
            dibatalkan = enrolmen.Select(e => e.Id).ToList();
            foreach (var id in dibatalkan) await kabar.KirimAsync(id, JenisKabar.Dibatalkan, ct);
            await tx.CommitAsync(ct);
        }
        return dibatalkan.Count;
    }

    private async Task<List<int>> PromosikanDalamTransaksiAsync(int sesiId, DateTimeOffset now, int paling, CancellationToken ct)
    {
        var keadaan = await KeadaanAsync(sesiId, ct);
        var antrean = await db.Enrolmen.AsNoTracking()
            .Where(e => e.SesiId == sesiId && e.Status == StatusEnrolmen.DaftarTunggu)
            .Select(e => new AntreanTunggu(e.Id, e.KecamatanKode, e.DidaftarPada))
            .ToListAsync(ct);
        var pilihan = AturanKursi.Promosikan(keadaan, antrean, now).Take(paling).Select(a => a.EnrolmenId).ToList();
        if (pilihan.Count == 0) return [];
        var naik = await db.Enrolmen.Where(e => pilihan.Contains(e.Id)).ToListAsync(ct);
        foreach (var e in naik)
        {
            e.Status = StatusEnrolmen.Terkonfirmasi;
            e.DikonfirmasiPada = now;
            e.Sequence++;
        }
        await db.SaveChangesAsync(ct);
        await UbahHitunganAsync(sesiId, naik.Count, ct);
        return pilihan;
    }

    private async Task<KeadaanSesi> KeadaanAsync(int sesiId, CancellationToken ct)
    {
        var kapasitas = await db.Sesi.Where(s => s.Id == sesiId).Select(s => s.Kapasitas).SingleAsync(ct);
        var kuota = await db.SesiKecamatan.AsNoTracking()
            .Where(k => k.SesiId == sesiId)
            .Select(k => new KuotaKecamatan(k.KecamatanKode, k.Kursi, k.DilepasPada))
            .ToListAsync(ct);
        var terkonfirmasi = await db.Enrolmen
            .Where(e => e.SesiId == sesiId &&
                        (e.Status == StatusEnrolmen.Terkonfirmasi || e.Status == StatusEnrolmen.Hadir || e.Status == StatusEnrolmen.TidakHadir))
            .GroupBy(e => e.KecamatanKode)
            .Select(g => new { g.Key, Jumlah = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Jumlah, ct);
        return new KeadaanSesi(kapasitas, kuota, terkonfirmasi);
    }

    private Task<int> UbahHitunganAsync(int sesiId, int selisih, CancellationToken ct) =>
        db.Sesi.Where(s => s.Id == sesiId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Terkonfirmasi, x => x.Terkonfirmasi + selisih), ct);

    // A no-op update takes the session's row lock (PostgreSQL) or the write lock (SQLite) before anything is read.
    private Task<int> KunciAsync(int sesiId, CancellationToken ct) =>
        db.Sesi.Where(s => s.Id == sesiId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Terkonfirmasi, x => x.Terkonfirmasi), ct);

    private async Task<string?> CekSatuKursiAsync(string pesertaId, int putaranId, CancellationToken ct)
    {
        var ada = await db.Enrolmen.AsNoTracking()
            .Where(e => e.PesertaId == pesertaId && e.PutaranId == putaranId)
            .Select(e => new EnrolmenPeserta(e.Id, e.PesertaId, e.PutaranId, e.Status))
            .ToListAsync(ct);
        return AturanKursi.CekSatuKursiPerPutaran(pesertaId, putaranId, ada);
    }

    private static readonly System.Globalization.CultureInfo Indonesia = System.Globalization.CultureInfo.GetCultureInfo("id-ID");
}
