using System.Globalization;
using System.Text;
using CsvHelper.Configuration;
using CsvHelper;
using DtksTraining.Web.Wilayah;

namespace DtksTraining.Web.Akun;

public sealed record BarisImpor(int Baris, string Nama, string Jabatan, string KodeDesa, string Telepon, string Email,
    string NamaPengguna = "");

public sealed record BerkasImpor(IReadOnlyList<BarisImpor> Baris, string? Galat);

public sealed record DesaImpor(string Kode, string Nama, string Kecamatan);

public sealed record AkunTerdaftar(string NamaPengguna, string NamaLengkap, string? DesaKode, string? Peran);

public sealed record HasilBaris(BarisImpor Sumber, string? Peran, DesaImpor? Desa, string? Telepon, string? Email,
    string? NamaPengguna, IReadOnlyList<string> Galat)
{
    public bool Sah => Galat.Count == 0;
}

// Participants arrive as a spreadsheet from each kecamatan; every row is judged on its own and says why it fails.
public static class ImporPeserta
{
    public const int UkuranMaks = 1024 * 1024;
    public const int BarisMaks = 500;
    public const string ContohJudul = "nama,jabatan,kode_desa,telepon,email";

    private static readonly Dictionary<string, string> NamaKolom = new()
    {
        ["nama"] = "nama", ["namalengkap"] = "nama",
        ["jabatan"] = "jabatan", ["peran"] = "jabatan",
        ["kodedesa"] = "kode_desa",
        ["telepon"] = "telepon", ["telp"] = "telepon", ["nohp"] = "telepon", ["hp"] = "telepon", ["nomorhp"] = "telepon",
        ["email"] = "email", ["surel"] = "email",
        ["username"] = "username", ["namapengguna"] = "username",
    };

