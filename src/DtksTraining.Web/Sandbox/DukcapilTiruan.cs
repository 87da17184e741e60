namespace DtksTraining.Web.Sandbox;

public sealed record IdentitasDukcapil(string Nik, string Nama, DateOnly TanggalLahir, JenisKelamin JenisKelamin, string NoKk)
{
    public bool Meninggal { get; init; }
    public string? PindahKe { get; init; }
}

public sealed record HasilPadan(bool Padan, IReadOnlyList<string> Alasan)
{
    public string Status => Padan ? "PADAN" : "TIDAK PADAN";
}

// The civil registry of the exercise: it holds the true identities and matches exactly, as Dukcapil does.
public sealed class DukcapilTiruan
{
    private readonly Dictionary<string, IdentitasDukcapil> _menurutNik = new(StringComparer.Ordinal);

    public DukcapilTiruan(IEnumerable<IdentitasDukcapil> identitas)
    {
        foreach (var i in identitas) _menurutNik[i.Nik] = i;
    }

    public static DukcapilTiruan Dari(DataDesa data) => new(data.Keluarga.SelectMany(k => k.Anggota.Select(a =>
        new IdentitasDukcapil(a.Nik, a.Nama, a.TanggalLahir, a.JenisKelamin, k.NoKk))));

    public int Jumlah => _menurutNik.Count;
    public IEnumerable<IdentitasDukcapil> Semua => _menurutNik.Values;

    public IdentitasDukcapil? Cari(string nik) => _menurutNik.GetValueOrDefault(nik.Trim());

    internal void Simpan(IdentitasDukcapil identitas) => _menurutNik[identitas.Nik] = identitas;

    public HasilPadan Padankan(string nik, string nama, DateOnly tanggalLahir, JenisKelamin jenisKelamin)
    {
        var formatSalah = Nik.Periksa(nik);
        if (formatSalah is not null) return new HasilPadan(false, [formatSalah]);
        if (Cari(nik) is not { } asli) return new HasilPadan(false, ["NIK tidak terdaftar di Dukcapil."]);
        var alasan = new List<string>();
        if (!string.Equals(nama.Trim(), asli.Nama.Trim(), StringComparison.OrdinalIgnoreCase))
            alasan.Add("Nama tidak sama persis dengan data Dukcapil (nama panggilan atau salah satu huruf pun membuatnya tidak padan).");
        if (tanggalLahir != asli.TanggalLahir) alasan.Add("Tanggal lahir berbeda dengan data Dukcapil.");
        if (jenisKelamin != asli.JenisKelamin) alasan.Add("Jenis kelamin berbeda dengan data Dukcapil.");
        if (asli.Meninggal) alasan.Add("Menurut Dukcapil orang ini sudah meninggal.");
        return new HasilPadan(alasan.Count == 0, alasan);
    }
}
