using DtksTraining.Web.Shared;

namespace DtksTraining.Web.Jadwal;

public enum JenisPengingat
{
    H3,
    H1,
}

public sealed record PengingatTerjadwal(int EnrolmenId, JenisPengingat Jenis, DateTimeOffset KirimPadaUtc, string KunciDedup);

public static class Pengingat
{
    public static readonly TimeOnly JamKirim = new(7, 0);

    public static int HariSebelum(JenisPengingat jenis) => jenis switch
    {
        JenisPengingat.H3 => 3,
        JenisPengingat.H1 => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(jenis)),
    };

    public static string Label(JenisPengingat jenis) => $"H-{HariSebelum(jenis)}";

    // The key ignores the date on purpose: a rescheduled session must not send the same reminder twice.
    public static string KunciDedup(int enrolmenId, JenisPengingat jenis) => $"pengingat:enrolmen-{enrolmenId}:{Label(jenis)}";

    public static DateTimeOffset WaktuKirimUtc(DateOnly tanggalSesi, JenisPengingat jenis) =>
        Wib.Pada(tanggalSesi.AddDays(-HariSebelum(jenis)), JamKirim).ToUniversalTime();

    public static IReadOnlyList<PengingatTerjadwal> Jadwalkan(int enrolmenId, DateOnly tanggalSesi, DateTimeOffset now) =>
        Enum.GetValues<JenisPengingat>()
            .Select(j => new PengingatTerjadwal(enrolmenId, j, WaktuKirimUtc(tanggalSesi, j), KunciDedup(enrolmenId, j)))
            .Where(p => p.KirimPadaUtc >= now)
            .OrderBy(p => p.KirimPadaUtc)
            .ToList();
}
