using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Wilayah;

namespace DtksTraining.Web.Sertifikat;

public sealed record Pencapaian(string Id, string Nama, string Deskripsi, string Kriteria);

public sealed record DataKredensial(
    string UrlVerifikasi,
    string PenerbitId,
    string PenerbitNama,
    string NamaPenerima,
    string IdPenggunaPenerima,
    string Garam,
    Pencapaian Pencapaian,
    DateTimeOffset BerlakuSejak,
    string UrlDaftarPencabutan);

public sealed record RingkasanKredensial(
    string Id, string PenerbitId, string PenerbitNama, string NamaPenerima, string NamaPencapaian,
    DateTimeOffset BerlakuSejak, string? UrlDaftarPencabutan);

// Open Badges 3.0 credential on the VC Data Model 2.0. Status uses the 1EdTech Revocation List method: credentialStatus
// points at one list URL per issuer, and that list (DaftarPencabutan) names every revoked credential id.
public static class KredensialOpenBadge
{
    public const string KonteksVc = "https://www.w3.org/ns/credentials/v2";
    public const string KonteksOb = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public const string JenisStatus = "1EdTechRevocationList";
    public const string NamaDinsos = "Dinas Sosial Kabupaten Pesawaran";

    public static Pencapaian PencapaianBaku(string urlPencapaian, string peran, string namaPutaran) => peran switch
    {
        Peran.KepalaDesa => new(urlPencapaian, $"Kepala Desa Terlatih Pemutakhiran DTKS — {namaPutaran}",
            "Kepala Desa memahami alur pemutakhiran DTKS: musyawarah desa, berita acara, verifikasi dan validasi, serta tanggung jawab desa atas data yang diusulkan.",
            "Hadir di sesi pelatihan (tepat waktu atau terlambat) dan lulus ujian Kepala Desa."),
        Peran.Operator => new(urlPencapaian, $"Operator SIKS-NG Terlatih Pemutakhiran DTKS — {namaPutaran}",
            "Operator SIKS-NG mampu memperbaiki, menonaktifkan, dan mengusulkan data DTKS dengan benar, termasuk pemeriksaan NIK dan penanganan data ganda.",
            "Hadir di sesi pelatihan (tepat waktu atau terlambat), lulus ujian Operator SIKS-NG, dan menyelesaikan semua latihan sandbox wajib."),
        _ => throw new ArgumentException($"Tidak ada pencapaian untuk peran {peran}.", nameof(peran)),
    };

    // OB identityHash: "sha256$" + hex SHA-256 of identity followed by salt.
    public static string HashIdentitas(string identitas, string garam) =>
        "sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identitas + garam)));

    public static JsonObject Buat(DataKredensial data) => new()
    {
        ["@context"] = new JsonArray(KonteksVc, KonteksOb),
        ["id"] = data.UrlVerifikasi,
        ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
        ["name"] = data.Pencapaian.Nama,
        ["issuer"] = new JsonObject
        {
            ["id"] = data.PenerbitId,
            ["type"] = new JsonArray("Profile"),
            ["name"] = data.PenerbitNama,
        },
        ["validFrom"] = Waktu(data.BerlakuSejak),
        ["credentialSubject"] = new JsonObject
        {
            ["type"] = new JsonArray("AchievementSubject"),
            ["identifier"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "IdentityObject",
                    ["identityType"] = "name",
                    ["hashed"] = false,
                    ["identityHash"] = data.NamaPenerima,
                },
                new JsonObject
                {
                    ["type"] = "IdentityObject",
                    ["identityType"] = "systemId",
                    ["hashed"] = true,
                    ["identityHash"] = HashIdentitas(data.IdPenggunaPenerima, data.Garam),
                    ["salt"] = data.Garam,
                }),
            ["achievement"] = new JsonObject
            {
                ["id"] = data.Pencapaian.Id,
                ["type"] = new JsonArray("Achievement"),
                ["name"] = data.Pencapaian.Nama,
                ["description"] = data.Pencapaian.Deskripsi,
                ["criteria"] = new JsonObject { ["narrative"] = data.Pencapaian.Kriteria },
            },
        },
        ["credentialStatus"] = new JsonObject
        {
            ["id"] = data.UrlDaftarPencabutan,
            ["type"] = JenisStatus,
        },
    };

    public static string DaftarPencabutan(string urlDaftar, string penerbitId, IEnumerable<(string IdKredensial, string Alasan)> dicabut) =>
        new JsonObject
        {
            ["id"] = urlDaftar,
            ["issuer"] = penerbitId,
            ["revokedCredentials"] = new JsonArray(dicabut.Select(d => (JsonNode)new JsonObject
            {
                ["id"] = d.IdKredensial,
                ["revoked"] = true,
                ["revocationReason"] = d.Alasan,
            }).ToArray()),
        }.ToJsonString();

    public static RingkasanKredensial? Ringkas(JsonObject kredensial)
    {
        var nama = (kredensial["credentialSubject"]?["identifier"] as JsonArray)?
            .OfType<JsonObject>().FirstOrDefault(i => Teks(i["identityType"]) == "name");
        if (Teks(kredensial["id"]) is not { } id
            || Teks(kredensial["issuer"]?["id"]) is not { } penerbitId
            || Teks(kredensial["validFrom"]) is not { } validFrom
            || !DateTimeOffset.TryParse(validFrom, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var berlaku))
            return null;
        return new RingkasanKredensial(id, penerbitId, Teks(kredensial["issuer"]?["name"]) ?? "",
            Teks(nama?["identityHash"]) ?? "", Teks(kredensial["credentialSubject"]?["achievement"]?["name"]) ?? "",
            berlaku, Teks(kredensial["credentialStatus"]?["id"]));
    }

    internal static string Waktu(DateTimeOffset waktu) =>
        waktu.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static string? Teks(JsonNode? node) =>
        node is JsonValue nilai && nilai.TryGetValue<string>(out var teks) ? teks : null;
}
