namespace DtksTraining.Web.Sandbox;

public sealed record HasilBerkas(string? Galat, string? JenisKonten);

// The BA musdes upload: PDF or JPG only, decided by the file's first bytes (a renamed .exe stays an .exe), ≤ 2 MB.
public static class BerkasBeritaAcara
{
    public const int UkuranMaksimum = 2 * 1024 * 1024;

    public static HasilBerkas Periksa(ReadOnlySpan<byte> awal, long ukuran)
    {
        if (ukuran <= 0) return new("Berkas kosong. Pilih hasil pindaian berita acara musdes.", null);
        if (ukuran > UkuranMaksimum)
            return new($"Ukuran berkas {ukuran / 1024.0 / 1024.0:0.0} MB; paling besar 2 MB. Pindai ulang dengan resolusi lebih rendah.", null);
        if (awal.StartsWith("%PDF-"u8)) return new(null, "application/pdf");
        if (awal.Length >= 3 && awal[0] == 0xFF && awal[1] == 0xD8 && awal[2] == 0xFF) return new(null, "image/jpeg");
        return new("Berkas harus PDF atau JPG. Isi berkas ini bukan PDF atau JPG, walaupun namanya berakhiran .pdf atau .jpg.", null);
    }
}
