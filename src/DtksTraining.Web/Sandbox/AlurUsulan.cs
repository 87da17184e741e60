namespace DtksTraining.Web.Sandbox;

// PindahMasuk: a family that moved in already has a DTSEN record elsewhere, so it is an update, not an usulan baru (DTKS.md §2b).
public enum JenisUsulan : byte { UsulanBaru = 1, PerbaikanData = 2, AnggotaBaru = 3, Nonaktif = 4, UsulanProgram = 5, PindahMasuk = 6 }

// The monthly DTSEN chain of module 03: Draf → BA musdes diunggah → Diajukan → Diverifikasi Dinsos (or Dikembalikan /
// Ditolak) → Disahkan Kepala Dinas → pemeriksaan lapangan by pendamping PKH (sesuai / tidak sesuai) → desil ditetapkan.
// Padan (8) survives only in histories written before the DTSEN migration; Ditetapkan (10) became DesilDitetapkan.
public enum StatusUsulan : byte
{
    Draft = 1, BaMusdesDiunggah = 2, Diajukan = 3, DiverifikasiDinsos = 4, Dikembalikan = 5, Ditolak = 6,
    Disahkan = 7, Padan = 8, TidakPadan = 9, DesilDitetapkan = 10, LapanganSesuai = 11, LapanganTidakSesuai = 12,
}

public enum PelakuUsulan : byte { Operator = 1, VerifikatorDinsos = 2, KepalaOpd = 3, Sistem = 4, PendampingPkh = 5 }

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
        new(StatusUsulan.Disahkan, StatusUsulan.LapanganSesuai, PelakuUsulan.PendampingPkh, false),
        new(StatusUsulan.Disahkan, StatusUsulan.LapanganTidakSesuai, PelakuUsulan.PendampingPkh, true),
        new(StatusUsulan.LapanganTidakSesuai, StatusUsulan.BaMusdesDiunggah, PelakuUsulan.Operator, false),
        // Before ranking, the system matches the people with Dukcapil; a mismatch goes back to the desa with the reasons.
        new(StatusUsulan.LapanganSesuai, StatusUsulan.DesilDitetapkan, PelakuUsulan.Sistem, false),
        new(StatusUsulan.LapanganSesuai, StatusUsulan.TidakPadan, PelakuUsulan.Sistem, true),
        new(StatusUsulan.TidakPadan, StatusUsulan.BaMusdesDiunggah, PelakuUsulan.Operator, false),
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

    // Still in the operator's hands or in the pipeline; a refused or finished proposal is not.
    public static bool Berjalan(StatusUsulan s) =>
        s is not (StatusUsulan.Ditolak or StatusUsulan.DesilDitetapkan or StatusUsulan.Padan);

    public static bool SudahDiajukan(StatusUsulan s) =>
        s is StatusUsulan.Diajukan or StatusUsulan.DiverifikasiDinsos or StatusUsulan.Disahkan
            or StatusUsulan.Padan or StatusUsulan.LapanganSesuai or StatusUsulan.DesilDitetapkan;

    // Back in the operator's hands: the reason is in the last history row.
    public static bool KembaliKeDesa(StatusUsulan s) =>
        s is StatusUsulan.Dikembalikan or StatusUsulan.LapanganTidakSesuai or StatusUsulan.TidakPadan;

    // Where the proposal waits and for whom, as the operator reads it.
    public static string Posisi(this StatusUsulan s) => s switch
    {
        StatusUsulan.Draft => "Di desa: unggah berita acara musdes.",
        StatusUsulan.BaMusdesDiunggah => "Di desa: ajukan ke kabupaten sebelum jendela input ditutup.",
        StatusUsulan.Diajukan => "Di Dinsos: menunggu verifikator.",
        StatusUsulan.DiverifikasiDinsos => "Di Dinsos: menunggu pengesahan Kepala Dinas.",
        StatusUsulan.Disahkan => "Di lapangan: menunggu pemeriksaan oleh pendamping PKH.",
        StatusUsulan.LapanganSesuai => "Di BPS: menunggu penetapan desil.",
        StatusUsulan.DesilDitetapkan => "Selesai: desil sudah ditetapkan.",
        StatusUsulan.Ditolak => "Berhenti: usulan ditolak.",
        StatusUsulan.Padan => "Padan Dukcapil (alur DTKS lama).",
        _ => "Kembali ke desa: baca alasannya, perbaiki, unggah BA lagi, lalu ajukan ulang.",
    };

    public static string Teks(this StatusUsulan s) => s switch
    {
        StatusUsulan.Draft => "Draf",
        StatusUsulan.BaMusdesDiunggah => "BA musdes diunggah",
        StatusUsulan.Diajukan => "Diajukan ke kabupaten",
        StatusUsulan.DiverifikasiDinsos => "Diverifikasi Dinsos",
        StatusUsulan.Dikembalikan => "Dikembalikan",
        StatusUsulan.Ditolak => "Ditolak",
        StatusUsulan.Disahkan => "Disahkan Kepala Dinas",
        StatusUsulan.Padan => "Padan Dukcapil",
        StatusUsulan.TidakPadan => "Tidak padan Dukcapil",
        StatusUsulan.LapanganSesuai => "Pemeriksaan lapangan: sesuai",
        StatusUsulan.LapanganTidakSesuai => "Pemeriksaan lapangan: tidak sesuai",
        StatusUsulan.DesilDitetapkan => "Desil ditetapkan BPS",
        _ => s.ToString(),
    };

    public static string Teks(this JenisUsulan j) => j switch
    {
        JenisUsulan.UsulanBaru => "Usulan baru",
        JenisUsulan.PerbaikanData => "Perbaikan data",
        JenisUsulan.AnggotaBaru => "Anggota baru",
        JenisUsulan.Nonaktif => "Usulan nonaktif",
        JenisUsulan.UsulanProgram => "Usulan program",
        JenisUsulan.PindahMasuk => "Pindah masuk",
        _ => j.ToString(),
    };

    public static string Teks(this PelakuUsulan p) => p switch
    {
        PelakuUsulan.Operator => "operator desa",
        PelakuUsulan.VerifikatorDinsos => "verifikator Dinas Sosial",
        PelakuUsulan.KepalaOpd => "Kepala Dinas Sosial",
        PelakuUsulan.PendampingPkh => "pendamping PKH",
        _ => "sistem",
    };
}
