using System.ComponentModel.DataAnnotations;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sertifikat;

namespace DtksTraining.Web.Shared;

// The signatory printed on berita acara, letters and certificates.
public sealed class DinsosOptions
{
    [Required(ErrorMessage = "Dinsos:KepalaDinasNama wajib diisi.")] public string KepalaDinasNama { get; set; } = "";
    [Required(ErrorMessage = "Dinsos:KepalaDinasNip wajib diisi.")] public string KepalaDinasNip { get; set; } = "";

    // Number of the surat undangan; see Domain/Scheduling/NomorSurat for the parts ({seq:000}, {year}, {month-roman}, ...).
    [CustomValidation(typeof(DinsosOptions), nameof(PeriksaPola))] public string PolaNomorSurat { get; set; } = NomorSurat.PolaBawaan;

    public static ValidationResult? PeriksaPola(string? pola) =>
        NomorSurat.Periksa(pola) is { } galat ? new ValidationResult("Dinsos:PolaNomorSurat: " + galat) : ValidationResult.Success;

    // Public address printed on certificates (QR to /verifikasi) and in mails; the address people reach, not the node's.
    [CustomValidation(typeof(DinsosOptions), nameof(PeriksaAlamat))] public string AlamatSitus { get; set; } = "http://localhost:5080";

    public static ValidationResult? PeriksaAlamat(string? alamat) =>
        Uri.TryCreate(alamat, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? ValidationResult.Success
            : new ValidationResult("Dinsos:AlamatSitus harus alamat http(s) lengkap, misalnya https://pelatihan-dtks.pesawarankab.go.id.");

    public Uri AlamatPublik(string jalur) => new(new Uri(AlamatSitus.TrimEnd('/') + "/"), jalur.TrimStart('/'));

    public Penandatangan Penandatangan => new(KepalaDinasNama, KepalaDinasNip);
}