    public static BerkasImpor Baca(byte[] isi)
    {
        if (isi.Length == 0) return Gagal("Berkas kosong.");
        if (isi.Length > UkuranMaks) return Gagal("Berkas lebih dari 1 MB. Bagi menjadi beberapa berkas.");
        string teks;
        try
        {
            teks = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(isi);
        }
        catch (DecoderFallbackException)
        {
            return Gagal("Berkas bukan teks UTF-8. Di Excel pilih Simpan Sebagai → \"CSV UTF-8\".");
        }
        teks = teks.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(teks)) return Gagal("Berkas kosong.");

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = PemisahDari(teks),
            HasHeaderRecord = false,
            BadDataFound = null,
            TrimOptions = TrimOptions.Trim,
        };
        using var parser = new CsvParser(new StringReader(teks), config);
        Dictionary<string, int>? kolom = null;
        var baris = new List<BarisImpor>();
        while (parser.Read())
        {
            var isiBaris = parser.Record ?? [];
            if (isiBaris.All(string.IsNullOrWhiteSpace)) continue;
            if (kolom is null)
            {
                kolom = KolomDari(isiBaris);
                var kurang = new[] { "nama", "jabatan", "kode_desa" }.Where(k => !kolom.ContainsKey(k)).ToList();
                if (kurang.Count > 0)
                    return Gagal($"Kolom {string.Join(", ", kurang)} tidak ada. Baris pertama harus berisi judul kolom: {ContohJudul}");
                continue;
            }
            if (baris.Count == BarisMaks) return Gagal($"Paling banyak {BarisMaks} baris per berkas. Bagi menjadi beberapa berkas.");
            string Ambil(string nama) =>
                kolom.TryGetValue(nama, out var i) && i < isiBaris.Length ? isiBaris[i].Trim() : "";
            baris.Add(new BarisImpor(parser.Row, Ambil("nama"), Ambil("jabatan"), Ambil("kode_desa"), Ambil("telepon"),
                Ambil("email"), Ambil("username")));
        }
        if (kolom is null) return Gagal("Berkas kosong.");
        if (baris.Count == 0) return Gagal("Berkas hanya berisi judul kolom, tanpa data peserta.");
        return new BerkasImpor(baris, null);
    }

    public static IReadOnlyList<HasilBaris> Periksa(IReadOnlyList<BarisImpor> baris,
        IReadOnlyDictionary<string, DesaImpor> desa, IReadOnlyCollection<AkunTerdaftar> akun)
    {
        var terpakai = akun.Select(a => a.NamaPengguna).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var akunOrang = akun.Where(a => a.DesaKode is not null && a.Peran is not null)
            .GroupBy(a => KunciOrang(a.NamaLengkap, a.DesaKode!, a.Peran!))
            .ToDictionary(g => g.Key, g => g.First().NamaPengguna);
        var namaDiBerkas = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var orangDiBerkas = new Dictionary<string, int>();
        var hasil = new List<HasilBaris>();

        foreach (var b in baris)
        {
            var galat = new List<string>();
            if (b.Nama.Length == 0) galat.Add("Nama kosong.");
            else if (b.Nama.Length > 150) galat.Add("Nama lebih dari 150 huruf.");

            var peran = Peran.Parse(b.Jabatan);
            if (b.Jabatan.Length == 0) galat.Add("Jabatan kosong. Tulis Kepala Desa atau Operator.");
            else if (peran is null) galat.Add($"Jabatan '{b.Jabatan}' tidak dikenal. Tulis Kepala Desa atau Operator.");
            else if (!Peran.BerdesaWajib(peran))
            {
                galat.Add($"Jabatan '{b.Jabatan}' tidak bisa diimpor. Impor hanya untuk Kepala Desa dan Operator SIKS-NG.");
                peran = null;
            }

            DesaImpor? d = null;
            if (b.KodeDesa.Length == 0) galat.Add("Kode desa kosong.");
            else if (!desa.TryGetValue(b.KodeDesa, out d))
                galat.Add($"Kode desa '{b.KodeDesa}' tidak ada di Kabupaten Pesawaran. Contoh kode: 18.09.01.2007.");

            var telepon = NormalisasiTelepon(b.Telepon);
            if (b.Telepon.Length > 0 && telepon is null)
                galat.Add($"Nomor HP '{b.Telepon}' tidak sah. Contoh: 081234567890.");

            var email = b.Email.Length == 0 ? null : b.Email;
            if (email is not null && !AturanKontak.IsEmail(email))
                galat.Add($"E-mail '{b.Email}' tidak sah. Contoh: nama@contoh.id.");

            if (peran is not null && d is not null && b.Nama.Length > 0)
            {
                var kunci = KunciOrang(b.Nama, d.Kode, peran);
                if (orangDiBerkas.TryGetValue(kunci, out var sebelumnya))
                    galat.Add($"Orang yang sama (nama, jabatan dan desa) sudah ada di baris {sebelumnya}.");
                else orangDiBerkas[kunci] = b.Baris;
                if (akunOrang.TryGetValue(kunci, out var ada))
                    galat.Add($"Orang ini sudah punya akun: {ada}.");
            }

            string? namaPengguna = null;
            if (b.NamaPengguna.Length > 0)
            {
                namaPengguna = NamaPengguna.Rapikan(b.NamaPengguna);
                if (!AturanKontak.IsUserName(namaPengguna))
                    galat.Add($"Nama pengguna '{b.NamaPengguna}' tidak sah: 3–50 huruf kecil, angka, titik, garis bawah atau minus.");
                else if (terpakai.Contains(namaPengguna))
                    galat.Add($"Nama pengguna '{namaPengguna}' sudah dipakai akun lain.");
                else if (namaDiBerkas.TryGetValue(namaPengguna, out var barisLain))
                    galat.Add($"Nama pengguna '{namaPengguna}' sama dengan baris {barisLain}.");
            }

            if (galat.Count == 0)
            {
                namaPengguna ??= NamaPengguna.Bebas(AturanKontak.SuggestUserName(peran!, d!.Nama),
                    calon => terpakai.Contains(calon) || namaDiBerkas.ContainsKey(calon) || DimintaBarisLain(baris, calon, b));
                namaDiBerkas[namaPengguna] = b.Baris;
            }
            hasil.Add(new HasilBaris(b, peran, d, telepon, email, galat.Count == 0 ? namaPengguna : null, galat));
        }
        return hasil;
    }

    // Excel drops the leading zero of a phone stored as a number: 81234567890 means 081234567890.
    public static string? NormalisasiTelepon(string? telepon)
    {
        if (string.IsNullOrWhiteSpace(telepon)) return null;
        var rapi = telepon.Trim();
        return AturanKontak.NormalizePhone(rapi) ?? (rapi.StartsWith('8') ? AturanKontak.NormalizePhone("0" + rapi) : null);
    }

    private static bool DimintaBarisLain(IReadOnlyList<BarisImpor> baris, string calon, BarisImpor kini) =>
        baris.Any(b => !ReferenceEquals(b, kini) && NamaPengguna.Rapikan(b.NamaPengguna) == calon);

    private static string KunciOrang(string nama, string desaKode, string peran) =>
        $"{string.Join(' ', nama.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))}|{desaKode}|{peran}";

    private static string PemisahDari(string teks)
    {
        var judul = teks.Split('\n', 2)[0];
        return judul.Count(c => c == ';') > judul.Count(c => c == ',') ? ";" : ",";
    }

    private static Dictionary<string, int> KolomDari(string[] judul)
    {
        var kolom = new Dictionary<string, int>();
        for (var i = 0; i < judul.Length; i++)
        {
            var rapi = new string(judul[i].ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
            if (NamaKolom.TryGetValue(rapi, out var nama)) kolom.TryAdd(nama, i);
        }
        return kolom;
    }

    private static BerkasImpor Gagal(string galat) => new([], galat);
}
