using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Wilayah;

namespace DtksTraining.Tests.Jadwal;

// The 2024 round as it stands in seed-data/: 11 kecamatan, 148 desa, five venues and their nearest-first lists.
internal static class DataPesawaran
{
    private static string Berkas(string nama) => Path.Combine(AppContext.BaseDirectory, "seed-data", nama);

    public static IReadOnlyList<KecamatanPeserta> Kecamatan() =>
        File.ReadAllLines(Berkas("wilayah.csv")).Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .GroupBy(k => (Kode: k[0], Nama: k[1]))
            .Select(g => new KecamatanPeserta(g.Key.Kode, g.Key.Nama, g.Count()))
            .ToList();

    public static IReadOnlyList<VenueJadwal> Venue() =>
        File.ReadAllLines(Berkas("venues.csv")).Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => new VenueJadwal(l[..l.IndexOf(',')], int.Parse(l[(l.LastIndexOf(',') + 1)..])))
            .ToList();

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> VenueTerdekat() =>
        File.ReadAllLines(Berkas("venue-preferences.csv")).Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .ToDictionary(k => k[0], k => (IReadOnlyList<string>)k[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static PutaranJadwal Putaran2024 => new(new DateOnly(2024, 10, 15), new DateOnly(2024, 10, 23));

    public static PermintaanJadwal Permintaan(int jumlahFasilitator) => new(
        Putaran2024, Kecamatan(), Venue(), VenueTerdekat(),
        Enumerable.Range(1, jumlahFasilitator).Select(i => $"fas-{i}").ToList());
}
