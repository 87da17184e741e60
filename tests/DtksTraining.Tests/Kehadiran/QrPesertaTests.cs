using System.Text;
using DtksTraining.Web.Kehadiran;

namespace DtksTraining.Tests.Kehadiran;

public class QrPesertaTests
{
    private static readonly byte[] Kunci = Encoding.ASCII.GetBytes("kunci-uji-qr-dtks-pesawaran-2024!");
    private static readonly byte[] KunciLain = Encoding.ASCII.GetBytes("kunci-lain-yang-juga-32-byte-ok!!");

    [Theory]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(int.MaxValue)]
    public void Payload_round_trips_and_is_stable(int enrolmenId)
    {
        var payload = QrPeserta.Buat(enrolmenId, Kunci);

        Assert.Matches($"^DTKS1:{enrolmenId}:[A-Za-z0-9_-]{{22}}$", payload);
        Assert.Equal(payload, QrPeserta.Buat(enrolmenId, Kunci));
        Assert.Equal(enrolmenId, QrPeserta.Verifikasi(payload, Kunci));
        Assert.Equal(enrolmenId, QrPeserta.Verifikasi($"  {payload}\n", Kunci));
    }

    public static TheoryData<string, string?> Palsu()
    {
        var asli = QrPeserta.Buat(17, Kunci);
        var token = asli.Split(':')[2];
        return new()
        {
            { "kosong", null },
            { "tanpa token", "DTKS1:17" },
            { "id diganti", $"DTKS1:18:{token}" },
            { "id dengan nol di depan", $"DTKS1:017:{token}" },
            { "versi lain", $"DTKS2:17:{token}" },
            { "token diubah", $"DTKS1:17:{(token[0] == 'A' ? 'B' : 'A')}{token[1..]}" },
            { "token terpotong", $"DTKS1:17:{token[..10]}" },
            { "kunci lain", QrPeserta.Buat(17, KunciLain) },
            { "bagian berlebih", asli + ":x" },
            { "id negatif", $"DTKS1:-17:{token}" },
        };
    }

    [Theory]
    [MemberData(nameof(Palsu))]
    public void Forged_or_damaged_payloads_are_rejected(string kasus, string? payload) =>
        Assert.True(QrPeserta.Verifikasi(payload, Kunci) is null, kasus);

    [Fact]
    public void Short_keys_are_refused() =>
        Assert.Throws<ArgumentException>(() => QrPeserta.Buat(1, new byte[16]));
}
