using System.ComponentModel.DataAnnotations;
using DtksTraining.Web.Documents;

namespace DtksTraining.Web.Infrastructure;

// The signatory printed on berita acara, letters and certificates.
public sealed class DinsosOptions
{
    [Required(ErrorMessage = "Dinsos:KepalaDinasNama wajib diisi.")] public string KepalaDinasNama { get; set; } = "";
    [Required(ErrorMessage = "Dinsos:KepalaDinasNip wajib diisi.")] public string KepalaDinasNip { get; set; } = "";

    public Penandatangan Penandatangan => new(KepalaDinasNama, KepalaDinasNip);
}
