using System.ComponentModel.DataAnnotations;

namespace DtksTraining.Web.Sandbox.Pages.Sandbox;

// The member form of SIKS-NG (perbaikan data, anggota baru, head of a new family).
public sealed class IsianAnggota
{
    [Required(ErrorMessage = "NIK wajib diisi.")]
    public string Nik { get; set; } = "";
    [Required(ErrorMessage = "Nama wajib diisi.")]
    [StringLength(100, ErrorMessage = "Nama paling banyak 100 huruf.")]
    public string Nama { get; set; } = "";
    public JenisKelamin JenisKelamin { get; set; } = JenisKelamin.LakiLaki;
    [Required(ErrorMessage = "Tanggal lahir wajib diisi.")]
    public DateOnly? TanggalLahir { get; set; }
    public HubunganKeluarga Hubungan { get; set; } = HubunganKeluarga.Anak;
    public StatusPerkawinan StatusPerkawinan { get; set; } = StatusPerkawinan.BelumKawin;
    public StatusHamil? StatusHamil { get; set; }
    public Disabilitas Disabilitas { get; set; }
    public PenyakitKronis PenyakitKronis { get; set; }
    public PartisipasiSekolah PartisipasiSekolah { get; set; }
    public Ijazah? Ijazah { get; set; }
    public StatusPekerjaan? Pekerjaan { get; set; }
    [StringLength(100, ErrorMessage = "Nama ibu kandung paling banyak 100 huruf.")]
    public string? NamaIbuKandung { get; set; }

    public static IsianAnggota Dari(SandboxAnggota a) => new()
    {
        Nik = a.Nik, Nama = a.Nama, JenisKelamin = a.JenisKelamin, TanggalLahir = a.TanggalLahir, Hubungan = a.Hubungan,
        StatusPerkawinan = a.StatusPerkawinan, StatusHamil = a.StatusHamil, Disabilitas = a.Disabilitas, PenyakitKronis = a.PenyakitKronis,
        PartisipasiSekolah = a.PartisipasiSekolah, Ijazah = a.Ijazah, Pekerjaan = a.Pekerjaan, NamaIbuKandung = a.NamaIbuKandung,
    };

    public void Terapkan(SandboxAnggota a)
    {
        a.Nik = Nik.Trim();
        a.Nama = Nama.Trim();
        a.JenisKelamin = JenisKelamin;
        a.TanggalLahir = TanggalLahir!.Value;
        a.Hubungan = Hubungan;
        a.StatusPerkawinan = StatusPerkawinan;
        a.StatusHamil = StatusHamil;
        a.Disabilitas = Disabilitas;
        a.PenyakitKronis = PenyakitKronis;
        a.PartisipasiSekolah = PartisipasiSekolah;
        a.Ijazah = Ijazah;
        a.Pekerjaan = Pekerjaan;
        a.NamaIbuKandung = string.IsNullOrWhiteSpace(NamaIbuKandung) ? null : NamaIbuKandung.Trim();
    }
}
