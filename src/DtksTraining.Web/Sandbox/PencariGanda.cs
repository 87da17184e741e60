using System.Globalization;
using System.Text;

namespace DtksTraining.Web.Sandbox;

public readonly record struct IdentitasAnggota(string Nik, string Nama, DateOnly TanggalLahir, string NoKk);

public enum JenisGanda { NikSama = 1, NamaDanTanggalLahirSama = 2 }

public sealed record KelompokGanda(JenisGanda Jenis, string Kunci, IReadOnlyList<int> Indeks)
{
    public string Keterangan => Jenis == JenisGanda.NikSama
        ? $"NIK {Kunci} aktif di {Indeks.Count} KK."
        : $"Nama dan tanggal lahir sama ({Kunci}) dengan NIK berbeda di {Indeks.Count} KK.";
}

// One pass over active members, keyed by hash; both kinds only count across different KK.
public static class PencariGanda
{
    public static List<KelompokGanda> Cari(IReadOnlyList<IdentitasAnggota> aktif)
    {
        var menurutNik = new Dictionary<string, int>(aktif.Count, StringComparer.Ordinal);
        var menurutNama = new Dictionary<(string, DateOnly), int>(aktif.Count);
        Dictionary<int, List<int>>? gandaNik = null, gandaNama = null;
        for (var i = 0; i < aktif.Count; i++)
        {
            var a = aktif[i];
            if (!menurutNik.TryAdd(a.Nik, i)) Tambah(ref gandaNik, menurutNik[a.Nik], i);
            if (!menurutNama.TryAdd((NormalisasiNama(a.Nama), a.TanggalLahir), i))
                Tambah(ref gandaNama, menurutNama[(NormalisasiNama(a.Nama), a.TanggalLahir)], i);
        }
        var hasil = new List<KelompokGanda>();
        foreach (var (pertama, anggota) in gandaNik ?? [])
            if (anggota.Select(i => aktif[i].NoKk).Distinct().Count() > 1)
                hasil.Add(new KelompokGanda(JenisGanda.NikSama, aktif[pertama].Nik, anggota));
        foreach (var (pertama, anggota) in gandaNama ?? [])
            if (anggota.Select(i => aktif[i].NoKk).Distinct().Count() > 1 && anggota.Select(i => aktif[i].Nik).Distinct().Count() > 1)
                hasil.Add(new KelompokGanda(JenisGanda.NamaDanTanggalLahirSama,
                    $"{aktif[pertama].Nama.Trim()}, {aktif[pertama].TanggalLahir:dd-MM-yyyy}", anggota));
        return hasil;
    }

    private static void Tambah(ref Dictionary<int, List<int>>? kelompok, int pertama, int indeks)
    {
        kelompok ??= [];
        if (!kelompok.TryGetValue(pertama, out var daftar)) kelompok[pertama] = daftar = [pertama];
        daftar.Add(indeks);
    }

    public static string NormalisasiNama(string nama)
    {
        var hasil = new StringBuilder(nama.Length);
        var spasi = false;
        foreach (var c in nama.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (spasi && hasil.Length > 0) hasil.Append(' ');
                hasil.Append(char.ToUpperInvariant(c));
                spasi = false;
            }
            else if (char.IsWhiteSpace(c) || c is '.' or ',' or '\'' or '-') spasi = true;
        }
        return hasil.ToString();
    }
}
