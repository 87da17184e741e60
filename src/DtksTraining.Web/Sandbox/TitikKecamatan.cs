namespace DtksTraining.Web.Sandbox;

// Approximate centre of each Pesawaran kecamatan (read off a map by hand, ±2 km), for the sandbox's house geotag. We have
// no desa polygons, so a house is placed within Jitter degrees (~1.7 km) of its kecamatan centre: plausible, not real.
public static class TitikKecamatan
{
    public const double Jitter = 0.015;

    public static readonly IReadOnlyDictionary<string, (double Lintang, double Bujur)> Pusat = new Dictionary<string, (double, double)>
    {
        ["180901"] = (-5.385, 105.090), // Gedong Tataan
        ["180902"] = (-5.330, 105.000), // Negeri Katon
        ["180903"] = (-5.205, 105.170), // Tegineneng
        ["180904"] = (-5.440, 104.960), // Way Lima
        ["180905"] = (-5.610, 105.160), // Padang Cermin
        ["180906"] = (-5.745, 105.150), // Punduh Pidada
        ["180907"] = (-5.480, 105.010), // Kedondong
        ["180908"] = (-5.700, 105.200), // Marga Punduh
        ["180909"] = (-5.490, 105.070), // Way Khilau
        ["180910"] = (-5.540, 105.250), // Teluk Pandan
        ["180911"] = (-5.560, 105.100), // Way Ratai
    };

    // Kecamatan on Teluk Lampung where fishing is a common livelihood.
    public static readonly IReadOnlySet<string> Pesisir = new HashSet<string> { "180905", "180906", "180908", "180910" };

    public static (double Lintang, double Bujur)? Acak(string kodeKecamatan, Random acak) =>
        Pusat.TryGetValue(kodeKecamatan, out var p)
            ? (Math.Round(p.Lintang + (acak.NextDouble() * 2 - 1) * Jitter, 6), Math.Round(p.Bujur + (acak.NextDouble() * 2 - 1) * Jitter, 6))
            : null;
}
