using System.Security.Cryptography;

namespace DtksTraining.Web.Shared;

public static class DocumentHash
{
    public static string Sha256Hex(ReadOnlySpan<byte> isi) => Convert.ToHexStringLower(SHA256.HashData(isi));

    public static string Sha256Hex(Stream isi) => Convert.ToHexStringLower(SHA256.HashData(isi));

    // An uploaded file is the issued one only when its bytes hash to the hash recorded at issue time.
    public static bool Cocok(string sha256HexTercatat, Stream unggahan) =>
        DariHex(sha256HexTercatat) is { } tercatat && CryptographicOperations.FixedTimeEquals(tercatat, SHA256.HashData(unggahan));

    public static bool Cocok(string sha256HexTercatat, ReadOnlySpan<byte> unggahan) =>
        DariHex(sha256HexTercatat) is { } tercatat && CryptographicOperations.FixedTimeEquals(tercatat, SHA256.HashData(unggahan));

    private static byte[]? DariHex(string hex)
    {
        var hasil = new byte[SHA256.HashSizeInBytes];
        return Convert.FromHexString(hex.Trim(), hasil, out _, out var ditulis) == System.Buffers.OperationStatus.Done
            && ditulis == hasil.Length ? hasil : null;
    }
}
