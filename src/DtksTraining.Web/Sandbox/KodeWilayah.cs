namespace DtksTraining.Web.Sandbox;

// Region codes a NIK may start with: the 38 province codes of Kemendagri, and inside Pesawaran (18.09) only the
// kecamatan of seed-data/wilayah.csv (01–11), so a kecamatan 12 or a made-up province is caught.
public static class KodeWilayah
{
    public static readonly IReadOnlySet<string> Provinsi = new HashSet<string>
    {
        "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36", "51", "52", "53",
        "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96",
    };

    public const string KabupatenPesawaran = "1809";

    public static readonly IReadOnlySet<string> KecamatanPesawaran = new HashSet<string>(Enumerable.Range(1, 11).Select(i => $"1809{i:00}"));

    public static string Kecamatan(string kodeDesa) => kodeDesa.Replace(".", "") is var k && k.Length >= 6 ? k[..6] : k;

    // Null when the first six digits can be a real place; otherwise why not, in Bahasa.
    public static string? PeriksaNik(string nik)
    {
        if (nik.Length < 6) return null;
        if (!Provinsi.Contains(nik[..2])) return $"kode provinsi {nik[..2]} pada NIK tidak ada.";
        if (nik[..4] == KabupatenPesawaran && !KecamatanPesawaran.Contains(nik[..6]))
            return $"kode kecamatan {nik.Substring(4, 2)} pada NIK tidak ada di Kabupaten Pesawaran (01–11).";
        return null;
    }
}
