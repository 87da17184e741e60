namespace DtksTraining.Web.Sandbox;

// Which findings stop an operator's form: those about the member just entered (rules 1, 2, 3, 5, 6 and the consistency
// rules 8, 9, 11, 12) and the family's head count (rule 5). The others are flags shown on the family page, not blockers.
public static class PeriksaIsian
{
    public static List<string> Anggota(Keluarga keluarga, AnggotaKeluarga isian, IEnumerable<string> kkLainDenganNikSama, DateOnly hariIni,
        DaftarKode? daftar = null)
    {
        var hasil = new List<string>();
        if (string.IsNullOrWhiteSpace(isian.Nama)) hasil.Add("Nama wajib diisi.");
        if (isian.TanggalLahir > hariIni) hasil.Add("Tanggal lahir tidak boleh sesudah hari ini.");
        foreach (var t in ValidasiDtks.PeriksaKeluarga(keluarga, hariIni, daftar))
        {
            var tentangIsian = t.Nik == isian.Nik && (t.Aturan is 1 or 2 or 5 or 6 || ValidasiDtks.MenghentikanIsian.Contains(t.Aturan));
            var jumlahKepala = t.Nik is null && t.Aturan == 5;
            if ((tentangIsian || jumlahKepala) && !hasil.Contains(t.Pesan)) hasil.Add(t.Pesan);
        }
        foreach (var noKk in kkLainDenganNikSama.Where(k => k != keluarga.NoKk).Distinct())
            hasil.Add($"NIK {isian.Nik} sudah aktif di KK {noKk}: satu NIK hanya boleh aktif di satu KK (data ganda).");
        return hasil;
    }
}
