namespace DtksTraining.Web.Sandbox;

public enum JenisUsulan : byte { UsulanBaru = 1, PerbaikanData = 2, AnggotaBaru = 3, Nonaktif = 4, UsulanProgram = 5 }

// DTKS.md §2 (inferred states): DRAFT → BA_MUSDES_DIUNGGAH → DIAJUKAN → DIVERIFIKASI_DINSOS / DIKEMBALIKAN / DITOLAK
// → DISAHKAN → PADAN / TIDAK_PADAN → DITETAPKAN.
public enum StatusUsulan : byte
{
    Draft = 1, BaMusdesDiunggah = 2, Diajukan = 3, DiverifikasiDinsos = 4, Dikembalikan = 5, Ditolak = 6,
    Disahkan = 7, Padan = 8, TidakPadan = 9, Ditetapkan = 10,
}

public enum PelakuUsulan : byte { Operator = 1, VerifikatorDinsos = 2, KepalaOpd = 3, Sistem = 4 }

// What an exercise checker needs to know of a proposal, independent of storage.
public sealed record UsulanTercatat(
    JenisUsulan Jenis, StatusUsulan Status, string NoKk, string? Nik, AlasanNonaktif? Alasan, bool AdaBeritaAcara);

public sealed record Transisi(StatusUsulan Dari, StatusUsulan Ke, PelakuUsulan Pelaku, bool PerluAlasan);

public static class AlurUsulan
{
    public static readonly IReadOnlyList<Transisi> Semua =
    [
        new(StatusUsulan.Draft, StatusUsulan.BaMusdesDiunggah, PelakuUsulan.Operator, false),
        new(StatusUsulan.Dikembalikan, StatusUsulan.BaMusdesDiunggah, PelakuUsulan.Operator, false),
        new(StatusUsulan.BaMusdesDiunggah, StatusUsulan.Diajukan, PelakuUsulan.Operator, false),
        new(StatusUsulan.Diajukan, StatusUsulan.DiverifikasiDinsos, PelakuUsulan.VerifikatorDinsos, false),
        new(StatusUsulan.Diajukan, StatusUsulan.Dikembalikan, PelakuUsulan.VerifikatorDinsos, true),
        new(StatusUsulan.Diajukan, StatusUsulan.Ditolak, PelakuUsulan.VerifikatorDinsos, true),
        new(StatusUsulan.DiverifikasiDinsos, StatusUsulan.Disahkan, PelakuUsulan.KepalaOpd, false),
        new(StatusUsulan.Disahkan, StatusUsulan.Padan, PelakuUsulan.Sistem, false),
        new(StatusUsulan.Disahkan, StatusUsulan.TidakPadan, PelakuUsulan.Sistem, true),
        new(StatusUsulan.Padan, StatusUsulan.Ditetapkan, PelakuUsulan.Sistem, false),
    ];

    public static Transisi? Cari(StatusUsulan dari, StatusUsulan ke) =>
        Semua.FirstOrDefault(t => t.Dari == dari && t.Ke == ke);

    public static IEnumerable<Transisi> Berikutnya(StatusUsulan dari) => Semua.Where(t => t.Dari == dari);

    // Null when allowed; otherwise the reason in Bahasa.
    public static string? Periksa(StatusUsulan dari, StatusUsulan ke, PelakuUsulan pelaku, string? alasan)
    {
        var transisi = Cari(dari, ke);
        if (transisi is null)
            return $"Usulan berstatus {dari.Teks()} tidak dapat diubah menjadi {ke.Teks()}.";
        if (transisi.Pelaku != pelaku)
            return $"Langkah ini hanya dapat dilakukan oleh {transisi.Pelaku.Teks()}.";
        if (transisi.PerluAlasan && string.IsNullOrWhiteSpace(alasan))
            return "Alasan wajib diisi.";
        return null;
    }

    // Still in the operator's hands or in the pipeline; a returned, refused or finished proposal is not.
    public static bool Berjalan(StatusUsulan s) =>
        s is not (StatusUsulan.Ditolak or StatusUsulan.TidakPadan or StatusUsulan.Ditetapkan);

    public static bool SudahDiajukan(StatusUsulan s) =>
        s is StatusUsulan.Diajukan or StatusUsulan.DiverifikasiDinsos or StatusUsulan.Disahkan
            or StatusUsulan.Padan or StatusUsulan.Ditetapkan;

    public static string Teks(this StatusUsulan s) => s switch
    {
        StatusUsulan.Draft => "Draf",
        StatusUsulan.BaMusdesDiunggah => "BA musdes diunggah",
        StatusUsulan.Diajukan => "Diajukan ke kabupaten",
        StatusUsulan.DiverifikasiDinsos => "Diverifikasi Dinsos",
        StatusUsulan.Dikembalikan => "Dikembalikan",
        StatusUsulan.Ditolak => "Ditolak",
        StatusUsulan.Disahkan => "Disahkan",
        StatusUsulan.Padan => "Padan Dukcapil",
        StatusUsulan.TidakPadan => "Tidak padan Dukcapil",
        StatusUsulan.Ditetapkan => "Ditetapkan",
        _ => s.ToString(),
    };

    public static string Teks(this JenisUsulan j) => j switch
    {
        JenisUsulan.UsulanBaru => "Usulan baru",
        JenisUsulan.PerbaikanData => "Perbaikan data",
        JenisUsulan.AnggotaBaru => "Anggota baru",
        JenisUsulan.Nonaktif => "Usulan nonaktif",
        JenisUsulan.UsulanProgram => "Usulan program",
        _ => j.ToString(),
    };

    public static string Teks(this PelakuUsulan p) => p switch
    {
        PelakuUsulan.Operator => "operator desa",
        PelakuUsulan.VerifikatorDinsos => "verifikator Dinas Sosial",
        PelakuUsulan.KepalaOpd => "Kepala Dinas Sosial",
        _ => "sistem",
    };
}
