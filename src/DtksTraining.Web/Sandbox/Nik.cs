using System.Diagnostics.CodeAnalysis;

namespace DtksTraining.Web.Sandbox;

// NIK: PP KK CC DDMMYY SSSS; women carry day + 40; no check digit.
public readonly record struct Nik
{
    public string Teks { get; }
    private Nik(string teks) => Teks = teks;

    public string KodeWilayah => Teks[..6];
    public string KodeProvinsi => Teks[..2];
    public string KodeKabupaten => Teks[..4];
    public int Hari => (Teks[6] - '0') * 10 + (Teks[7] - '0');
    public int Bulan => (Teks[8] - '0') * 10 + (Teks[9] - '0');
    public int TahunDuaDigit => (Teks[10] - '0') * 10 + (Teks[11] - '0');
    public int NomorUrut => int.Parse(Teks.AsSpan(12, 4));
    public JenisKelamin JenisKelamin => Hari > 40 ? JenisKelamin.Perempuan : JenisKelamin.LakiLaki;
    public int HariLahir => Hari > 40 ? Hari - 40 : Hari;

    public override string ToString() => Teks;

    // The two-digit year is read as the latest century that does not put the birth after today.
    public DateOnly TanggalLahir(DateOnly hariIni)
    {
        var tahun = 2000 + TahunDuaDigit;
        if (tahun > hariIni.Year || !AdaTanggal(tahun, Bulan, HariLahir) || new DateOnly(tahun, Bulan, HariLahir) > hariIni)
            tahun -= 100;
        return new DateOnly(tahun, Bulan, HariLahir);
    }

    public bool CocokTanggalLahir(DateOnly tanggal) =>
        tanggal.Day == HariLahir && tanggal.Month == Bulan && tanggal.Year % 100 == TahunDuaDigit;

    public static string? Periksa(string? teks)
    {
        if (string.IsNullOrWhiteSpace(teks)) return "NIK kosong.";
        var t = teks.Trim();
        if (t.Length != 16) return $"NIK harus 16 angka, yang tertulis {t.Length} karakter.";
        foreach (var c in t)
            if (c is < '0' or > '9') return "NIK hanya boleh berisi angka.";
        if (t[..2] == "00" || t.Substring(2, 2) == "00" || t.Substring(4, 2) == "00") return "Kode wilayah pada NIK (6 angka pertama) tidak sah.";
        var hari = int.Parse(t.AsSpan(6, 2));
        var bulan = int.Parse(t.AsSpan(8, 2));
        var tahun = int.Parse(t.AsSpan(10, 2));
        if (bulan is < 1 or > 12) return "Bulan lahir pada NIK harus 01–12.";
        if (hari is < 1 or > 71 || hari is > 31 and < 41) return "Tanggal lahir pada NIK harus 01–31 (laki-laki) atau 41–71 (perempuan).";
        var hariAsli = hari > 40 ? hari - 40 : hari;
        if (!AdaTanggal(2000 + tahun, bulan, hariAsli) && !AdaTanggal(1900 + tahun, bulan, hariAsli))
            return $"Tanggal lahir pada NIK ({hariAsli:00}-{bulan:00}-{tahun:00}) tidak ada di kalender.";
        if (t[12..] == "0000") return "Nomor urut NIK tidak boleh 0000.";
        return null;
    }

    public static bool TryParse(string? teks, [NotNullWhen(true)] out Nik? nik)
    {
        nik = Periksa(teks) is null ? new Nik(teks!.Trim()) : null;
        return nik is not null;
    }

    public static Nik Parse(string teks) =>
        TryParse(teks, out var nik) ? nik.Value : throw new FormatException(Periksa(teks));

    public static Nik Buat(string kodeWilayah, DateOnly tanggalLahir, JenisKelamin jenisKelamin, int nomorUrut)
    {
        var wilayah = kodeWilayah.Replace(".", "");
        if (wilayah.Length != 6 || wilayah.AsSpan().ContainsAnyExceptInRange('0', '9')) throw new ArgumentException("Kode wilayah harus 6 angka.", nameof(kodeWilayah));
        if (nomorUrut is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(nomorUrut), "Nomor urut 0001–9999.");
        var hari = tanggalLahir.Day + (jenisKelamin == JenisKelamin.Perempuan ? 40 : 0);
        return new Nik(string.Create(16, (wilayah, hari, tanggalLahir, nomorUrut), static (span, s) =>
        {
            s.wilayah.AsSpan().CopyTo(span);
            Dua(span[6..], s.hari);
            Dua(span[8..], s.tanggalLahir.Month);
            Dua(span[10..], s.tanggalLahir.Year % 100);
            Dua(span[12..], s.nomorUrut / 100);
            Dua(span[14..], s.nomorUrut % 100);
        }));
    }

    internal static void Dua(Span<char> span, int nilai)
    {
        span[0] = (char)('0' + nilai / 10);
        span[1] = (char)('0' + nilai % 10);
    }

    internal static bool AdaTanggal(int tahun, int bulan, int hari) =>
        tahun is >= 1 and <= 9999 && bulan is >= 1 and <= 12 && hari >= 1 && hari <= DateTime.DaysInMonth(tahun, bulan);
}

