using Microsoft.AspNetCore.Mvc.Rendering;

namespace DtksTraining.Web.Sandbox.Pages.Sandbox;

// Code lists of DTKS §3 as SIKS-NG shows them: "code – label".
public static class Pilihan
{
    private static List<SelectListItem> Daftar<T>(Func<T, string> teks, Func<T, string>? kode = null) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(
            $"{(kode ?? (x => Convert.ToInt32(x).ToString()))(v)} – {teks(v)}", v.ToString())).ToList();

    public static List<SelectListItem> JenisKelamin => Daftar<JenisKelamin>(v => v.Teks());
    public static List<SelectListItem> Hubungan => Daftar<HubunganKeluarga>(v => v.Teks());
    public static List<SelectListItem> StatusPerkawinan => Daftar<StatusPerkawinan>(v => v.Teks());
    public static List<SelectListItem> StatusHamil => Daftar<StatusHamil>(v => v.Teks());
    public static List<SelectListItem> Disabilitas => Daftar<Disabilitas>(v => v.Teks(), v => v.Kode());
    public static List<SelectListItem> PenyakitKronis => Daftar<PenyakitKronis>(v => v.Teks());
    public static List<SelectListItem> PartisipasiSekolah => Daftar<PartisipasiSekolah>(v => v.Teks());
    public static List<SelectListItem> Ijazah => Daftar<Ijazah>(v => v.Teks());
    public static List<SelectListItem> Pekerjaan => Daftar<StatusPekerjaan>(v => v.Teks());
    // Only the active list's statuses, with its numbers: 5 is "anggota baru" under DTSEN, 4 under DTKS.
    public static List<SelectListItem> Keberadaan(DaftarKode daftar, StatusKeberadaan? terpilih = null) =>
        daftar.Keberadaan.Select(k => new SelectListItem($"{k.Kode} – {k.Label}", k.Arti.ToString(), k.Arti == terpilih)).ToList();
    public static List<SelectListItem> Kesulitan => Enum.GetValues<KesulitanFungsi>().Where(f => f != KesulitanFungsi.Tidak)
        .Select(f => new SelectListItem(Label.Satu(f), f.ToString())).ToList();
    // Washington Group answer codes 1–4 (no difficulty … cannot do at all).
    public static List<SelectListItem> TingkatKesulitan => Daftar<TingkatKesulitan>(v => v.Teks(), v => ((int)v + 1).ToString());
    public static List<SelectListItem> Pendidikan => Daftar<Pendidikan>(v => v.Teks(), v => ((int)v).ToString("00"));
    public static List<SelectListItem> LapanganUsaha => Daftar<LapanganUsaha>(v => v.Teks());
    public static List<SelectListItem> AlasanNonaktif => Daftar<AlasanNonaktif>(v => v.Teks());
}
