using System.Security.Claims;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;
using Hangfire;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Beranda.Pages;

// Each role starts here: its next step, every line a link. Cheap projections only: the page is every signed-in user's first request.
[OutputCache(PolicyName = ShellExtensions.AnonymousHomeCache)]
public class IndexModel(AppDbContext db, PustakaKonten konten, PustakaLatihan latihan, TimeProvider clock) : PageModel
{
    public sealed record SesiSaya(int EnrolmenId, StatusEnrolmen Status, DateTimeOffset MulaiUtc, DateTimeOffset SelesaiUtc,
        string Venue, string Alamat, string Pin);

    public sealed record SesiTerbuka(int Id, DateTimeOffset MulaiUtc, DateTimeOffset SelesaiUtc, string Venue, int Kapasitas, int Terkonfirmasi);

    // Keterangan is a sentence format for the localizer with its values kept apart, as Kekurangan does for certificates.
    public sealed record Langkah(string Judul, string Keterangan, object[] Isi, string Url, bool Selesai);

    public sealed record OrangDesa(string Nama, string Peran, string Keadaan);

    public sealed record SesiStaf(int Id, DateOnly Tanggal, DateTimeOffset MulaiUtc, DateTimeOffset SelesaiUtc, string Venue, int Terdaftar, int Hadir);

    public sealed record RingkasanAdmin(int PutaranId, string Putaran, int KursiTerisi, int Kapasitas, int DaftarTunggu,
        int HadirHariIni, int TerdaftarHariIni, int DesaLengkap, int DesaBelum, int JumlahDesa, int SurelGagal, long TugasGagal, int SertifikatTerbit)
    {
        public double PersenCakupan => JumlahDesa == 0 ? 0 : 100.0 * DesaLengkap / JumlahDesa;
    }

    public string? NamaLengkap { get; private set; }
    public string? Peran { get; private set; }
    public string? Desa { get; private set; }

    public bool Pelajar { get; private set; }
    public bool KepalaDesa { get; private set; }
    public string? SayaId { get; private set; }
    public SesiSaya? SesiBerikut { get; private set; }
    public List<SesiTerbuka> Terbuka { get; private set; } = [];
    public List<Langkah> Jalur { get; private set; } = [];
    public List<OrangDesa> KesiapanDesa { get; private set; } = [];
    public List<SesiStaf> SesiFasilitator { get; private set; } = [];
    public RingkasanAdmin? Admin { get; private set; }

    public Langkah? LangkahBerikut => Jalur.FirstOrDefault(l => !l.Selesai);

