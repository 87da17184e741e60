using DtksTraining.Web.Akun;
using DtksTraining.Web.Wilayah;

namespace DtksTraining.Web.Sertifikat;

public enum StatusKehadiran { Hadir, Terlambat, Izin, TidakHadir }

public sealed record KehadiranSesi(int PutaranId, int SesiId, StatusKehadiran Status);

public sealed record HasilUjian(int UjianId, bool Lulus, decimal Nilai);

public sealed record LatihanWajib(string Id, string Judul);

public sealed record AturanPutaran(int UjianKepalaDesaId, int UjianOperatorId, IReadOnlyList<LatihanWajib> LatihanWajibOperator);

public sealed record FaktaPeserta(
    IReadOnlyList<KehadiranSesi> Kehadiran,
    IReadOnlyList<HasilUjian> HasilUjian,
    IReadOnlyCollection<string> LatihanSelesai);

public sealed record CalonSertifikat(string Peran, int PutaranId, FaktaPeserta Fakta, AturanPutaran Aturan);

public sealed record HasilKelayakan(bool Layak, IReadOnlyList<Kekurangan> Kekurangan, decimal? NilaiUjian);

// One thing still missing, as a sentence format and its values: the page translates the sentence and keeps the values.
public sealed record Kekurangan(string Format, params string[] Isi)
{
    public override string ToString() => string.Format(System.Globalization.CultureInfo.InvariantCulture, Format, Isi);
}

public static class KelayakanSertifikat
{
    // Each syarat returns what is still missing; a new criterion is one more entry here.
    private static readonly Func<CalonSertifikat, IEnumerable<Kekurangan>>[] Syarat =
    [
        PeranBerhak,
        HadirDiSesi,
        UjianLulus,
        LatihanSandboxSelesai,
    ];

    public static HasilKelayakan Periksa(CalonSertifikat calon)
    {
        var kekurangan = Syarat.SelectMany(s => s(calon)).ToList();
        return new HasilKelayakan(kekurangan.Count == 0, kekurangan, NilaiTerbaik(calon));
    }

    public static int? UjianUntuk(string peran, AturanPutaran aturan) => peran switch
    {
        Peran.KepalaDesa => aturan.UjianKepalaDesaId,
        Peran.Operator => aturan.UjianOperatorId,
        _ => null,
    };

    private static IEnumerable<Kekurangan> PeranBerhak(CalonSertifikat calon)
    {
        if (calon.Peran is not (Peran.KepalaDesa or Peran.Operator))
            yield return new Kekurangan("Sertifikat hanya untuk Kepala Desa dan Operator SIKS-NG");
    }

    private static IEnumerable<Kekurangan> HadirDiSesi(CalonSertifikat calon)
    {
        var hadir = calon.Fakta.Kehadiran.Any(k =>
            k.PutaranId == calon.PutaranId && k.Status is StatusKehadiran.Hadir or StatusKehadiran.Terlambat);
        if (!hadir) yield return new Kekurangan("Belum hadir di sesi pelatihan");
    }

    private static IEnumerable<Kekurangan> UjianLulus(CalonSertifikat calon)
    {
        if (UjianUntuk(calon.Peran, calon.Aturan) is not { } ujianId) yield break;
        if (!calon.Fakta.HasilUjian.Any(h => h.UjianId == ujianId && h.Lulus))
            yield return new Kekurangan($"Ujian {Peran.Label(calon.Peran)} belum lulus");
    }

    private static IEnumerable<Kekurangan> LatihanSandboxSelesai(CalonSertifikat calon)
    {
        if (calon.Peran != Peran.Operator) yield break;
        foreach (var latihan in calon.Aturan.LatihanWajibOperator)
            if (!calon.Fakta.LatihanSelesai.Contains(latihan.Id))
                yield return new Kekurangan("Latihan sandbox belum selesai: {0}", latihan.Judul);
    }

    private static decimal? NilaiTerbaik(CalonSertifikat calon)
    {
        if (UjianUntuk(calon.Peran, calon.Aturan) is not { } ujianId) return null;
        var lulus = calon.Fakta.HasilUjian.Where(h => h.UjianId == ujianId && h.Lulus).ToList();
        return lulus.Count == 0 ? null : lulus.Max(h => h.Nilai);
    }
}
