using DtksTraining.Web.Belajar;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Kehadiran;
using DtksTraining.Web.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sertifikat;

// Reads the facts KelayakanSertifikat judges (attendance, quiz passes, sandbox exercises) for one participant and round.
public static class FaktaSertifikat
{
    // content/quizzes/quizzes.yaml ids; the pure rules number quizzes, so they are mapped here.
    public const string QuizKepalaDesa = "ujian-kades";
    public const string QuizOperator = "ujian-operator";
    public const int UjianKepalaDesaId = 1;
    public const int UjianOperatorId = 2;

    public static int? NomorUjian(string quizId) => quizId switch
    {
        QuizKepalaDesa => UjianKepalaDesaId,
        QuizOperator => UjianOperatorId,
        _ => null,
    };

    public static async Task<CalonSertifikat?> MuatAsync(AppDbContext db, PustakaLatihan pustaka, string userId, string peran, int putaranId, CancellationToken ct = default)
    {
        var putaran = await db.Set<PutaranPelatihan>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == putaranId, ct);
        if (putaran is null) return null;

        var kehadiran = await db.Set<KehadiranPeserta>().AsNoTracking()
            .Where(k => k.PesertaId == userId && k.Sesi!.PutaranId == putaranId)
            .Select(k => new KehadiranSesi(k.Sesi!.PutaranId, k.SesiId, k.Status))
            .ToListAsync(ct);

        var percobaan = await db.Set<QuizAttempt>().AsNoTracking()
            .Where(a => a.UserId == userId && (a.QuizId == QuizKepalaDesa || a.QuizId == QuizOperator) && a.Passed != null)
            .Select(a => new { a.QuizId, a.Passed, a.Score })
            .ToListAsync(ct);
        var hasil = percobaan
            .Select(a => new HasilUjian(NomorUjian(a.QuizId)!.Value, a.Passed == true, (decimal)(a.Score ?? 0)))
            .ToList();

        var selesai = await db.Set<PenyelesaianLatihan>().AsNoTracking()
            .Where(p => p.UserId == userId && p.Lulus)
            .Select(p => p.LatihanId)
            .ToListAsync(ct);

        // A round may still list an exercise later taken out of the library; its id is all there is to show then.
        var aturan = new AturanPutaran(UjianKepalaDesaId, UjianOperatorId,
            pustaka.Berlaku(putaran.LatihanWajib).Select(id => new LatihanWajib(id, pustaka.Cari(id)?.Judul ?? id)).ToList());
        return new CalonSertifikat(peran, putaranId, new FaktaPeserta(kehadiran, hasil, selesai.ToHashSet()), aturan);
    }

    public static async Task<HasilKelayakan?> PeriksaAsync(AppDbContext db, PustakaLatihan pustaka, string userId, string peran, int putaranId,
        CancellationToken ct = default) =>
        await MuatAsync(db, pustaka, userId, peran, putaranId, ct) is { } calon ? KelayakanSertifikat.Periksa(calon) : null;
}
