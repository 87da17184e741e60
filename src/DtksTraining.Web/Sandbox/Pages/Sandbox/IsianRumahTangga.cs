using System.ComponentModel.DataAnnotations;

namespace DtksTraining.Web.Sandbox.Pages.Sandbox;

// The household fields of §4 an operator corrects during verval: land and livestock.
public sealed class IsianRumahTangga
{
    [Range(0, 10_000_000, ErrorMessage = "Luas lahan diisi 0 sampai 10.000.000 m² (1.000 ha).")]
    public int LuasLahan { get; set; }
    [Range(0, 1000, ErrorMessage = "Jumlah sapi/kerbau diisi 0 sampai 1.000 ekor.")]
    public int TernakSapi { get; set; }
    [Range(0, 1000, ErrorMessage = "Jumlah kambing/domba diisi 0 sampai 1.000 ekor.")]
    public int TernakKambing { get; set; }
    [Range(0, 100_000, ErrorMessage = "Jumlah ayam/unggas diisi 0 sampai 100.000 ekor.")]
    public int TernakUnggas { get; set; }

    public static IsianRumahTangga Dari(SandboxRumahTangga r) => new()
    {
        LuasLahan = r.LuasLahan, TernakSapi = r.TernakSapi, TernakKambing = r.TernakKambing, TernakUnggas = r.TernakUnggas,
    };

    public void Terapkan(SandboxRumahTangga r)
    {
        r.LuasLahan = LuasLahan;
        r.TernakSapi = TernakSapi;
        r.TernakKambing = TernakKambing;
        r.TernakUnggas = TernakUnggas;
    }
}
