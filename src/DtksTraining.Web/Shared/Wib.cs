using System.Globalization;

namespace DtksTraining.Web.Shared;

// Pesawaran runs on WIB; times are stored in UTC and shown in WIB.
public static class Wib
{
    public static readonly TimeZoneInfo Zona = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    public static DateTimeOffset Dari(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zona);

    public static DateTimeOffset Pada(DateOnly tanggal, TimeOnly jam) =>
        new(tanggal.ToDateTime(jam), Zona.GetUtcOffset(tanggal.ToDateTime(jam)));

    public static DateOnly Hari(DateTimeOffset utc) => DateOnly.FromDateTime(Dari(utc).DateTime);

    public static string Tampil(DateTimeOffset utc, CultureInfo? budaya = null) =>
        Dari(utc).ToString("dddd, d MMMM yyyy HH.mm", budaya ?? CultureInfo.CurrentCulture) + " WIB";

    public static string TampilSingkat(DateTimeOffset utc, CultureInfo? budaya = null) =>
        Dari(utc).ToString("d MMM yyyy HH.mm", budaya ?? CultureInfo.CurrentCulture) + " WIB";
}
