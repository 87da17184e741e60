using DtksTraining.Web.Akun;
using DtksTraining.Web.Sertifikat;

namespace DtksTraining.Tests.Sertifikat;

public class KelayakanSertifikatTests
{
    private const int Putaran = 2024;
    private const int UjianKades = 11;
    private const int UjianOperator = 12;

    private static readonly AturanPutaran Aturan = new(UjianKades, UjianOperator,
    [
        new("nonaktif-meninggal", "Menonaktifkan anggota meninggal"),
        new("data-ganda", "Menyelesaikan data ganda"),
    ]);

    // kehadiran: "H" hadir, "T" terlambat, "I" izin, "X" tidak hadir, followed by the putaran id.
    // ujian: "<ujianId>:<L|G>:<nilai>", L lulus, G gagal.
    [Theory]
    [InlineData(Peran.KepalaDesa, "H2024", "11:L:80", "", true, "", 80)]
    [InlineData(Peran.KepalaDesa, "T2024", "11:L:70", "", true, "", 70)]
    [InlineData(Peran.KepalaDesa, "X2024 T2024", "11:G:40 11:L:75 11:L:90", "", true, "", 90)]
    [InlineData(Peran.KepalaDesa, "I2024", "11:L:80", "", false, "Belum hadir di sesi pelatihan", 80)]
    [InlineData(Peran.KepalaDesa, "X2024", "11:G:40", "", false, "Belum hadir di sesi pelatihan|Ujian Kepala Desa belum lulus", null)]
    [InlineData(Peran.KepalaDesa, "H2023", "11:L:80", "", false, "Belum hadir di sesi pelatihan", 80)]
    [InlineData(Peran.KepalaDesa, "H2024", "12:L:95", "", false, "Ujian Kepala Desa belum lulus", null)]
    [InlineData(Peran.KepalaDesa, "", "", "", false, "Belum hadir di sesi pelatihan|Ujian Kepala Desa belum lulus", null)]
    [InlineData(Peran.Operator, "H2024", "12:L:85", "nonaktif-meninggal data-ganda", true, "", 85)]
    [InlineData(Peran.Operator, "T2024", "12:L:85", "data-ganda nonaktif-meninggal lain", true, "", 85)]
    [InlineData(Peran.Operator, "H2024", "12:L:85", "data-ganda", false, "Latihan sandbox belum selesai: Menonaktifkan anggota meninggal", 85)]
    [InlineData(Peran.Operator, "H2024", "11:L:85", "nonaktif-meninggal data-ganda", false, "Ujian Operator SIKS-NG belum lulus", null)]
    [InlineData(Peran.Operator, "I2024 X2024", "12:G:50", "", false,
        "Belum hadir di sesi pelatihan|Ujian Operator SIKS-NG belum lulus|Latihan sandbox belum selesai: Menonaktifkan anggota meninggal|Latihan sandbox belum selesai: Menyelesaikan data ganda", null)]
    [InlineData(Peran.Fasilitator, "H2024", "11:L:80", "", false, "Sertifikat hanya untuk Kepala Desa dan Operator SIKS-NG", null)]
    public void Periksa_MenilaiSyaratPerPeran(string peran, string kehadiran, string ujian, string latihan,
        bool layak, string kekurangan, int? nilai)
    {
        var calon = new CalonSertifikat(peran, Putaran, new FaktaPeserta(
            Pisah(kehadiran).Select((k, i) => new KehadiranSesi(int.Parse(k[1..]), i + 1, Status(k[0]))).ToList(),
            Pisah(ujian).Select(u => u.Split(':')).Select(u => new HasilUjian(int.Parse(u[0]), u[1] == "L", decimal.Parse(u[2]))).ToList(),
            Pisah(latihan).ToHashSet()), Aturan);

        var hasil = KelayakanSertifikat.Periksa(calon);

        Assert.Equal(layak, hasil.Layak);
        Assert.Equal(kekurangan.Length == 0 ? [] : kekurangan.Split('|'), hasil.Kekurangan.Select(k => k.ToString()));
        Assert.Equal(nilai, (int?)hasil.NilaiUjian);
    }

    [Theory]
    [InlineData(Peran.KepalaDesa, UjianKades)]
    [InlineData(Peran.Operator, UjianOperator)]
    [InlineData(Peran.Admin, null)]
    public void UjianUntuk_MemilihUjianSesuaiPeran(string peran, int? ujianId) =>
        Assert.Equal(ujianId, KelayakanSertifikat.UjianUntuk(peran, Aturan));

    private static string[] Pisah(string teks) => teks.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static StatusKehadiran Status(char kode) => kode switch
    {
        'H' => StatusKehadiran.Hadir,
        'T' => StatusKehadiran.Terlambat,
        'I' => StatusKehadiran.Izin,
        _ => StatusKehadiran.TidakHadir,
    };
}
