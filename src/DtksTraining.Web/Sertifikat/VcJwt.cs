using System.Buffers.Text;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using DtksTraining.Web.Sandbox;

namespace DtksTraining.Web.Sertifikat;

public sealed record HasilVerifikasiKredensial(
    bool Sah, JsonObject? Kredensial, RingkasanKredensial? Ringkasan, IReadOnlyList<string> Alasan);

// VC-JWT per VC-JOSE-COSE: a compact JWS (ES256) whose payload is the credential itself, typ "vc+jwt".
public static class VcJwt
{
    public const string Algoritma = "ES256";

    public static string Tandatangani(JsonObject kredensial, KunciPenerbit kunci)
    {
        var header = new JsonObject { ["alg"] = Algoritma, ["kid"] = kunci.Kid, ["typ"] = "vc+jwt", ["cty"] = "vc" };
        var masukan = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString())) + "."
            + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(kredensial.ToJsonString()));
        return masukan + "." + Base64Url.EncodeToString(kunci.Tandatangani(Encoding.ASCII.GetBytes(masukan)));
    }

    public static HasilVerifikasiKredensial Verifikasi(string jwt, string jwks, DateTimeOffset sekarang)
    {
        var bagian = jwt.Trim().Split('.');
        if (bagian.Length != 3
            || Dekode(bagian[0]) is not { } headerBytes
            || Dekode(bagian[1]) is not { } payloadBytes
            || Dekode(bagian[2]) is not { } tandaTangan
            || Objek(headerBytes) is not { } header)
            return Gagal("Format JWT tidak sah.");

        if (KredensialOpenBadge.Teks(header["alg"]) != Algoritma)
            return Gagal($"Algoritma tanda tangan tidak didukung: {KredensialOpenBadge.Teks(header["alg"]) ?? "(kosong)"}.");

        IReadOnlyList<KunciPenerbit> kunciPublik;
        try { kunciPublik = KunciPenerbit.DariJwks(jwks); }
        catch (FormatException e) { return Gagal(e.Message); }

        var kid = KredensialOpenBadge.Teks(header["kid"]);
        var kunci = kunciPublik.FirstOrDefault(k => k.Kid == kid);
        if (kunci is null) return Gagal("Kunci penandatangan tidak dikenal oleh penerbit.");

        if (!kunci.Periksa(Encoding.ASCII.GetBytes(bagian[0] + "." + bagian[1]), tandaTangan))
            return Gagal("Tanda tangan tidak cocok: kredensial telah diubah atau bukan dari penerbit ini.");

        if (Objek(payloadBytes) is not { } kredensial) return Gagal("Isi kredensial tidak dapat dibaca.");

        var alasan = new List<string>();
        var jenis = (kredensial["type"] as JsonArray)?.Select(KredensialOpenBadge.Teks).ToList() ?? [];
        if (!jenis.Contains("VerifiableCredential") || !jenis.Contains("OpenBadgeCredential"))
            alasan.Add("Bukan kredensial Open Badges.");
        var ringkasan = KredensialOpenBadge.Ringkas(kredensial);
        if (ringkasan is null) alasan.Add("Kredensial tidak memuat id, penerbit, atau tanggal berlaku.");
        else if (ringkasan.BerlakuSejak > sekarang) alasan.Add("Kredensial belum berlaku.");
        if (KredensialOpenBadge.Teks(kredensial["validUntil"]) is { } validUntil
            && DateTimeOffset.TryParse(validUntil, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sampai)
            && sampai < sekarang)
            alasan.Add("Kredensial sudah kedaluwarsa.");

        return new HasilVerifikasiKredensial(alasan.Count == 0, kredensial, ringkasan, alasan);
    }

    private static HasilVerifikasiKredensial Gagal(string alasan) => new(false, null, null, [alasan]);

    private static byte[]? Dekode(string teks)
    {
        if (teks.Length == 0) return null;
        try { return Base64Url.DecodeFromChars(teks); }
        catch (FormatException) { return null; }
    }

    private static JsonObject? Objek(byte[] json)
    {
        try { return JsonNode.Parse(json) as JsonObject; }
        catch (JsonException) { return null; }
    }
}
