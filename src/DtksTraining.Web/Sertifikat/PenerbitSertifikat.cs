using System.Security.Cryptography;
using DtksTraining.Web.Data;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DtksTraining.Web.Sertifikat;

public enum HasilTerbit { Diterbitkan, SudahAda, TidakLayak, TidakDitemukan }

public sealed record Penerbitan(HasilTerbit Hasil, long? SertifikatId, HasilKelayakan? Kelayakan = null);

// Issues, corrects and revokes certificates. The number, PDF, hash and signed credential are made in the transaction
// that stores the row, so a rolled-back attempt gives its number back and a certificate never lacks its files.
public sealed class PenerbitSertifikat(AppDbContext db, PustakaLatihan pustaka, SqliteWriteLock kunciTulis, KabarSertifikat kabar, IOptions<DinsosOptions> dinsos, TimeProvider clock)
{
    private sealed record Peserta(string Nama, string Desa, string Kecamatan, string? KecamatanKode, string? Peran);

    public Task<long?> IdTerkiniAsync(string userId, int putaranId, CancellationToken ct = default) =>
        db.Sertifikat.AsNoTracking().Where(s => s.UserId == userId && s.PutaranId == putaranId && s.Terkini)
            .Select(s => (long?)s.Id).FirstOrDefaultAsync(ct);

    public async Task<HasilKelayakan?> PeriksaAsync(string userId, int putaranId, CancellationToken ct = default) =>
        await PesertaAsync(userId, ct) is { } p ? await FaktaSertifikat.PeriksaAsync(db, pustaka, userId, p.Peran ?? "", putaranId, ct) : null;

    public async Task<Penerbitan> TerbitkanAsync(string userId, int putaranId, CancellationToken ct = default)
    {
        if (await IdTerkiniAsync(userId, putaranId, ct) is { } ada) return new(HasilTerbit.SudahAda, ada);
        if (await PesertaAsync(userId, ct) is not { } peserta) return new(HasilTerbit.TidakDitemukan, null);
        var kelayakan = await FaktaSertifikat.PeriksaAsync(db, pustaka, userId, peserta.Peran ?? "", putaranId, ct);
        if (kelayakan is null) return new(HasilTerbit.TidakDitemukan, null);
        if (!kelayakan.Layak) return new(HasilTerbit.TidakLayak, null, kelayakan);

        var sesi = await db.Kehadiran.AsNoTracking()
            .Where(k => k.PesertaId == userId && k.Sesi!.PutaranId == putaranId
                        && (k.Status == StatusKehadiran.Hadir || k.Status == StatusKehadiran.Terlambat))
            .OrderBy(k => k.Sesi!.Tanggal)
            .Select(k => new { k.Sesi!.Tanggal, Tempat = k.Sesi.Venue!.Nama, NamaPutaran = k.Sesi.Putaran!.Nama })
            .FirstAsync(ct);
        var baru = new SertifikatTerbit
        {
            Nomor = "", UserId = userId, PutaranId = putaranId, Peran = peserta.Peran!, Nama = peserta.Nama,
            Desa = peserta.Desa, Kecamatan = peserta.Kecamatan, KecamatanKode = peserta.KecamatanKode,
            NamaPutaran = sesi.NamaPutaran, TanggalSesi = sesi.Tanggal, Tempat = sesi.Tempat, Nilai = kelayakan.NilaiUjian, Sha256 = "",
        };
        var id = await SimpanAsync(baru, null, ct);
        return id is null
            ? new(HasilTerbit.SudahAda, await IdTerkiniAsync(userId, putaranId, ct))
            : new(HasilTerbit.Diterbitkan, id);
    }

