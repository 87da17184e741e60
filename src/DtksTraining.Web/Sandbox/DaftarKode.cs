using System.ComponentModel.DataAnnotations;

namespace DtksTraining.Web.Sandbox;

public enum VersiKode { Dtsen = 1, Dtks = 2 }

// Sandbox:DaftarKode chooses the code list the sandbox shows; DTSEN unless the deployment says otherwise.
public sealed class SandboxOptions
{
    [Required(ErrorMessage = "Sandbox:DaftarKode wajib diisi: Dtsen atau Dtks.")]
    [RegularExpression("^(?i:dtsen|dtks)$", ErrorMessage = "Sandbox:DaftarKode harus Dtsen atau Dtks.")]
    public string DaftarKode { get; set; } = nameof(VersiKode.Dtsen);

    public VersiKode Versi => string.Equals(DaftarKode, nameof(VersiKode.Dtks), StringComparison.OrdinalIgnoreCase) ? VersiKode.Dtks : VersiKode.Dtsen;
}

public sealed record KodeKeberadaan(StatusKeberadaan Arti, int Kode, string Label, string Singkat);

// The stored values mean what happened (StatusKeberadaan); the active list says which number and label the form shows.
public sealed class DaftarKode
{
    public const int UmurHamilMin = 10;

    // BDT/DTKS prelist codes (DTKS.md §3).
    public static readonly DaftarKode Dtks = new(VersiKode.Dtks, "DTKS", 49,
    [
        new(StatusKeberadaan.TinggalDiRumahTangga, 1, "Tinggal di rumah tangga", "tinggal di rumah tangga"),
        new(StatusKeberadaan.Meninggal, 2, "Meninggal", "meninggal"),
        new(StatusKeberadaan.Pindah, 3, "Pindah", "pindah"),
        new(StatusKeberadaan.AnggotaBaru, 4, "Anggota rumah tangga baru", "anggota baru"),
        new(StatusKeberadaan.KesalahanPrelist, 5, "Kesalahan prelist", "kesalahan prelist"),
        new(StatusKeberadaan.TidakDitemukan, 6, "Tidak ditemukan", "tidak ditemukan"),
    ]);

    // Regsosek 2022 form used for DTSEN (DTKS.md §2b): no prelist error, moving abroad has its own code.
    public static readonly DaftarKode Dtsen = new(VersiKode.Dtsen, "DTSEN", 54,
    [
        new(StatusKeberadaan.TinggalDiRumahTangga, 1, "Tinggal bersama keluarga", "tinggal bersama keluarga"),
        new(StatusKeberadaan.Meninggal, 2, "Meninggal", "meninggal"),
        new(StatusKeberadaan.Pindah, 3, "Pindah (dalam negeri)", "pindah"),
        new(StatusKeberadaan.PindahLuarNegeri, 4, "Pindah ke luar negeri", "pindah ke luar negeri"),
        new(StatusKeberadaan.AnggotaBaru, 5, "Anggota keluarga baru", "anggota baru"),
        new(StatusKeberadaan.TidakDitemukan, 6, "Tidak ditemukan", "tidak ditemukan"),
    ]);

    private readonly Dictionary<StatusKeberadaan, KodeKeberadaan> _menurutArti;

    private DaftarKode(VersiKode versi, string nama, int umurHamilMaks, IReadOnlyList<KodeKeberadaan> keberadaan)
    {
        Versi = versi;
        Nama = nama;
        UmurHamilMaks = umurHamilMaks;
        Keberadaan = keberadaan;
        _menurutArti = keberadaan.ToDictionary(k => k.Arti);
    }

    public static DaftarKode Untuk(VersiKode versi) => versi == VersiKode.Dtks ? Dtks : Dtsen;

    public VersiKode Versi { get; }
    public string Nama { get; }
    public int UmurHamilMaks { get; }
    public IReadOnlyList<KodeKeberadaan> Keberadaan { get; }
    public bool DisabilitasFungsional => Versi == VersiKode.Dtsen;
    public string RentangUmurHamil => $"{UmurHamilMin}–{UmurHamilMaks}";

    public bool Berlaku(StatusKeberadaan arti) => _menurutArti.ContainsKey(arti);

    public KodeKeberadaan? Cari(StatusKeberadaan arti) => _menurutArti.GetValueOrDefault(arti);

    public StatusKeberadaan? DariKode(int kode) => Keberadaan.FirstOrDefault(k => k.Kode == kode)?.Arti;

    // "5 (anggota baru)"; a value stored under the other list is named, not numbered.
    public string Teks(StatusKeberadaan arti) => Cari(arti) is { } k ? $"{k.Kode} ({k.Singkat})" : $"{arti.Teks()} (tidak ada di daftar {Nama})";

    // "5 – Anggota keluarga baru", as the select shows it.
    public string Pilihan(StatusKeberadaan arti) => Cari(arti) is { } k ? $"{k.Kode} – {k.Label}" : Teks(arti);

    public bool HamilBoleh(int umur) => umur >= UmurHamilMin && umur <= UmurHamilMaks;
}
