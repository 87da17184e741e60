namespace DtksTraining.Web.Sandbox;

// The assertion vocabulary of content/exercises/*.yaml; every check is resolved against the planted anomaly (its KK and NIK).
public enum JenisCek
{
    NikAktifDiSatuKk = 1,    // nik_aktif_di_satu_kk: the NIK is active in exactly one KK
    NikAktifDiKkDukcapil,    // nik_aktif_di_kk_dukcapil: ... and that KK is the one Dukcapil lists
    AnggotaAda,              // anggota_ada: the person is a member of the target KK
    AnggotaKeberadaan,       // anggota_keberadaan: ... with the given status keberadaan
    PadanDukcapil,           // padan_dukcapil: name (case and spacing ignored), birth date and/or sex equal Dukcapil's
    FieldTerisi,             // field_terisi: a member field is filled
    UsulanAda,               // usulan_ada: a proposal of a kind (and reason) for the person or the family, at least at a status
    KepalaKeluargaBaru,      // kepala_keluarga_baru: exactly one living head, not the target person
    AnggotaLainTetapAktif,   // anggota_lain_tetap_aktif: the other members present at the start are still active
    KeluargaAda,             // keluarga_ada: the KK is in the register with the target person active in it
    AnggotaSesuaiKk,         // anggota_sesuai_kk: every person Dukcapil lists in the KK is a member, name padan
    TemuanHilang,            // temuan_hilang: rule `aturan` of ValidasiDtks no longer flags the target (its NIK, or with tingkat keluarga its KK)
    UsulanTidakAda,          // usulan_tidak_ada: no proposal of a kind for the target family, so the wrong route was not taken
}

public enum BagianPadan { Semua = 0, Nama, TanggalLahir, JenisKelamin }

public enum FieldAnggota { NamaIbuKandung = 1, Ijazah, Pekerjaan }

public sealed record Cek(
    JenisCek Jenis, string Judul, string Pesan, string Petunjuk, long Baris,
    StatusKeberadaan? Keberadaan = null, BagianPadan Bagian = BagianPadan.Semua, FieldAnggota? Field = null,
    JenisUsulan? JenisUsulan = null, AlasanNonaktif? Alasan = null, StatusUsulan StatusMinimal = StatusUsulan.Diajukan,
    bool BeritaAcara = false, bool TingkatKeluarga = false, int? Aturan = null);

public sealed record Latihan(
    string Id, string Judul, int Urutan, string Masalah, JenisAnomali Anomali, int Sasaran, string Ringkasan,
    IReadOnlyList<Cek> Cek, VersiKode? DaftarKode = null);

public sealed record HasilCek(int Nomor, JenisCek Jenis, string Judul, bool Lulus, string Pesan, string Petunjuk, string? Rincian);

public sealed record HasilPeriksa(IReadOnlyList<HasilCek> Cek)
{
    public int JumlahLulus => Cek.Count(c => c.Lulus);
    public int Skor => Cek.Count == 0 ? 0 : JumlahLulus * 100 / Cek.Count;
    public bool Lulus => Cek.Count > 0 && Cek.All(c => c.Lulus);
    public IEnumerable<HasilCek> Gagal => Cek.Where(c => !c.Lulus);
}
