using System.Globalization;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DtksTraining.Web.Jadwal;

public enum JenisKabar
{
    Terkonfirmasi,
    DaftarTunggu,
    Naik,
    Dibatalkan,
}

public sealed record RincianEnrolmen(
    int EnrolmenId,
    StatusEnrolmen Status,
    int Sequence,
    string Pin,
    string NamaPeserta,
    string? EmailPeserta,
    DateOnly Tanggal,
    DateTimeOffset MulaiUtc,
    DateTimeOffset SelesaiUtc,
    string NamaVenue,
    string AlamatVenue,
    string NamaPutaran,
    DateTimeOffset BatasBatalUtc)
{
    public TimeOnly JamMulai => TimeOnly.FromDateTime(Wib.Dari(MulaiUtc).DateTime);
    public TimeOnly JamSelesai => TimeOnly.FromDateTime(Wib.Dari(SelesaiUtc).DateTime);
}

// Bahasa mail for each change of a participant's seat; the outbox's DedupKey makes every one go out at most once.
public sealed class KabarJadwal(AppDbContext db, MailOutbox outbox, IOptions<SmtpOptions> smtp, TimeProvider clock)
{
    private static readonly CultureInfo Indonesia = CultureInfo.GetCultureInfo("id-ID");

    public static string KunciDedup(int enrolmenId, JenisKabar jenis) => $"jadwal:enrolmen-{enrolmenId}:{jenis}";

    public Task<RincianEnrolmen?> RincianAsync(int enrolmenId, CancellationToken ct = default) =>
        db.Enrolmen.AsNoTracking()
            .Where(e => e.Id == enrolmenId)
            .Select(e => new RincianEnrolmen(
                e.Id, e.Status, e.Sequence + e.Sesi!.Sequence, e.Pin, e.Peserta!.NamaLengkap, e.Peserta.Email,
                e.Sesi.Tanggal, e.Sesi.MulaiUtc, e.Sesi.SelesaiUtc, e.Sesi.Venue!.Nama, e.Sesi.Venue.Alamat,
                e.Sesi.Putaran!.Nama,
                new AturanPembatalan(e.Sesi.Putaran.BatalHariSebelum, e.Sesi.Putaran.BatalJam).BatasUtc(e.Sesi.MulaiUtc)))
            .SingleOrDefaultAsync(ct);

    public string Kalender(RincianEnrolmen r)
    {
        var undangan = new UndanganKalender(r.EnrolmenId, r.Sequence, r.Tanggal, r.JamMulai, r.JamSelesai, r.NamaVenue,
            r.AlamatVenue, r.NamaPeserta, r.EmailPeserta, smtp.Value.From, clock.GetUtcNow());
        return r.Status == StatusEnrolmen.Dibatalkan ? KalenderUndangan.BuatPembatalan(undangan) : KalenderUndangan.BuatUndangan(undangan);
    }

    public async Task KirimAsync(int enrolmenId, JenisKabar jenis, CancellationToken ct = default)
    {
        var r = await RincianAsync(enrolmenId, ct);
        if (r?.EmailPeserta is not { Length: > 0 } email) return;
        var waktu = Waktu(r);
        var (subjek, isi, lampiran) = jenis switch
        {
            JenisKabar.Terkonfirmasi => ("Kursi pelatihan DTKS Anda terkonfirmasi",
                $"Kursi Anda sudah terkonfirmasi.\n\n{waktu}\nPIN check-in: {r.Pin}\n\nBila berhalangan, batalkan sebelum {Wib.Tampil(r.BatasBatalUtc, Indonesia)} lewat menu Jadwal saya.",
                true),
            JenisKabar.Naik => ("Anda mendapat kursi pelatihan DTKS",
                $"Ada kursi yang kosong dan Anda naik dari daftar tunggu. Kursi Anda sudah terkonfirmasi.\n\n{waktu}\nPIN check-in: {r.Pin}\n\nBila berhalangan, batalkan sebelum {Wib.Tampil(r.BatasBatalUtc, Indonesia)} lewat menu Jadwal saya.",
                true),
            JenisKabar.DaftarTunggu => ("Anda masuk daftar tunggu pelatihan DTKS",
                $"Kursi sesi ini sudah penuh, jadi Anda masuk daftar tunggu. Kami mengabari Anda bila ada kursi kosong.\n\n{waktu}",
                false),
            _ => ("Pendaftaran pelatihan DTKS dibatalkan",
                $"Pendaftaran Anda untuk sesi berikut dibatalkan.\n\n{waktu}",
                true),
        };
        await KirimAsync(KunciDedup(enrolmenId, jenis), r, email, subjek, isi, lampiran, ct);
    }

