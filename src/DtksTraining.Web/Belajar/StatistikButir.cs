namespace DtksTraining.Web.Belajar;

public sealed record PercobaanDinilai(double Skor, IReadOnlyDictionary<string, bool> BenarPerSoal);

public sealed record StatistikButir(string SoalId, int Peserta, double IndeksKesukaran, double DayaBeda);

public static class AnalisisButir
{
    public const double BagianKelompok = 0.27;

    // Facility = share answering right; discrimination = facility in the top 27 % minus the bottom 27 % by score.
    public static IReadOnlyList<StatistikButir> Hitung(IReadOnlyList<PercobaanDinilai> percobaan)
    {
        if (percobaan.Count == 0) return [];
        var urut = percobaan.OrderByDescending(p => p.Skor).ToList();
        var ukuran = Math.Max(1, (int)Math.Round(percobaan.Count * BagianKelompok, MidpointRounding.AwayFromZero));
        var atas = urut.Take(ukuran).ToList();
        var bawah = urut.TakeLast(ukuran).ToList();
        return percobaan.SelectMany(p => p.BenarPerSoal.Keys).Distinct()
            .Select(id =>
            {
                var menjawab = percobaan.Where(p => p.BenarPerSoal.ContainsKey(id)).ToList();
                return new StatistikButir(id, menjawab.Count, Proporsi(menjawab, id), Proporsi(atas, id) - Proporsi(bawah, id));
            })
            .OrderBy(s => s.IndeksKesukaran).ThenBy(s => s.DayaBeda).ThenBy(s => s.SoalId, StringComparer.Ordinal)
            .ToList();
    }

    private static double Proporsi(IEnumerable<PercobaanDinilai> kelompok, string id)
    {
        var dengan = kelompok.Where(p => p.BenarPerSoal.ContainsKey(id)).ToList();
        return dengan.Count == 0 ? 0 : Math.Round((double)dengan.Count(p => p.BenarPerSoal[id]) / dengan.Count, 3);
    }
}