// No KK: the first 6 digits are the issuing kecamatan; then the recording date DDMMYY and a 4-digit serial (split inferred).
public readonly record struct NoKk
{
    public string Teks { get; }
    private NoKk(string teks) => Teks = teks;

    public string KodeKecamatan => Teks[..6];
    public override string ToString() => Teks;

    public bool DiterbitkanDi(string kodeKecamatan) => KodeKecamatan == kodeKecamatan.Replace(".", "");

    public static string? Periksa(string? teks)
    {
        if (string.IsNullOrWhiteSpace(teks)) return "Nomor KK kosong.";
        var t = teks.Trim();
        if (t.Length != 16) return $"Nomor KK harus 16 angka, yang tertulis {t.Length} karakter.";
        foreach (var c in t)
            if (c is < '0' or > '9') return "Nomor KK hanya boleh berisi angka.";
        if (t[..2] == "00" || t.Substring(2, 2) == "00" || t.Substring(4, 2) == "00") return "Kode kecamatan penerbit pada Nomor KK (6 angka pertama) tidak sah.";
        if (t[12..] == "0000") return "Nomor urut KK tidak boleh 0000.";
        return null;
    }

    public static bool TryParse(string? teks, [NotNullWhen(true)] out NoKk? noKk)
    {
        noKk = Periksa(teks) is null ? new NoKk(teks!.Trim()) : null;
        return noKk is not null;
    }

    public static NoKk Parse(string teks) =>
        TryParse(teks, out var kk) ? kk.Value : throw new FormatException(Periksa(teks));

    public static NoKk Buat(string kodeKecamatan, DateOnly tanggalRekam, int nomorUrut)
    {
        var kecamatan = kodeKecamatan.Replace(".", "");
        if (kecamatan.Length != 6 || kecamatan.AsSpan().ContainsAnyExceptInRange('0', '9')) throw new ArgumentException("Kode kecamatan harus 6 angka.", nameof(kodeKecamatan));
        if (nomorUrut is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(nomorUrut), "Nomor urut 0001–9999.");
        return new NoKk(string.Create(16, (kecamatan, tanggalRekam, nomorUrut), static (span, s) =>
        {
            s.kecamatan.AsSpan().CopyTo(span);
            Nik.Dua(span[6..], s.tanggalRekam.Day);
            Nik.Dua(span[8..], s.tanggalRekam.Month);
            Nik.Dua(span[10..], s.tanggalRekam.Year % 100);
            Nik.Dua(span[12..], s.nomorUrut / 100);
            Nik.Dua(span[14..], s.nomorUrut % 100);
        }));
    }
}