    // The session's time or place changed: the same UID with a higher SEQUENCE, so calendars update the existing event.
    public static string KunciPerubahan(int enrolmenId, int sequence) => $"jadwal:enrolmen-{enrolmenId}:Diubah:{sequence}";

    public async Task<bool> KirimPerubahanAsync(int enrolmenId, IReadOnlyList<string> perubahan, CancellationToken ct = default)
    {
        var r = await RincianAsync(enrolmenId, ct);
        if (r?.EmailPeserta is not { Length: > 0 } email || r.Status != StatusEnrolmen.Terkonfirmasi) return false;
        var isi = "Jadwal pelatihan Anda berubah:\n" + string.Join("\n", perubahan.Select(p => "- " + p)) +
                  $"\n\nJadwal yang berlaku sekarang:\n{Waktu(r)}\nPIN check-in: {r.Pin}\n\nUndangan kalender terlampir menggantikan undangan sebelumnya.";
        return await KirimAsync(KunciPerubahan(enrolmenId, r.Sequence), r, email, "Perubahan jadwal pelatihan DTKS", isi, true, ct);
    }

    public async Task<bool> KirimPengingatAsync(int enrolmenId, JenisPengingat jenis, CancellationToken ct = default)
    {
        var r = await RincianAsync(enrolmenId, ct);
        if (r?.EmailPeserta is not { Length: > 0 } email) return false;
        var hari = Pengingat.HariSebelum(jenis) == 1 ? "besok" : $"{Pengingat.HariSebelum(jenis)} hari lagi";
        var isi = $"Pengingat ({Pengingat.Label(jenis)}): pelatihan pemutakhiran DTKS Anda {hari}.\n\n{Waktu(r)}\nPIN check-in: {r.Pin}\n\nDatang 30 menit sebelum mulai dan bawa KTP.";
        return await KirimAsync(Pengingat.KunciDedup(enrolmenId, jenis), r, email, $"Pengingat {Pengingat.Label(jenis)}: pelatihan DTKS", isi, true, ct);
    }

    private async Task<bool> KirimAsync(string kunci, RincianEnrolmen r, string email, string subjek, string isi, bool lampiran, CancellationToken ct)
    {
        if (await db.OutboxMail.AnyAsync(m => m.DedupKey == kunci, ct)) return false;
        var teks = $"Yth. {r.NamaPeserta},\n\n{isi}\n\nSalam,\n{KalenderUndangan.NamaPenyelenggara}";
        var pesan = MailComposer.Compose(email, r.NamaPeserta, subjek, teks, lampiran ? [Lampiran(r)] : null);
        return await outbox.QueueAsync(kunci, pesan, ct) is not null;
    }

    private MimePart Lampiran(RincianEnrolmen r)
    {
        var part = new TextPart("calendar") { Text = Kalender(r) };
        part.ContentType.Charset = "utf-8";
        part.ContentType.Parameters.Add("method", r.Status == StatusEnrolmen.Dibatalkan ? "CANCEL" : "REQUEST");
        part.ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = "undangan-pelatihan-dtks.ics" };
        return part;
    }

    private static string Waktu(RincianEnrolmen r) =>
        $"{r.NamaPutaran}\nWaktu: {r.Tanggal.ToString("dddd, d MMMM yyyy", Indonesia)}, {r.JamMulai:HH\\.mm}–{r.JamSelesai:HH\\.mm} WIB\nTempat: {r.NamaVenue}, {r.AlamatVenue}";
}
