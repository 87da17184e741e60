
namespace DtksTraining.Web.Sandbox;

public sealed record Temuan(int Aturan, string NoKk, string? Nik, string Pesan);

// The checks of DTKS §4, rules 1–7, as an operator learns them.
public static class ValidasiDtks
{
    public static List<Temuan> Periksa(IEnumerable<Keluarga> semua, DateOnly hariIni)
    {
        var keluarga = semua as IReadOnlyCollection<Keluarga> ?? [.. semua];
        var hasil = new List<Temuan>();
        foreach (var k in keluarga) hasil.AddRange(PeriksaKeluarga(k, hariIni));
        hasil.AddRange(NikGanda(keluarga));
        return hasil;
    }

    public static List<Temuan> PeriksaKeluarga(Keluarga k, DateOnly hariIni)
    {
        var hasil = new List<Temuan>();
        foreach (var a in k.Anggota.Where(a => a.Aktif))
        {
            var galatNik = Nik.Periksa(a.Nik);
            if (galatNik is not null)
            {
                hasil.Add(new Temuan(1, k.NoKk, a.Nik, $"{a.Nama}: {galatNik}"));
            }
            else
            {
                var nik = Nik.Parse(a.Nik);
                if (nik.JenisKelamin != a.JenisKelamin)
                    hasil.Add(new Temuan(2, k.NoKk, a.Nik, $"{a.Nama}: jenis kelamin menurut NIK {nik.JenisKelamin.Teks()}, tercatat {a.JenisKelamin.Teks()}."));
                if (!nik.CocokTanggalLahir(a.TanggalLahir))
                    hasil.Add(new Temuan(2, k.NoKk, a.Nik, $"{a.Nama}: tanggal lahir menurut NIK {nik.HariLahir:00}-{nik.Bulan:00}-{nik.TahunDuaDigit:00}, tercatat {a.TanggalLahir:dd-MM-yyyy}."));
            }
            if (a.Keberadaan == StatusKeberadaan.Meninggal && (a.Program != ProgramBantuan.Tidak))
                hasil.Add(new Temuan(4, k.NoKk, a.Nik, $"{a.Nama} sudah meninggal tetapi masih tercatat penerima {a.Program.Teks()}."));
            if (a.StatusPerkawinan != StatusPerkawinan.Kawin && a.Hubungan == HubunganKeluarga.IstriSuami)
                hasil.Add(new Temuan(5, k.NoKk, a.Nik, $"{a.Nama} tercatat sebagai istri/suami tetapi statusnya {a.StatusPerkawinan.Teks()}."));
            if (a.StatusHamil == StatusHamil.Ya)
            {
                var umur = a.Umur(hariIni);
                if (a.JenisKelamin != JenisKelamin.Perempuan)
                    hasil.Add(new Temuan(6, k.NoKk, a.Nik, $"{a.Nama}: status hamil hanya untuk perempuan."));
                else if (umur is < 10 or > 49)
                    hasil.Add(new Temuan(6, k.NoKk, a.Nik, $"{a.Nama}: status hamil hanya untuk perempuan umur 10–49 tahun (umurnya {umur})."));
                else if (a.StatusPerkawinan == StatusPerkawinan.BelumKawin)
                    hasil.Add(new Temuan(6, k.NoKk, a.Nik, $"{a.Nama}: status hamil hanya untuk perempuan yang kawin atau pernah kawin."));
            }
            if (a.Pekerjaan == StatusPekerjaan.PnsTniPolriBumnBumdLegislator)
                hasil.Add(new Temuan(7, k.NoKk, a.Nik, $"{a.Nama} bekerja sebagai PNS/TNI/Polri/BUMN/BUMD/anggota legislatif: tanda salah sasaran (inclusion error)."));
        }
        var hidup = k.Anggota.Where(a => a.Aktif && a.Keberadaan != StatusKeberadaan.Meninggal).ToList();
        var kepala = hidup.Count(a => a.Hubungan == HubunganKeluarga.KepalaKeluarga);
        var kepalaMeninggal = k.Anggota.Any(a => a.Aktif && a.Hubungan == HubunganKeluarga.KepalaKeluarga && a.Keberadaan == StatusKeberadaan.Meninggal);
        if (kepalaMeninggal && kepala == 0)
            hasil.Add(new Temuan(4, k.NoKk, null, "Kepala keluarga sudah meninggal: tetapkan kepala keluarga baru."));
        else if (hidup.Count > 0 && kepala != 1)
            hasil.Add(new Temuan(5, k.NoKk, null, kepala == 0 ? "Keluarga ini tidak punya kepala keluarga." : $"Keluarga ini punya {kepala} kepala keluarga; seharusnya tepat satu."));
        if (k.RumahTangga.Aset.HasFlag(Aset.Mobil) && k.Aktif)
            hasil.Add(new Temuan(7, k.NoKk, null, "Keluarga ini memiliki mobil: tanda salah sasaran (inclusion error)."));
        return hasil;
    }

    private static IEnumerable<Temuan> NikGanda(IEnumerable<Keluarga> keluarga)
    {
        var pertama = new Dictionary<string, (string NoKk, string Nama)>(StringComparer.Ordinal);
        foreach (var k in keluarga)
            foreach (var a in k.Anggota)
            {
                if (!a.Aktif) continue;
                if (!pertama.TryGetValue(a.Nik, out var lain)) pertama[a.Nik] = (k.NoKk, a.Nama);
                else if (lain.NoKk != k.NoKk)
                    yield return new Temuan(3, k.NoKk, a.Nik, $"NIK {a.Nik} ({a.Nama}) juga aktif di KK {lain.NoKk}: data ganda, pertahankan satu dan nonaktifkan yang lain.");
            }
    }
}
