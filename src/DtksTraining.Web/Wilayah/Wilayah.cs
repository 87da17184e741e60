
namespace DtksTraining.Web.Wilayah;

// The regency as seed-data/ describes it: kecamatan, desa, training venues and the aid programmes.
public class Kecamatan
{
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public List<Desa> Desa { get; set; } = [];
}

public class Desa
{
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public required string KecamatanKode { get; set; }
    public Kecamatan? Kecamatan { get; set; }
}

public class TempatPelatihan
{
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public required string KecamatanKode { get; set; }
    public Kecamatan? Kecamatan { get; set; }
    public string? DesaKode { get; set; }
    public required string Alamat { get; set; }
    public int Kapasitas { get; set; }
}

public class UrutanTempat
{
    public required string KecamatanKode { get; set; }
    public required string VenueKode { get; set; }
    public int Urutan { get; set; }
}

public class ProgramBansos
{
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public required string NamaLengkap { get; set; }
    public required string Penyaluran { get; set; }
    public required string Keterangan { get; set; }
}
