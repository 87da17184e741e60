using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;

namespace DtksTraining.Web.Sertifikat;

// The Dinsos signing key (ECDSA P-256, ES256). The private JWK is kept by the caller in storage; the JWKS is public.
public sealed class KunciPenerbit
{
    private const int PanjangKoordinat = 32;
    private readonly ECParameters parameter;

    private KunciPenerbit(ECParameters parameter, string? kid)
    {
        this.parameter = parameter;
        Kid = kid ?? Thumbprint(parameter);
    }

    public string Kid { get; }

    public bool PunyaKunciPrivat => parameter.D is not null;

    public static KunciPenerbit Buat()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new KunciPenerbit(ec.ExportParameters(true), null);
    }

    public static KunciPenerbit DariJwk(string jwk)
    {
        JsonObject objek;
        try { objek = JsonNode.Parse(jwk) as JsonObject ?? throw new FormatException("JWK harus berupa objek JSON."); }
        catch (JsonException) { throw new FormatException("JWK bukan JSON yang sah."); }
        return DariJwk(objek);
    }

    internal static KunciPenerbit DariJwk(JsonObject jwk)
    {
        if (Teks(jwk, "kty") != "EC" || Teks(jwk, "crv") != "P-256")
            throw new FormatException("JWK harus kunci EC dengan kurva P-256.");
        var parameter = new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Koordinat(jwk, "x"), Y = Koordinat(jwk, "y") },
            D = jwk.ContainsKey("d") ? Koordinat(jwk, "d") : null,
        };
        try
        {
            using var ec = ECDsa.Create(parameter);
        }
        catch (CryptographicException)
        {
            throw new FormatException("JWK tidak memuat kunci P-256 yang sah.");
        }
        return new KunciPenerbit(parameter, Teks(jwk, "kid"));
    }

    public string KeJwkPrivat()
    {
        if (parameter.D is null) throw new InvalidOperationException("Kunci ini hanya memuat bagian publik.");
        var jwk = JwkPublik();
        jwk["d"] = Base64Url.EncodeToString(parameter.D);
        return jwk.ToJsonString();
    }

    public string KeJwkPublik() => JwkPublik().ToJsonString();

    public static string Jwks(IEnumerable<KunciPenerbit> kunci) =>
        new JsonObject { ["keys"] = new JsonArray(kunci.Select(k => (JsonNode)k.JwkPublik()).ToArray()) }.ToJsonString();

    public static IReadOnlyList<KunciPenerbit> DariJwks(string jwks)
    {
        JsonNode? akar;
        try { akar = JsonNode.Parse(jwks); }
        catch (JsonException) { throw new FormatException("Dokumen JWKS bukan JSON yang sah."); }
        if (akar?["keys"] is not JsonArray keys) throw new FormatException("Dokumen JWKS tidak memuat daftar \"keys\".");
        return keys.OfType<JsonObject>().Select(k => DariJwk(k).Publik()).ToList();
    }

    public KunciPenerbit Publik() => new(parameter with { D = null }, Kid);

    internal byte[] Tandatangani(ReadOnlySpan<byte> data)
    {
        if (parameter.D is null) throw new InvalidOperationException("Menandatangani butuh kunci privat.");
        using var ec = ECDsa.Create(parameter);
        return ec.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    internal bool Periksa(ReadOnlySpan<byte> data, ReadOnlySpan<byte> tandaTangan)
    {
        using var ec = ECDsa.Create(parameter with { D = null });
        return tandaTangan.Length == 2 * PanjangKoordinat
            && ec.VerifyData(data, tandaTangan, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    private JsonObject JwkPublik() => new()
    {
        ["kty"] = "EC",
        ["crv"] = "P-256",
        ["x"] = Base64Url.EncodeToString(parameter.Q.X),
        ["y"] = Base64Url.EncodeToString(parameter.Q.Y),
        ["kid"] = Kid,
        ["alg"] = "ES256",
        ["use"] = "sig",
    };

    // RFC 7638 thumbprint: members in lexicographic order, no whitespace.
    private static string Thumbprint(ECParameters p)
    {
        var kanonik = $"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{Base64Url.EncodeToString(p.Q.X)}\",\"y\":\"{Base64Url.EncodeToString(p.Q.Y)}\"}}";
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(kanonik)));
    }

    private static string? Teks(JsonObject jwk, string nama) =>
        jwk[nama] is JsonValue nilai && nilai.TryGetValue<string>(out var teks) ? teks : null;

    private static byte[] Koordinat(JsonObject jwk, string nama)
    {
        var teks = Teks(jwk, nama) ?? throw new FormatException($"JWK tidak memuat \"{nama}\".");
        byte[] nilai;
        try { nilai = Base64Url.DecodeFromChars(teks); }
        catch (FormatException) { throw new FormatException($"\"{nama}\" pada JWK bukan base64url yang sah."); }
        return nilai.Length == PanjangKoordinat ? nilai : throw new FormatException($"\"{nama}\" pada JWK harus 32 byte.");
    }
}
