using System.Globalization;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Tests.Shared;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Wilayah;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace DtksTraining.Tests.Jadwal;

// An admin moves a session, then cancels it: every confirmed participant's calendar follows through real SMTP.
[Trait("Category", "Data")]
[Collection(nameof(MailDeliveryTests))]
public class UndanganPerubahanTests : IAsyncLifetime
{
    private readonly SmtpSink _smtp = new();
    private readonly AppFactory _app = new();
    private static readonly DateOnly Tanggal = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);

    public async Task InitializeAsync()
    {
        _app.UseSmtp(_smtp);
        await ((IAsyncLifetime)_app).InitializeAsync();
        await _smtp.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_app).DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CalendarEvent Acara(MimeMessage mail, string metode)
    {
        var ics = mail.Attachments.OfType<TextPart>().Single(p => p.ContentType.MimeType == "text/calendar");
        var kalender = Ical.Net.Calendar.Load(ics.Text) ?? throw new InvalidOperationException("ics kosong");
        Assert.Equal(metode, kalender.Method);
        return kalender.Events.Single();
    }

    [Fact]
    public async Task Moving_a_session_sends_a_request_with_the_same_uid_and_higher_sequence_and_cancelling_sends_cancel()
    {
        var admin = await _app.LoginAsync("admin");
        var (putaranId, sesiId, pesertaId) = await _app.WithDbAsync(async db =>
        {
            var putaran = new PutaranPelatihan
            {
                Nama = "Uji Perubahan " + Guid.NewGuid().ToString("N")[..6], TanggalMulai = Tanggal.AddDays(-3),
                TanggalSelesai = Tanggal.AddDays(3), Status = StatusPutaran.Berjalan,
            };
            var sesi = new Sesi { Putaran = putaran, VenueKode = "BGL", Kapasitas = 10, Status = StatusSesi.Dibuka };
            sesi.AturWaktu(Tanggal, new TimeOnly(8, 0), new TimeOnly(15, 0));
            var desa = await db.Desa.OrderBy(d => d.Kode).Select(d => d.Kode).FirstAsync();
            var peserta = new AppUser
            {
                UserName = "uji.perubahan", NormalizedUserName = "UJI.PERUBAHAN", NamaLengkap = "Siti Perubahan",
                Email = "siti.perubahan@desa.example", DesaKode = desa, SecurityStamp = Guid.NewGuid().ToString(),
            };
            db.AddRange(sesi, peserta);
            await db.SaveChangesAsync();
            return (putaran.Id, sesi.Id, peserta.Id);
        });
        int enrolmenId;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var hasil = await scope.ServiceProvider.GetRequiredService<PendaftaranSesi>().DaftarkanAsync(sesiId, pesertaId, pesertaId);
            Assert.Equal(StatusEnrolmen.Terkonfirmasi, hasil.Status);
            enrolmenId = hasil.EnrolmenId!.Value;
        }
        bool Untuk(MimeMessage m, string subjek) =>
            m.Subject == subjek && m.To.Mailboxes.Any(a => a.Address == "siti.perubahan@desa.example");
        var awal = Acara(await _smtp.WaitForAsync(m => Untuk(m, "Kursi pelatihan DTKS Anda terkonfirmasi"), TimeSpan.FromSeconds(60)), "REQUEST");

        var form = await admin.GetDocumentAsync($"/Admin/Jadwal/EditSesi/{putaranId}?id={sesiId}");
        var simpan = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Tanggal"] = Iso(Tanggal.AddDays(1)), ["Input.JamMulai"] = "09:00", ["Input.JamSelesai"] = "16:00",
            ["Input.VenueKode"] = "KDG",
        });
        Assert.Contains("Sesi disimpan.", (await simpan.ReadDocumentAsync()).Body!.TextContent);

        var ubah = await _smtp.WaitForAsync(m => Untuk(m, "Perubahan jadwal pelatihan DTKS"), TimeSpan.FromSeconds(60));
        Assert.Contains("Jadwal pelatihan Anda berubah", ubah.TextBody);
        Assert.Contains("Jam: 08.00–15.00 WIB menjadi 09.00–16.00 WIB", ubah.TextBody);
        Assert.Contains("Tempat:", ubah.TextBody);
        var baru = Acara(ubah, "REQUEST");
        Assert.Equal(KalenderUndangan.Uid(enrolmenId), baru.Uid);
        Assert.Equal(awal.Uid, baru.Uid);
        Assert.True(baru.Sequence > awal.Sequence, $"SEQUENCE {baru.Sequence} harus > {awal.Sequence}");
        Assert.Equal(new DateTime(Tanggal.AddDays(1), new TimeOnly(9, 0)), baru.DtStart!.Value);
        Assert.Equal("Asia/Jakarta", baru.DtStart.TzId);

        var daftar = await admin.GetDocumentAsync($"/Admin/Jadwal/Sesi/{putaranId}");
        var batal = await admin.SubmitAsync(daftar, new Dictionary<string, string> { ["Alasan"] = "Gedung dipakai acara lain" }, $"form#batalkan-{sesiId}");
        Assert.True(batal.IsSuccessStatusCode);
        var pembatalan = Acara(await _smtp.WaitForAsync(m => Untuk(m, "Pendaftaran pelatihan DTKS dibatalkan"), TimeSpan.FromSeconds(60)), "CANCEL");
        Assert.Equal(awal.Uid, pembatalan.Uid);
        Assert.True(pembatalan.Sequence > baru.Sequence, $"SEQUENCE {pembatalan.Sequence} harus > {baru.Sequence}");
    }
}