    public async Task OnGetAsync()
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return;
        SayaId = userId;
        var me = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new
            {
                u.NamaLengkap, u.DesaKode, KecamatanKode = u.Desa == null ? null : u.Desa.KecamatanKode,
                Desa = u.Desa == null ? null : u.Desa.Nama + ", " + u.Desa.Kecamatan!.Nama,
            })
            .SingleOrDefaultAsync();
        NamaLengkap = me?.NamaLengkap;
        Desa = me?.Desa;
        Peran = string.Join(", ", Web.Akun.Peran.Semua.Where(User.IsInRole).Select(Web.Akun.Peran.Label));
        var now = clock.GetUtcNow();

        KepalaDesa = User.IsInRole(Web.Akun.Peran.KepalaDesa);
        Pelajar = KepalaDesa || User.IsInRole(Web.Akun.Peran.Operator);
        if (Pelajar && me is not null) await MuatPelajarAsync(userId, me.DesaKode, me.KecamatanKode, now);
        if (User.IsInRole(Web.Akun.Peran.Fasilitator) || User.IsInRole(Web.Akun.Peran.Admin))
            await MuatFasilitatorAsync(userId, User.IsInRole(Web.Akun.Peran.Admin), now);
        if (User.IsInRole(Web.Akun.Peran.Admin)) Admin = await MuatAdminAsync(now);
    }

    // The round a participant is in: the one of their newest live enrolment in a round not yet finished, else the running one.
    private async Task<int?> PutaranPelajarAsync(string userId) =>
        await db.Enrolmen.AsNoTracking()
            .Where(e => e.PesertaId == userId && e.Status != StatusEnrolmen.Dibatalkan && e.Sesi!.Putaran!.Status != StatusPutaran.Selesai)
            .OrderByDescending(e => e.Sesi!.MulaiUtc).Select(e => (int?)e.PutaranId).FirstOrDefaultAsync()
        ?? await PutaranBerjalanAsync();

    private Task<int?> PutaranBerjalanAsync() =>
        db.PutaranPelatihan.AsNoTracking()
            .OrderBy(p => p.Status == StatusPutaran.Berjalan ? 0 : p.Status == StatusPutaran.Selesai ? 1 : 2)
            .ThenByDescending(p => p.TanggalMulai)
            .Select(p => (int?)p.Id).FirstOrDefaultAsync();

    private async Task MuatPelajarAsync(string userId, string? desaKode, string? kecamatanKode, DateTimeOffset now)
    {
        var peran = KepalaDesa ? Web.Akun.Peran.KepalaDesa : Web.Akun.Peran.Operator;
        var putaranId = await PutaranPelajarAsync(userId);
        var sesi = await db.Enrolmen.AsNoTracking()
            .Where(e => e.PesertaId == userId && e.PutaranId == putaranId && e.Status != StatusEnrolmen.Dibatalkan)
            .OrderByDescending(e => e.Sesi!.MulaiUtc)
            .Select(e => new { e.Id, e.Status, e.Sesi!.MulaiUtc, e.Sesi.SelesaiUtc, Venue = e.Sesi.Venue!.Nama, e.Sesi.Venue.Alamat, e.Pin })
            .FirstOrDefaultAsync();
        if (sesi is not null && sesi.SelesaiUtc > now && sesi.Status is StatusEnrolmen.Terkonfirmasi or StatusEnrolmen.DaftarTunggu)
            SesiBerikut = new SesiSaya(sesi.Id, sesi.Status, sesi.MulaiUtc, sesi.SelesaiUtc, sesi.Venue, sesi.Alamat, sesi.Pin);

        if (KepalaDesa && SesiBerikut is null && sesi?.Status is not StatusEnrolmen.Hadir && kecamatanKode is not null)
            Terbuka = (await db.Sesi.AsNoTracking()
                    .Where(s => s.Status == StatusSesi.Dibuka && s.Kecamatan.Any(k => k.KecamatanKode == kecamatanKode))
                    .Select(s => new SesiTerbuka(s.Id, s.MulaiUtc, s.SelesaiUtc, s.Venue!.Nama, s.Kapasitas, s.Terkonfirmasi))
                    .ToListAsync())
                .Where(s => s.MulaiUtc > now).OrderBy(s => s.MulaiUtc).Take(3).ToList();

        var modul = konten.Modul.Where(m => m.UntukPeran(peran)).OrderBy(m => m.Urutan).ToList();
        var kemajuan = await db.ModuleProgress.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new { p.ModuleId, p.SectionsReadJson }).ToListAsync();
        var dibaca = kemajuan.ToDictionary(k => k.ModuleId,
            k => (IReadOnlySet<int>)(System.Text.Json.JsonSerializer.Deserialize<SortedSet<int>>(k.SectionsReadJson) ?? []));
        var modulSelesai = modul.Count(m => dibaca.TryGetValue(m.Id, out var d) && m.Bagian.All(b => d.Contains(b.Indeks)));
        var modulBerikut = modul.FirstOrDefault(m => !(dibaca.TryGetValue(m.Id, out var d) && m.Bagian.All(b => d.Contains(b.Indeks))));

        var quizId = KepalaDesa ? FaktaSertifikat.QuizKepalaDesa : FaktaSertifikat.QuizOperator;
        var kuis = konten.CariKuis(quizId);
        var percobaan = await db.QuizAttempt.AsNoTracking().Where(a => a.UserId == userId && a.QuizId == quizId)
            .Select(a => new { a.Passed, a.Score, a.GradedAt }).ToListAsync();
        var lulus = percobaan.Any(a => a.Passed == true);

        var hadir = sesi?.Status == StatusEnrolmen.Hadir;
        var sertifikat = putaranId is null ? null : await db.Sertifikat.AsNoTracking()
            .Where(s => s.UserId == userId && s.PutaranId == putaranId && s.Terkini && s.Status == StatusSertifikat.Berlaku)
            .Select(s => s.Nomor).FirstOrDefaultAsync();

        Jalur.Add(new Langkah("Sesi pelatihan",
            hadir ? "Sudah hadir di sesi pelatihan." : SesiBerikut is not null ? "Terdaftar; datang pada hari sesi." : "Belum terdaftar di sesi.",
            [], "/Peserta/Jadwal", hadir));
        Jalur.Add(new Langkah("Modul belajar", "{0} dari {1} modul selesai dibaca.", [modulSelesai, modul.Count],
            modulBerikut is null ? "/Belajar" : $"/Belajar/Modul/{modulBerikut.Id}", modulSelesai == modul.Count));
        Jalur.Add(new Langkah(kuis?.Judul ?? quizId,
            lulus ? "Lulus, nilai {0}." : percobaan.Count == 0 ? "Belum dicoba." : "Belum lulus ({0} dari {1} percobaan).",
            lulus ? [$"{percobaan.Where(a => a.Passed == true).Max(a => a.Score):0}"] : [percobaan.Count, kuis?.MaksPercobaan ?? 0],
            $"/Belajar/Kuis/{quizId}", lulus));
        if (!KepalaDesa)
        {
            var wajib = putaranId is null ? [] : latihan.Berlaku(await db.PutaranPelatihan.AsNoTracking().Where(p => p.Id == putaranId)
                .Select(p => p.LatihanWajib).SingleAsync());
            var selesai = await db.PenyelesaianLatihan.AsNoTracking().Where(p => p.UserId == userId && p.Lulus)
                .Select(p => p.LatihanId).ToListAsync();
            var belum = wajib.FirstOrDefault(w => !selesai.Contains(w));
            Jalur.Add(new Langkah("Latihan sandbox", "{0} dari {1} latihan wajib lulus.", [wajib.Count(selesai.Contains), wajib.Count],
                belum is null ? "/Sandbox/Latihan" : $"/Sandbox/Latihan/Detail/{belum}", belum is null));
        }
        Jalur.Add(new Langkah("Sertifikat", sertifikat is null ? "Belum terbit." : "Terbit: {0}.", [sertifikat ?? ""], "/Peserta/Sertifikat", sertifikat is not null));

        if (KepalaDesa && desaKode is not null) KesiapanDesa = await KesiapanAsync(desaKode, putaranId);
    }

    // The desa is ready when its head and its operator are trained: each person's furthest step in the round.
    private async Task<List<OrangDesa>> KesiapanAsync(string desaKode, int? putaranId)
    {
        var orang = await (
            from u in db.Users.AsNoTracking()
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where u.DesaKode == desaKode && u.Aktif && (r.Name == Web.Akun.Peran.KepalaDesa || r.Name == Web.Akun.Peran.Operator)
            orderby r.Name, u.NamaLengkap
            select new
            {
                u.NamaLengkap, Peran = r.Name,
                Sertifikat = db.Sertifikat.Any(s => s.UserId == u.Id && s.PutaranId == putaranId && s.Terkini && s.Status == StatusSertifikat.Berlaku),
                Status = db.Enrolmen.Where(e => e.PesertaId == u.Id && e.PutaranId == putaranId && e.Status != StatusEnrolmen.Dibatalkan)
                    .Select(e => (StatusEnrolmen?)e.Status).FirstOrDefault(),
            }).ToListAsync();
        return orang.Select(o => new OrangDesa(o.NamaLengkap, Web.Akun.Peran.Label(o.Peran!),
            o.Sertifikat ? "Bersertifikat"
            : o.Status switch
            {
                StatusEnrolmen.Hadir => "Sudah hadir, sertifikat belum terbit",
                StatusEnrolmen.Terkonfirmasi => "Terdaftar",
                StatusEnrolmen.DaftarTunggu => "Daftar tunggu",
                StatusEnrolmen.TidakHadir => "Tidak hadir",
                _ => "Belum terdaftar",
            })).ToList();
    }

    private async Task MuatFasilitatorAsync(string userId, bool semua, DateTimeOffset now)
    {
        var hariIni = Wib.Hari(now);
        SesiFasilitator = await db.Sesi.AsNoTracking()
            .Where(s => s.Tanggal >= hariIni && s.Status != StatusSesi.Dibatalkan && (semua || s.Fasilitator.Any(f => f.FasilitatorId == userId)))
            .OrderBy(s => s.Tanggal).ThenBy(s => s.Id)
            .Take(semua ? 3 : 4)
            .Select(s => new SesiStaf(s.Id, s.Tanggal, s.MulaiUtc, s.SelesaiUtc, s.Venue!.Nama,
                s.Enrolmen.Count(e => e.Status == StatusEnrolmen.Terkonfirmasi || e.Status == StatusEnrolmen.Hadir || e.Status == StatusEnrolmen.TidakHadir),
                db.Kehadiran.Count(k => k.SesiId == s.Id && (k.Status == StatusKehadiran.Hadir || k.Status == StatusKehadiran.Terlambat))))
            .ToListAsync();
    }

    private async Task<RingkasanAdmin?> MuatAdminAsync(DateTimeOffset now)
    {
        if (await PutaranBerjalanAsync() is not { } putaranId) return null;
        var hariIni = Wib.Hari(now);
        var nama = await db.PutaranPelatihan.AsNoTracking().Where(p => p.Id == putaranId).Select(p => p.Nama).SingleAsync();
        var sesi = await db.Sesi.AsNoTracking().Where(s => s.PutaranId == putaranId && s.Status != StatusSesi.Dibatalkan)
            .Select(s => new
            {
                s.Tanggal, s.Kapasitas, s.Terkonfirmasi,
                DaftarTunggu = s.Enrolmen.Count(e => e.Status == StatusEnrolmen.DaftarTunggu),
            }).ToListAsync();
        var mendatang = sesi.Where(s => s.Tanggal >= hariIni).ToList();
        var hariIniHadir = await db.Kehadiran.AsNoTracking()
            .CountAsync(k => k.Sesi!.PutaranId == putaranId && k.Sesi.Tanggal == hariIni
                             && (k.Status == StatusKehadiran.Hadir || k.Status == StatusKehadiran.Terlambat));
        // Coverage as the Cakupan page counts it: a desa is covered when both its head and its operator attended.
        var terlatih = await (
            from k in db.Kehadiran.AsNoTracking()
            join ur in db.UserRoles on k.PesertaId equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where k.Sesi!.PutaranId == putaranId && (k.Status == StatusKehadiran.Hadir || k.Status == StatusKehadiran.Terlambat)
                  && k.Peserta!.DesaKode != null && (r.Name == Web.Akun.Peran.KepalaDesa || r.Name == Web.Akun.Peran.Operator)
            select new { k.Peserta!.DesaKode, r.Name }).Distinct().ToListAsync();
        var perDesa = terlatih.GroupBy(t => t.DesaKode).ToList();
        var jumlahDesa = await db.Desa.CountAsync();
        var surelGagal = await db.OutboxMail.CountAsync(m => m.TerkirimPada == null && m.GalatTerakhir != null);
        var tugasGagal = HttpContext.RequestServices.GetRequiredService<JobStorage>().GetMonitoringApi().FailedCount();
        return new RingkasanAdmin(putaranId, nama,
            mendatang.Sum(s => s.Terkonfirmasi), mendatang.Sum(s => s.Kapasitas), mendatang.Sum(s => s.DaftarTunggu),
            hariIniHadir, sesi.Where(s => s.Tanggal == hariIni).Sum(s => s.Terkonfirmasi),
            perDesa.Count(g => g.Select(x => x.Name).Distinct().Count() == 2), jumlahDesa - perDesa.Count, jumlahDesa,
            surelGagal, tugasGagal,
            await db.Sertifikat.CountAsync(s => s.PutaranId == putaranId && s.Terkini && s.Status == StatusSertifikat.Berlaku));
    }
}
