using System.Buffers.Text;
using System.Text.Json.Nodes;
using System.Text;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Sertifikat;

namespace DtksTraining.Tests.Sertifikat;

public class KredensialOpenBadgeTests
{
    private const string Basis = "https://pelatihan-dtks.pesawarankab.go.id";
    private static readonly DateTimeOffset Terbit = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);
    private static readonly KunciPenerbit Kunci = KunciPenerbit.Buat();
    private static readonly KunciPenerbit KunciLain = KunciPenerbit.Buat();

    private static DataKredensial Data() => new(
        $"{Basis}/verifikasi/DTKS-PSW-2024-000123", $"{Basis}/penerbit", KredensialOpenBadge.NamaDinsos,
        "Siti Rahmawati", "user-42", "garam-acak",
        KredensialOpenBadge.PencapaianBaku($"{Basis}/pencapaian/2024/operator", Peran.Operator, "Pelatihan Pemutakhiran DTKS 2024"),
        Terbit, $"{Basis}/status/pencabutan");

    [Fact]
    public void Buat_MengikutiOpenBadges3()
    {
        var json = KredensialOpenBadge.Buat(Data());

        Assert.Equal([KredensialOpenBadge.KonteksVc, KredensialOpenBadge.KonteksOb], Teks(json["@context"]));
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], Teks(json["type"]));
        Assert.Equal($"{Basis}/verifikasi/DTKS-PSW-2024-000123", (string?)json["id"]);
        Assert.Equal("Dinas Sosial Kabupaten Pesawaran", (string?)json["issuer"]!["name"]);
        Assert.Equal(["Profile"], Teks(json["issuer"]!["type"]));
        Assert.Equal("2026-11-28T03:00:00Z", (string?)json["validFrom"]);
        var subjek = json["credentialSubject"]!;
        Assert.Equal(["AchievementSubject"], Teks(subjek["type"]));
        Assert.Equal("Siti Rahmawati", (string?)subjek["identifier"]![0]!["identityHash"]);
        Assert.Equal(KredensialOpenBadge.HashIdentitas("user-42", "garam-acak"), (string?)subjek["identifier"]![1]!["identityHash"]);
        Assert.True((bool)subjek["identifier"]![1]!["hashed"]!);
        Assert.Contains("latihan sandbox", (string?)subjek["achievement"]!["criteria"]!["narrative"]);
        Assert.Equal("1EdTechRevocationList", (string?)json["credentialStatus"]!["type"]);
        Assert.Equal($"{Basis}/status/pencabutan", (string?)json["credentialStatus"]!["id"]);
    }

    [Theory]
    [InlineData("", "", "sha256$e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("ab", "c", "sha256$ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void HashIdentitas_Sha256DariIdentitasDanGaram(string identitas, string garam, string hash) =>
        Assert.Equal(hash, KredensialOpenBadge.HashIdentitas(identitas, garam));

    [Theory]
    [InlineData(Peran.KepalaDesa, "Kepala Desa Terlatih", "lulus ujian Kepala Desa")]
    [InlineData(Peran.Operator, "Operator SIKS-NG Terlatih", "latihan sandbox wajib")]
    public void PencapaianBaku_SesuaiPeran(string peran, string nama, string kriteria)
    {
        var pencapaian = KredensialOpenBadge.PencapaianBaku("https://contoh/p", peran, "Putaran 2024");
        Assert.StartsWith(nama, pencapaian.Nama);
        Assert.EndsWith("Putaran 2024", pencapaian.Nama);
        Assert.Contains(kriteria, pencapaian.Kriteria);
    }

    [Fact]
    public void TandatanganiLaluVerifikasi_Sah()
    {
        var jwt = VcJwt.Tandatangani(KredensialOpenBadge.Buat(Data()), Kunci);
        var header = JsonNode.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[0]))!;

        var hasil = VcJwt.Verifikasi(jwt, KunciPenerbit.Jwks([KunciLain, Kunci]), Terbit.AddDays(1));

        Assert.Equal("ES256", (string?)header["alg"]);
        Assert.Equal(Kunci.Kid, (string?)header["kid"]);
        Assert.Equal("vc+jwt", (string?)header["typ"]);
        Assert.True(hasil.Sah, string.Join("; ", hasil.Alasan));
        Assert.Empty(hasil.Alasan);
        Assert.Equal(new RingkasanKredensial($"{Basis}/verifikasi/DTKS-PSW-2024-000123", $"{Basis}/penerbit",
            "Dinas Sosial Kabupaten Pesawaran", "Siti Rahmawati",
            "Operator SIKS-NG Terlatih Pemutakhiran DTKS — Pelatihan Pemutakhiran DTKS 2024", Terbit, $"{Basis}/status/pencabutan"),
            hasil.Ringkasan);
        Assert.True(JsonNode.DeepEquals(KredensialOpenBadge.Buat(Data()), hasil.Kredensial));
    }

    public static TheoryData<string, Func<string, string>, string> KasusGagal => new()
    {
        { "isi diubah", jwt => GantiBagian(jwt, 1, b => b.Replace("Siti Rahmawati", "Siti Rahmawaty")), "Tanda tangan tidak cocok" },
        { "tanda tangan diubah", jwt => GantiBagian(jwt, 2, b => b.Select((x, i) => i == 5 ? (byte)(x ^ 1) : x).ToArray()), "Tanda tangan tidak cocok" },
        { "tanda tangan terpotong", jwt => GantiBagian(jwt, 2, (byte[] b) => b[..60]), "Tanda tangan tidak cocok" },
        { "alg none", jwt => GantiBagian(jwt, 0, b => b.Replace("ES256", "none")), "Algoritma tanda tangan tidak didukung: none." },
        { "kid lain", jwt => GantiBagian(jwt, 0, b => b.Replace(Kunci.Kid, "kunci-lama")), "Kunci penandatangan tidak dikenal" },
        { "dua bagian", jwt => string.Join('.', jwt.Split('.')[..2]), "Format JWT tidak sah." },
        { "bukan base64url", jwt => "###." + jwt, "Format JWT tidak sah." },
        { "kosong", _ => "", "Format JWT tidak sah." },
    };

    [Theory]
    [MemberData(nameof(KasusGagal))]
    public void Verifikasi_MenolakJwtRusak(string kasus, Func<string, string> rusak, string alasan)
    {
        var jwt = rusak(VcJwt.Tandatangani(KredensialOpenBadge.Buat(Data()), Kunci));

        var hasil = VcJwt.Verifikasi(jwt, KunciPenerbit.Jwks([Kunci]), Terbit.AddDays(1));

        Assert.False(hasil.Sah, kasus);
        Assert.Null(hasil.Kredensial);
        Assert.StartsWith(alasan, Assert.Single(hasil.Alasan));
    }

    [Fact]
    public void Verifikasi_KunciLainDitolak()
    {
        var jwt = VcJwt.Tandatangani(KredensialOpenBadge.Buat(Data()), KunciLain);
        var jwksDinsos = KunciPenerbit.Jwks([Kunci]);
        var jwtKidDipalsu = GantiBagian(jwt, 0, b => b.Replace(KunciLain.Kid, Kunci.Kid));

        Assert.Equal(["Kunci penandatangan tidak dikenal oleh penerbit."], VcJwt.Verifikasi(jwt, jwksDinsos, Terbit).Alasan);
        Assert.StartsWith("Tanda tangan tidak cocok", VcJwt.Verifikasi(jwtKidDipalsu, jwksDinsos, Terbit).Alasan.Single());
    }

    [Fact]
    public void Verifikasi_BelumBerlaku()
    {
        var jwt = VcJwt.Tandatangani(KredensialOpenBadge.Buat(Data()), Kunci);

        var hasil = VcJwt.Verifikasi(jwt, KunciPenerbit.Jwks([Kunci]), Terbit.AddMinutes(-1));

        Assert.False(hasil.Sah);
        Assert.NotNull(hasil.Kredensial);
        Assert.Equal(["Kredensial belum berlaku."], hasil.Alasan);
    }

    [Fact]
    public void Jwk_EksporImporBolakBalik()
    {
        var dimuat = KunciPenerbit.DariJwk(Kunci.KeJwkPrivat());
        var jwks = KunciPenerbit.Jwks([Kunci, KunciLain]);
        var dariJwks = KunciPenerbit.DariJwks(jwks);

        Assert.True(dimuat.PunyaKunciPrivat);
        Assert.Equal(Kunci.Kid, dimuat.Kid);
        Assert.Equal(43, Kunci.Kid.Length);
        Assert.NotEqual(Kunci.Kid, KunciLain.Kid);
        Assert.DoesNotContain("\"d\"", jwks);
        Assert.DoesNotContain("\"d\"", Kunci.KeJwkPublik());
        Assert.Equal([Kunci.Kid, KunciLain.Kid], dariJwks.Select(k => k.Kid));
        Assert.All(dariJwks, k => Assert.False(k.PunyaKunciPrivat));
        Assert.Equal(jwks, KunciPenerbit.Jwks(dariJwks));
        Assert.Throws<InvalidOperationException>(() => dariJwks[0].KeJwkPrivat());
        Assert.Throws<InvalidOperationException>(() => VcJwt.Tandatangani(new JsonObject(), dariJwks[0]));
        var jwt = VcJwt.Tandatangani(KredensialOpenBadge.Buat(Data()), dimuat);
        Assert.True(VcJwt.Verifikasi(jwt, jwks, Terbit).Sah);
    }

    [Theory]
    [InlineData("bukan json")]
    [InlineData("[]")]
    [InlineData("""{"kty":"RSA","crv":"P-256","x":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","y":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}""")]
    [InlineData("""{"kty":"EC","crv":"P-384","x":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","y":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}""")]
    [InlineData("""{"kty":"EC","crv":"P-256","x":"AAAA","y":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}""")]
    [InlineData("""{"kty":"EC","crv":"P-256","x":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}""")]
    [InlineData("""{"kty":"EC","crv":"P-256","x":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","y":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}""")]
    public void DariJwk_MenolakJwkTidakSah(string jwk) =>
        Assert.Throws<FormatException>(() => KunciPenerbit.DariJwk(jwk));

    [Theory]
    [InlineData("bukan json", "Dokumen JWKS bukan JSON yang sah.")]
    [InlineData("""{"kunci":[]}""", "Dokumen JWKS tidak memuat daftar \"keys\".")]
    public void Verifikasi_JwksRusak(string jwks, string alasan)
    {
        var jwt = VcJwt.Tandatangani(KredensialOpenBadge.Buat(Data()), Kunci);
        Assert.Equal([alasan], VcJwt.Verifikasi(jwt, jwks, Terbit).Alasan);
    }

    [Fact]
    public void DaftarPencabutan_MemuatKredensialDicabut()
    {
        var daftar = JsonNode.Parse(KredensialOpenBadge.DaftarPencabutan($"{Basis}/status/pencabutan", $"{Basis}/penerbit",
            [($"{Basis}/verifikasi/DTKS-PSW-2024-000045", "Diganti karena salah nama desa")]))!;

        Assert.Equal($"{Basis}/status/pencabutan", (string?)daftar["id"]);
        Assert.Equal($"{Basis}/penerbit", (string?)daftar["issuer"]);
        var dicabut = Assert.Single(daftar["revokedCredentials"]!.AsArray())!;
        Assert.Equal($"{Basis}/verifikasi/DTKS-PSW-2024-000045", (string?)dicabut["id"]);
        Assert.True((bool)dicabut["revoked"]!);
        Assert.Equal("Diganti karena salah nama desa", (string?)dicabut["revocationReason"]);
    }

    private static string[] Teks(JsonNode? node) => node!.AsArray().Select(n => (string)n!).ToArray();

    private static string GantiBagian(string jwt, int indeks, Func<string, string> ubah) =>
        GantiBagian(jwt, indeks, b => Encoding.UTF8.GetBytes(ubah(Encoding.UTF8.GetString(b))));

    private static string GantiBagian(string jwt, int indeks, Func<byte[], byte[]> ubah)
    {
        var bagian = jwt.Split('.');
        bagian[indeks] = Base64Url.EncodeToString(ubah(Base64Url.DecodeFromChars(bagian[indeks])));
        return string.Join('.', bagian);
    }
}
