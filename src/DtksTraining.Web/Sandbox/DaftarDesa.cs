namespace DtksTraining.Web.Sandbox;

// Reads seed-data/wilayah.csv: kode_kecamatan,nama_kecamatan,kode_desa,nama_desa.
public static class DaftarDesa
{
    public static List<DesaSumber> Baca(TextReader csv)
    {
        var judul = csv.ReadLine();
        if (judul?.Trim() != "kode_kecamatan,nama_kecamatan,kode_desa,nama_desa")
            throw new FormatException("Judul kolom wilayah.csv harus kode_kecamatan,nama_kecamatan,kode_desa,nama_desa.");
        var hasil = new List<DesaSumber>();
        for (var baris = csv.ReadLine(); baris is not null; baris = csv.ReadLine())
        {
            if (string.IsNullOrWhiteSpace(baris)) continue;
            var kolom = baris.Split(',');
            if (kolom.Length != 4) throw new FormatException($"Baris wilayah.csv tidak berisi 4 kolom: {baris}");
            hasil.Add(new DesaSumber(kolom[2].Trim(), kolom[3].Trim(), kolom[0].Trim(), kolom[1].Trim()));
        }
        return hasil;
    }
}
