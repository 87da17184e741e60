namespace DtksTraining.Web.Sandbox;

public sealed record Poin(string Faktor, int Nilai);

public sealed record HasilDesil(int Skor, int Desil, IReadOnlyList<Poin> Rincian);

// The sandbox's stand-in for BPS ranking. BPS does not publish its model; this rule only lets a trainee see a plausible
// desil follow from the fields they entered: deprivation points are added up and the sum is read off a fixed table.
public static class SimulasiDesil
{
    // Lowest score of desil 1, 2, … 9; a score below the last is desil 10.
    public static readonly IReadOnlyList<int> BatasSkor = [16, 13, 11, 9, 7, 5, 3, 1, 0];

    public static int DesilDariSkor(int skor)
    {
        for (var i = 0; i < BatasSkor.Count; i++)
            if (skor >= BatasSkor[i]) return i + 1;
        return 10;
    }

    public static HasilDesil Hitung(Keluarga keluarga, DateOnly hariIni)
    {
        var r = keluarga.RumahTangga;
        var rincian = new List<Poin>();
        void Tambah(string faktor, int nilai)
        {
            if (nilai != 0) rincian.Add(new Poin(faktor, nilai));
        }

        Tambah($"Lantai {r.Lantai.Teks().ToLowerInvariant()}", r.Lantai switch
        {
            JenisLantai.Tanah or JenisLantai.Bambu => 3, JenisLantai.KayuPapan => 1, JenisLantai.MarmerGranit => -1, _ => 0,
        });
        Tambah($"Dinding {r.Dinding.Teks().ToLowerInvariant()}", r.Dinding switch
        {
            JenisDinding.AnyamanBambu or JenisDinding.Lainnya => 3, JenisDinding.Kayu or JenisDinding.PlesteranAnyamanBambu => 1, _ => 0,
        });
        Tambah($"Atap {r.Atap.Teks().ToLowerInvariant()}", r.Atap switch
        {
            JenisAtap.BambuJeramiRumbia => 3, JenisAtap.Seng or JenisAtap.Asbes or JenisAtap.Kayu => 1, _ => 0,
        });
        Tambah($"Air minum {r.AirMinum.Teks().ToLowerInvariant()}", r.AirMinum switch
        {
            SumberAirMinum.SungaiDanauAirHujan or SumberAirMinum.MataAirTakTerlindung or SumberAirMinum.SumurTakTerlindung => 2,
            SumberAirMinum.SumurTerlindung or SumberAirMinum.MataAirTerlindung => 1,
            _ => 0,
        });
        Tambah(r.SumberPenerangan == SumberPenerangan.ListrikPln ? $"Listrik PLN {r.DayaListrik} VA" : $"Penerangan {r.SumberPenerangan.Teks().ToLowerInvariant()}",
            r.SumberPenerangan switch
            {
                SumberPenerangan.BukanListrik => 3,
                SumberPenerangan.ListrikNonPln => 2,
                _ => r.DayaListrik switch { <= 450 => 1, <= 900 => 0, _ => -2 },
            });
        Tambah($"Bahan bakar {r.BahanBakar.Teks().ToLowerInvariant()}", r.BahanBakar switch
        {
            BahanBakarMemasak.KayuBakar or BahanBakarMemasak.Arang or BahanBakarMemasak.Briket => 2,
            BahanBakarMemasak.MinyakTanah => 1,
            BahanBakarMemasak.Listrik or BahanBakarMemasak.GasLebih3Kg => -1,
            _ => 0,
        });
        Tambah($"Fasilitas BAB {r.FasilitasBab.Teks().ToLowerInvariant()}", r.FasilitasBab switch
        {
            FasilitasBab.Tidak => 3, FasilitasBab.Umum => 2, FasilitasBab.Bersama => 1, _ => 0,
        });
        var jiwa = Math.Max(1, r.Keluarga.Sum(k => k.Anggota.Count(a => a.Aktif)));
        Tambah("Luas lantai kurang dari 8 m² per orang", r.LuasLantai < 8 * jiwa ? 2 : 0);
        Tambah("Memiliki mobil", r.Aset.HasFlag(Aset.Mobil) ? -4 : 0);
        Tambah("Memiliki AC, komputer atau emas/tabungan",
            r.Aset.HasFlag(Aset.Ac) || r.Aset.HasFlag(Aset.Komputer) || r.Aset.HasFlag(Aset.EmasTabungan) ? -2 : 0);
        Tambah("Memiliki lemari es atau tabung gas 5,5 kg", r.Aset.HasFlag(Aset.LemariEs) || r.Aset.HasFlag(Aset.TabungGas55Kg) ? -1 : 0);

        var aktif = keluarga.Anggota.Where(a => a.Aktif && a.Keberadaan != StatusKeberadaan.Meninggal).ToList();
        Tambah("Anggota bekerja sebagai PNS/TNI/Polri/BUMN/BUMD/legislatif",
            aktif.Any(a => a.Pekerjaan == StatusPekerjaan.PnsTniPolriBumnBumdLegislator) ? -4 : 0);
        Tambah("Tanggungan layak komponen PKH (hamil, balita, anak sekolah, lansia, disabilitas), paling banyak 3",
            Math.Min(3, KomponenPkh.Hitung(aktif, hariIni)));
        return new HasilDesil(rincian.Sum(p => p.Nilai), DesilDariSkor(rincian.Sum(p => p.Nilai)), rincian);
    }
}

// The PKH components a family's members carry; zero means no one in it could make the family eligible.
public static class KomponenPkh
{
    public static int Hitung(IEnumerable<AnggotaKeluarga> anggota, DateOnly hariIni) => anggota.Count(a => Layak(a, hariIni));

    public static bool Layak(AnggotaKeluarga a, DateOnly hariIni)
    {
        var umur = a.Umur(hariIni);
        return a.StatusHamil == StatusHamil.Ya || umur < 6 || umur >= 70
            || (a.PartisipasiSekolah == PartisipasiSekolah.MasihSekolah && umur <= 21)
            || PetaDisabilitas.Berat(a.Disabilitas, a.KesulitanFungsi, a.TingkatKesulitan);
    }
}