    // A correction is a new version with a new number; the old one stays, linked, and no longer current.
    public async Task<long?> KoreksiAsync(long sertifikatId, string namaBaru, CancellationToken ct = default)
    {
        var lama = await db.Sertifikat.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sertifikatId, ct);
        if (lama is null || !lama.Terkini || lama.Status != StatusSertifikat.Berlaku) return null;
        var baru = new SertifikatTerbit
        {
            Nomor = "", Versi = lama.Versi + 1, MenggantikanId = lama.Id, UserId = lama.UserId, PutaranId = lama.PutaranId,
            Peran = lama.Peran, Nama = namaBaru.Trim(), Desa = lama.Desa, Kecamatan = lama.Kecamatan, KecamatanKode = lama.KecamatanKode,
            NamaPutaran = lama.NamaPutaran, TanggalSesi = lama.TanggalSesi, Tempat = lama.Tempat, Nilai = lama.Nilai, Sha256 = "",
        };
        return await SimpanAsync(baru, NomorSertifikat.Parse(lama.Nomor), ct);
    }

    // Tracked rather than a bulk update so the audit trail records who revoked and why.
    public async Task<bool> CabutAsync(long sertifikatId, string alasan, string oleh, CancellationToken ct = default)
    {
        var s = await db.Sertifikat.SingleOrDefaultAsync(x => x.Id == sertifikatId, ct);
        if (s is null || !s.Terkini || s.Status != StatusSertifikat.Berlaku) return false;
        s.Status = StatusSertifikat.Dicabut;
        s.AlasanCabut = alasan.Trim();
        s.DicabutPada = clock.GetUtcNow();
        s.DicabutOleh = oleh;
        await db.SaveChangesAsync(ct);
        return true;
    }

    // Null when another run got there first (the participant already has a current certificate, or the old version
    // was already replaced or revoked); nothing is kept and the number is not used up.
    private async Task<long?> SimpanAsync(SertifikatTerbit baru, NomorSertifikat? menggantikan, CancellationToken ct)
    {
        var kunci = await db.KunciPenerbitAsync(clock, ct);
        var diterbitkan = clock.GetUtcNow();
        using var antre = await kunciTulis.MasukAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var nomor = await PenomoranSertifikat.AmbilAsync(db, Wib.Dari(diterbitkan).Year, ct);
            // The counter row is locked from here until commit, so this check sees any run that committed before us.
            if (menggantikan is null)
            {
                if (await db.Sertifikat.AnyAsync(s => s.UserId == baru.UserId && s.PutaranId == baru.PutaranId && s.Terkini, ct))
                    return null;
            }
            else
            {
                var diganti = await db.Sertifikat.Where(s => s.Id == baru.MenggantikanId && s.Terkini && s.Status == StatusSertifikat.Berlaku)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.Terkini, false), ct);
                if (diganti != 1) return null;
            }
            Isi(baru, nomor, diterbitkan, menggantikan, kunci);
            db.Sertifikat.Add(baru);
            await db.SaveChangesAsync(ct);
            if (baru.MenggantikanId is { } lamaId)
                await db.Sertifikat.Where(s => s.Id == lamaId).ExecuteUpdateAsync(u => u.SetProperty(s => s.DigantikanOlehId, baru.Id), ct);
            // The mail to the owner commits with the certificate: a crash leaves both or neither.
            await kabar.KirimAsync(baru.Id, ct);
            await tx.CommitAsync(ct);
            return baru.Id;
        }
        catch (DbUpdateException)
        {
            // The unique index on current (UserId, PutaranId) stopped a second certificate from a concurrent run.
            await tx.RollbackAsync(CancellationToken.None);
            db.Entry(baru).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
            if (await db.Sertifikat.AnyAsync(s => s.UserId == baru.UserId && s.PutaranId == baru.PutaranId && s.Terkini, ct))
                return null;
            throw;
        }
    }

    private void Isi(SertifikatTerbit s, NomorSertifikat nomor, DateTimeOffset diterbitkan, NomorSertifikat? menggantikan, KunciPenerbit kunci)
    {
        var d = dinsos.Value;
        var url = d.AlamatPublik("/verifikasi/" + nomor.UntukUrl).AbsoluteUri;
        s.Nomor = nomor.ToString();
        s.Tahun = nomor.Tahun;
        s.Urutan = nomor.Urutan;
        s.DiterbitkanPada = diterbitkan;
        s.Status = StatusSertifikat.Berlaku;
        s.Terkini = true;
        s.Garam = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var penandatangan = d.Penandatangan;
        s.PenandatanganNama = penandatangan.Nama;
        s.PenandatanganNip = penandatangan.Nip;
        s.PenandatanganJabatan = penandatangan.Jabatan;
        s.Pdf = SertifikatPdf.Buat(new DataSertifikatPdf(nomor, s.Nama, s.Peran, s.Desa, s.Kecamatan, s.NamaPutaran,
            s.TanggalSesi, s.Tempat, s.Nilai, diterbitkan, penandatangan, url, menggantikan));
        s.Sha256 = DocumentHash.Sha256Hex(s.Pdf);
        var pencapaian = KredensialOpenBadge.PencapaianBaku(
            d.AlamatPublik($"/verifikasi/pencapaian/{s.PutaranId}/{s.Peran}").AbsoluteUri, s.Peran, s.NamaPutaran);
        var kredensial = KredensialOpenBadge.Buat(new DataKredensial(url, d.AlamatPublik("/verifikasi/penerbit.json").AbsoluteUri,
            KredensialOpenBadge.NamaDinsos, s.Nama, s.UserId, s.Garam, pencapaian, diterbitkan,
            d.AlamatPublik("/verifikasi/pencabutan.json").AbsoluteUri));
        s.VcJwt = VcJwt.Tandatangani(kredensial, kunci);
    }

    private Task<Peserta?> PesertaAsync(string userId, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new Peserta(u.NamaLengkap, u.Desa!.Nama ?? "", u.Desa.Kecamatan!.Nama ?? "", u.Desa.KecamatanKode,
                db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .Where(n => n == Web.Akun.Peran.KepalaDesa || n == Web.Akun.Peran.Operator)
                    .FirstOrDefault()))
            .SingleOrDefaultAsync(ct);
}
