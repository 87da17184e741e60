namespace DtksTraining.Web.Sandbox;

// Both disability columns are kept: the tuna-x code (DTKS) and functional difficulty (DTSEN). Whatever list the form
// used, the other column is derived from it, so rules that read either (PKH severe disability) agree.
public static class PetaDisabilitas
{
    private const KesulitanFungsi Daksa = KesulitanFungsi.BerjalanNaikTangga | KesulitanFungsi.MenggunakanTangan;

    public static KesulitanFungsi Fungsi(Disabilitas d) => d switch
    {
        Disabilitas.TunaDaksa => Daksa,
        Disabilitas.TunaNetra => KesulitanFungsi.Melihat,
        Disabilitas.TunaRungu => KesulitanFungsi.Mendengar,
        Disabilitas.TunaWicara => KesulitanFungsi.Berkomunikasi,
        Disabilitas.RunguWicara => KesulitanFungsi.Mendengar | KesulitanFungsi.Berkomunikasi,
        Disabilitas.NetraDaksa => KesulitanFungsi.Melihat | Daksa,
        Disabilitas.NetraRunguWicara => KesulitanFungsi.Melihat | KesulitanFungsi.Mendengar | KesulitanFungsi.Berkomunikasi,
        Disabilitas.RunguWicaraDaksa => KesulitanFungsi.Mendengar | KesulitanFungsi.Berkomunikasi | Daksa,
        Disabilitas.RunguWicaraNetraDaksa => KesulitanFungsi.Melihat | KesulitanFungsi.Mendengar | KesulitanFungsi.Berkomunikasi | Daksa,
        Disabilitas.MentalRetardasi => KesulitanFungsi.MengingatBerkonsentrasi | KesulitanFungsi.MengurusDiri,
        Disabilitas.MantanSakitJiwa => KesulitanFungsi.PerilakuEmosi,
        Disabilitas.FisikDanMental => KesulitanFungsi.MengingatBerkonsentrasi | Daksa,
        _ => KesulitanFungsi.Tidak,
    };

    // A tuna-x code is a disability that limits daily life: it counts as "banyak kesulitan" at least.
    public static TingkatKesulitan Tingkat(Disabilitas d) => d == Disabilitas.Tidak ? TingkatKesulitan.TidakAda : TingkatKesulitan.Banyak;

    // Only "banyak" or "sama sekali tidak bisa" is a disability in the tuna-x sense; a slight difficulty is not.
    public static Disabilitas Tuna(KesulitanFungsi k, TingkatKesulitan t)
    {
        if (k == KesulitanFungsi.Tidak || t < TingkatKesulitan.Banyak) return Disabilitas.Tidak;
        var netra = k.HasFlag(KesulitanFungsi.Melihat);
        var rungu = k.HasFlag(KesulitanFungsi.Mendengar);
        var wicara = k.HasFlag(KesulitanFungsi.Berkomunikasi);
        var daksa = (k & (Daksa | KesulitanFungsi.MengurusDiri)) != 0 && !k.HasFlag(KesulitanFungsi.MengingatBerkonsentrasi);
        var fisik = (k & (Daksa | KesulitanFungsi.Melihat | KesulitanFungsi.Mendengar | KesulitanFungsi.Berkomunikasi)) != 0;
        var mental = k.HasFlag(KesulitanFungsi.MengingatBerkonsentrasi);
        var jiwa = k.HasFlag(KesulitanFungsi.PerilakuEmosi);
        if (mental && (k & Daksa) != 0) return Disabilitas.FisikDanMental;
        if (mental) return Disabilitas.MentalRetardasi;
        if (jiwa) return fisik ? Disabilitas.FisikDanMental : Disabilitas.MantanSakitJiwa;
        return (netra, rungu, wicara, daksa) switch
        {
            (true, true, true, true) => Disabilitas.RunguWicaraNetraDaksa,
            (false, true, true, true) => Disabilitas.RunguWicaraDaksa,
            (true, true, true, false) => Disabilitas.NetraRunguWicara,
            (true, _, _, true) => Disabilitas.NetraDaksa,
            (_, true, true, _) => Disabilitas.RunguWicara,
            (true, _, _, _) => Disabilitas.TunaNetra,
            (_, true, _, _) => Disabilitas.TunaRungu,
            (_, _, true, _) => Disabilitas.TunaWicara,
            _ => Disabilitas.TunaDaksa,
        };
    }

    // PKH's "disabilitas berat" component, read from either list.
    public static bool Berat(Disabilitas d, KesulitanFungsi k, TingkatKesulitan t) =>
        d != Disabilitas.Tidak || (k != KesulitanFungsi.Tidak && t >= TingkatKesulitan.Banyak);
}
