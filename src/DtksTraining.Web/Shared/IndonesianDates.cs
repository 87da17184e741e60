namespace DtksTraining.Web.Shared;

// Month names written out so documents read the same whatever ICU data the server has.
public static class IndonesianDates
{
    private static readonly string[] Bulan =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    private static readonly string[] Hari = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    public static string NamaBulan(int bulan) => Bulan[bulan - 1];

    public static string Panjang(DateOnly tanggal) => $"{tanggal.Day} {Bulan[tanggal.Month - 1]} {tanggal.Year}";

    public static string DenganHari(DateOnly tanggal) => $"{Hari[(int)tanggal.DayOfWeek]}, {Panjang(tanggal)}";
}
