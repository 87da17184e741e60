using System.Security.Cryptography;
using System.Text;
using DtksTraining.Web.Sertifikat;
using DtksTraining.Web.Shared;

namespace DtksTraining.Web.Kehadiran;

public enum CaraCatat { Daftar, Pin, KodeSesi, Qr }

public static class AturanKehadiran
{
    public static readonly TimeSpan BukaSebelumMulai = TimeSpan.FromHours(1);

    public static string Label(StatusKehadiran status) => status switch
    {
        StatusKehadiran.Hadir => "Hadir",
        StatusKehadiran.Terlambat => "Terlambat",
        StatusKehadiran.Izin => "Izin",
        _ => "Tidak hadir",
    };

    // Marking opens an hour before the session and closes at the end of its day (WIB); Admins may correct later.
    public static string? CekJendela(DateTimeOffset mulaiUtc, DateOnly tanggalSesi, DateTimeOffset now, bool olehAdmin)
    {
        if (olehAdmin) return null;
        if (now < mulaiUtc - BukaSebelumMulai)
            return $"Pencatatan kehadiran baru dibuka {Wib.TampilSingkat(mulaiUtc - BukaSebelumMulai)}.";
        var tutup = Wib.Pada(tanggalSesi.AddDays(1), TimeOnly.MinValue);
        if (now >= tutup)
            return "Pencatatan kehadiran sesi ini sudah ditutup. Koreksi hanya dapat dilakukan oleh Admin.";
        return null;
    }

    // Arriving more than 15 minutes after the start counts as late, as on the paper daftar hadir.
    public static StatusKehadiran StatusSaatDatang(DateTimeOffset mulaiUtc, DateTimeOffset now) =>
        now > mulaiUtc + TimeSpan.FromMinutes(15) ? StatusKehadiran.Terlambat : StatusKehadiran.Hadir;

    public static bool MenghitungHadir(StatusKehadiran status) => status is StatusKehadiran.Hadir or StatusKehadiran.Terlambat;
}

// The code on the projector: six digits from an HMAC of the session and the current minute; the previous minute still counts.
public static class KodeSesi
{
    public static readonly TimeSpan Periode = TimeSpan.FromSeconds(60);

    public static string Untuk(int sesiId, byte[] kunci, DateTimeOffset now) => Hitung(sesiId, kunci, Jendela(now));

    public static bool Cocok(string? kode, int sesiId, byte[] kunci, DateTimeOffset now)
    {
        var rapi = new string((kode ?? "").Where(char.IsDigit).ToArray());
        if (rapi.Length != 6) return false;
        var jendela = Jendela(now);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(rapi), Encoding.ASCII.GetBytes(Hitung(sesiId, kunci, jendela)))
               || CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(rapi), Encoding.ASCII.GetBytes(Hitung(sesiId, kunci, jendela - 1)));
    }

    public static TimeSpan SisaWaktu(DateTimeOffset now) =>
        Periode - TimeSpan.FromSeconds(now.ToUnixTimeSeconds() % (long)Periode.TotalSeconds);

    private static long Jendela(DateTimeOffset now) => now.ToUnixTimeSeconds() / (long)Periode.TotalSeconds;

    private static string Hitung(int sesiId, byte[] kunci, long jendela)
    {
        var hash = HMACSHA256.HashData(kunci, Encoding.ASCII.GetBytes($"sesi:{sesiId}:{jendela}"));
        var angka = (BitConverter.ToUInt32(hash, 0) & 0x7FFF_FFFF) % 1_000_000;
        return angka.ToString("D6");
    }
}
