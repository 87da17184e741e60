using System.ComponentModel.DataAnnotations;

namespace DtksTraining.Web.Sandbox.Pages.Sandbox;

// The member form of SIKS-NG (perbaikan data, anggota baru, head of a new family).
public sealed class IsianAnggota : IValidatableObject
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
    // DTSEN: functional difficulty (shown instead of Disabilitas when the active list is DTSEN).
    public List<KesulitanFungsi> Kesulitan { get; set; } = [];
    public TingkatKesulitan TingkatKesulitan { get; set; }
    [StringLength(60, ErrorMessage = "Tempat lahir paling banyak 60 huruf.")]
    public string? TempatLahir { get; set; }
    public Pendidikan? Pendidikan { get; set; }
    public LapanganUsaha? LapanganUsaha { get; set; }
    [StringLength(60, ErrorMessage = "Jenis pekerjaan paling banyak 60 huruf.")]
    public string? JenisPekerjaan { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kesulitan.Count > 0 && TingkatKesulitan == TingkatKesulitan.TidakAda)
            yield return new ValidationResult("Pilih tingkat kesulitan untuk kesulitan yang dicentang.", [nameof(TingkatKesulitan)]);
        if (Kesulitan.Count == 0 && TingkatKesulitan != TingkatKesulitan.TidakAda)
            yield return new ValidationResult("Centang jenis kesulitan yang dialami, atau pilih \"tidak ada kesulitan\".", [nameof(Kesulitan)]);
        if (LapanganUsaha is not null && Pekerjaan is null)
            yield return new ValidationResult("Lapangan usaha hanya diisi untuk yang bekerja: pilih status pekerjaan atau kosongkan lapangan usaha.", [nameof(LapanganUsaha)]);
    }

    public static IsianAnggota Dari(SandboxAnggota a) => new()
    {
        Nik = a.Nik, Nama = a.Nama, JenisKelamin = a.JenisKelamin, TanggalLahir = a.TanggalLahir, Hubungan = a.Hubungan,
        StatusPerkawinan = a.StatusPerkawinan, StatusHamil = a.StatusHamil, Disabilitas = a.Disabilitas, PenyakitKronis = a.PenyakitKronis,
        PartisipasiSekolah = a.PartisipasiSekolah, Ijazah = a.Ijazah, Pekerjaan = a.Pekerjaan, NamaIbuKandung = a.NamaIbuKandung,
        Kesulitan = [.. Enum.GetValues<KesulitanFungsi>().Where(f => f != KesulitanFungsi.Tidak && a.KesulitanFungsi.HasFlag(f))],
        TingkatKesulitan = a.TingkatKesulitan, TempatLahir = a.TempatLahir, Pendidikan = a.Pendidikan, LapanganUsaha = a.LapanganUsaha,
        JenisPekerjaan = a.JenisPekerjaan,
    };

    // The form shows one disability list; the other column follows it, and stays as it was when the shown one is unchanged.
    public void Terapkan(SandboxAnggota a, DaftarKode daftar)
    {
        var fungsi = Kesulitan.Aggregate(KesulitanFungsi.Tidak, (jumlah, f) => jumlah | f);
        if (daftar.DisabilitasFungsional)
        {
            if (fungsi != a.KesulitanFungsi || TingkatKesulitan != a.TingkatKesulitan) a.Disabilitas = PetaDisabilitas.Tuna(fungsi, TingkatKesulitan);
            a.KesulitanFungsi = fungsi;
            a.TingkatKesulitan = fungsi == KesulitanFungsi.Tidak ? TingkatKesulitan.TidakAda : TingkatKesulitan;
        }
        else
        {
            if (Disabilitas != a.Disabilitas)
            {
                a.KesulitanFungsi = PetaDisabilitas.Fungsi(Disabilitas);
                a.TingkatKesulitan = PetaDisabilitas.Tingkat(Disabilitas);
            }
            a.Disabilitas = Disabilitas;
        }
        a.TempatLahir = string.IsNullOrWhiteSpace(TempatLahir) ? null : TempatLahir.Trim();
        a.Pendidikan = Pendidikan;
        a.LapanganUsaha = LapanganUsaha;
        a.JenisPekerjaan = string.IsNullOrWhiteSpace(JenisPekerjaan) ? null : JenisPekerjaan.Trim();
        a.Nik = Nik.Trim();
        a.Nama = Nama.Trim();
        a.JenisKelamin = JenisKelamin;
        a.TanggalLahir = TanggalLahir!.Value;
        a.Hubungan = Hubungan;
        a.StatusPerkawinan = StatusPerkawinan;
        a.StatusHamil = StatusHamil;
        a.PenyakitKronis = PenyakitKronis;
        a.PartisipasiSekolah = PartisipasiSekolah;
        a.Ijazah = Ijazah;
        a.Pekerjaan = Pekerjaan;
        a.NamaIbuKandung = string.IsNullOrWhiteSpace(NamaIbuKandung) ? null : NamaIbuKandung.Trim();
    }
}
