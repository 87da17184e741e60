using DtksTraining.Web.Akun;

namespace DtksTraining.Web.Belajar;

public enum Audiens { Kades, Operator, Keduanya }

public enum JenisSoal { Single, Multiple, TrueFalse, Numeric, Matching }

public enum ModeUlasan { Selalu, SetelahLulusAtauPercobaanTerakhir, Tidak }

public sealed record BagianModul(int Indeks, string Judul, string Slug, string Html);

public sealed record Modul(
    string Id, string Judul, Audiens Audiens, int Urutan, int Menit,
    IReadOnlyList<string> Tujuan, string PengantarHtml, IReadOnlyList<BagianModul> Bagian, int? BagianJadwalDtsen = null)
{
    public bool UntukPeran(string? peran) => Audiensi.Cocok(Audiens, peran);
}

public sealed record PilihanJawaban(string Id, string Teks);

public sealed record PasanganJawaban(string Kiri, string Kanan);

public sealed record Soal(
    string Id, string ModulId, JenisSoal Jenis, int Kesulitan, string? Masalah, string Teks,
    IReadOnlyList<PilihanJawaban> Pilihan, IReadOnlyList<string> Kunci, decimal? KunciAngka,
    decimal Toleransi, string? Satuan, IReadOnlyList<PasanganJawaban> Pasangan, string Penjelasan);

public sealed record Kuis(
    string Id, string Judul, Audiens Audiens, IReadOnlyList<string> ModulIds, int JumlahSoal,
    int BatasWaktuMenit, int MaksPercobaan, int JedaMenit, int NilaiLulus, ModeUlasan Ulasan)
{
    public bool UntukPeran(string? peran) => Audiensi.Cocok(Audiens, peran);
}

public static class Audiensi
{
    // Staff (and anyone without a participant role) see every module and quiz.
    public static bool Cocok(Audiens audiens, string? peran) => peran switch
    {
        Peran.KepalaDesa => audiens is Audiens.Kades or Audiens.Keduanya,
        Peran.Operator => audiens is Audiens.Operator or Audiens.Keduanya,
        _ => true,
    };

    public static Audiens? Parse(string? teks) => teks switch
    {
        "kades" => Audiens.Kades,
        "operator" => Audiens.Operator,
        "both" => Audiens.Keduanya,
        _ => null,
    };
}
