using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DtksTraining.Web.Kehadiran;

// Payload on the personal QR code: DTKS1:<enrolmenId>:<token>, the token being a truncated HMAC-SHA256 of the rest.
public static class QrPeserta
{
    public const string Versi = "DTKS1";
    public const int PanjangKunciMinimum = 32;
    private const int PanjangTokenByte = 16;

    public static string Buat(int enrolmenId, byte[] kunci)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(enrolmenId);
        var isi = Isi(enrolmenId);
        return $"{isi}:{Base64Url(Token(isi, kunci))}";
    }

    public static int? Verifikasi(string? payload, byte[] kunci)
    {
        var bagian = payload?.Trim().Split(':');
        if (bagian is not [Versi, var idTeks, var tokenTeks]) return null;
        if (!int.TryParse(idTeks, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0) return null;
        if (Isi(id) != $"{Versi}:{idTeks}") return null;

        var diharapkan = Base64Url(Token(Isi(id), kunci));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(diharapkan), Encoding.ASCII.GetBytes(tokenTeks)) ? id : null;
    }

    private static string Isi(int enrolmenId) => $"{Versi}:{enrolmenId.ToString(CultureInfo.InvariantCulture)}";

    private static byte[] Token(string isi, byte[] kunci)
    {
        if (kunci.Length < PanjangKunciMinimum)
            throw new ArgumentException($"Kunci QR minimal {PanjangKunciMinimum} byte.", nameof(kunci));
        return HMACSHA256.HashData(kunci, Encoding.ASCII.GetBytes(isi))[..PanjangTokenByte];
    }

    private static string Base64Url(byte[] data) => Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
