namespace DtksTraining.Web.Sandbox;

public enum JenisKelamin : byte { LakiLaki = 1, Perempuan = 2 }

public enum HubunganKeluarga : byte
{
    KepalaKeluarga = 1, IstriSuami = 2, Anak = 3, Menantu = 4, Cucu = 5, OrangTuaMertua = 6, PembantuRumahTangga = 7, Lainnya = 8,
}

public enum StatusPerkawinan : byte { BelumKawin = 1, Kawin = 2, CeraiHidup = 3, CeraiMati = 4 }

public enum StatusHamil : byte { Ya = 1, Tidak = 2 }

public enum Disabilitas : byte
{
    Tidak = 0, TunaDaksa = 1, TunaNetra = 2, TunaRungu = 3, TunaWicara = 4, RunguWicara = 5, NetraDaksa = 6,
    NetraRunguWicara = 7, RunguWicaraDaksa = 8, RunguWicaraNetraDaksa = 9, MentalRetardasi = 10, MantanSakitJiwa = 11,
    FisikDanMental = 12,
}

public enum PenyakitKronis : byte
{
    Tidak = 0, Hipertensi = 1, Rematik = 2, Asma = 3, Jantung = 4, Diabetes = 5, Tbc = 6, Stroke = 7, Kanker = 8, Lainnya = 9,
}

public enum PartisipasiSekolah : byte { TidakPernah = 0, MasihSekolah = 1, TidakSekolahLagi = 2 }

public enum Ijazah : byte { Tidak = 0, Sd = 1, Smp = 2, Sma = 3, D1D3 = 4, D4S1 = 5, S2S3 = 6 }

public enum StatusPekerjaan : byte
{
    BerusahaSendiri = 1, BerusahaDibantuBuruhTidakDibayar = 2, BerusahaDibantuBuruhDibayar = 3, BuruhKaryawan = 4,
    PnsTniPolriBumnBumdLegislator = 5, PekerjaBebasPertanian = 6, PekerjaBebasNonPertanian = 7, PekerjaKeluargaTidakDibayar = 8,
}

public enum StatusKeberadaan : byte
{
    TinggalDiRumahTangga = 1, Meninggal = 2, Pindah = 3, AnggotaBaru = 4, KesalahanPrelist = 5, TidakDitemukan = 6,
    PindahLuarNegeri = 7,
}

// DTSEN asks about functional difficulty instead of the tuna-x list: the eight domains of the Regsosek 2022 health and
// disability block (Washington Group style, as in BPS Sakernas/Susenas), one severity for the person.
[Flags]
public enum KesulitanFungsi : byte
{
    Tidak = 0, Melihat = 1, Mendengar = 2, BerjalanNaikTangga = 4, MenggunakanTangan = 8, MengingatBerkonsentrasi = 16,
    Berkomunikasi = 32, MengurusDiri = 64, PerilakuEmosi = 128,
}

public enum TingkatKesulitan : byte { TidakAda = 0, Sedikit = 1, Banyak = 2, SamaSekaliTidakBisa = 3 }

// Pendidikan tertinggi yang pernah/sedang diduduki, BDT codes 01–10 (DTKS.md §3).
public enum Pendidikan : byte
{
    Sd = 1, PaketA = 2, MadrasahIbtidaiyah = 3, Smp = 4, PaketB = 5, MadrasahTsanawiyah = 6, Sma = 7, PaketC = 8,
    MadrasahAliyah = 9, PerguruanTinggi = 10,
}

// Lapangan usaha (industry) of the main work, grouped as the BDT/Regsosek forms group it.
public enum LapanganUsaha : byte
{
    PertanianPangan = 1, Hortikultura = 2, Perkebunan = 3, Perikanan = 4, Peternakan = 5, Kehutanan = 6, Pertambangan = 7,
    IndustriPengolahan = 8, ListrikAirGas = 9, Konstruksi = 10, Perdagangan = 11, AkomodasiMakanMinum = 12, Transportasi = 13,
    InformasiKomunikasi = 14, KeuanganAsuransi = 15, JasaPendidikan = 16, JasaKesehatan = 17, JasaKemasyarakatan = 18,
    AdministrasiPemerintahan = 19, Lainnya = 20,
}


[Flags]
public enum ProgramBantuan : byte { Tidak = 0, Kks = 1, PbiJk = 2, Kip = 4, Pkh = 8, Sembako = 16 }

public enum KepemilikanBangunan : byte { MilikSendiri = 1, KontrakSewa = 2, BebasSewa = 3, Dinas = 4, Lainnya = 5 }

public enum SumberPenerangan : byte { ListrikPln = 1, ListrikNonPln = 2, BukanListrik = 3 }

public enum BahanBakarMemasak : byte
{
    Listrik = 1, GasLebih3Kg = 2, Gas3Kg = 3, Biogas = 4, MinyakTanah = 5, Briket = 6, Arang = 7, KayuBakar = 8, TidakMemasak = 9,
}

public enum FasilitasBab : byte { Sendiri = 1, Bersama = 2, Umum = 3, Tidak = 4 }

public enum JenisLantai : byte { MarmerGranit = 1, Keramik = 2, Semen = 3, KayuPapan = 4, Bambu = 5, Tanah = 6 }

public enum JenisDinding : byte { Tembok = 1, PlesteranAnyamanBambu = 2, Kayu = 3, AnyamanBambu = 4, Lainnya = 5 }

public enum JenisAtap : byte { BetonGenteng = 1, Seng = 2, Asbes = 3, Kayu = 4, BambuJeramiRumbia = 5 }

public enum SumberAirMinum : byte
{
    AirKemasanIsiUlang = 1, Ledeng = 2, SumurBorPompa = 3, SumurTerlindung = 4, SumurTakTerlindung = 5,
    MataAirTerlindung = 6, MataAirTakTerlindung = 7, SungaiDanauAirHujan = 8,
}

[Flags]
public enum Aset : ushort
{
    Tidak = 0, TabungGas55Kg = 1, LemariEs = 2, Ac = 4, PemanasAir = 8, Televisi = 16, EmasTabungan = 32, Komputer = 64,
    SepedaMotor = 128, Mobil = 256, Perahu = 512,
}

public enum AlasanNonaktif : byte { Pindah = 1, Meninggal = 2, SudahMampu = 3, Menolak = 4, Ganda = 5 }

public static class Label
{
    public static string Teks(this JenisKelamin v) => v == JenisKelamin.LakiLaki ? "Laki-laki" : "Perempuan";

    public static string Teks(this HubunganKeluarga v) => v switch
    {
        HubunganKeluarga.KepalaKeluarga => "Kepala keluarga",
        HubunganKeluarga.IstriSuami => "Istri/suami",
        HubunganKeluarga.Anak => "Anak",
        HubunganKeluarga.Menantu => "Menantu",
        HubunganKeluarga.Cucu => "Cucu",
        HubunganKeluarga.OrangTuaMertua => "Orang tua/mertua",
        HubunganKeluarga.PembantuRumahTangga => "Pembantu rumah tangga",
        _ => "Lainnya",
    };

    public static string Teks(this StatusPerkawinan v) => v switch
    {
        StatusPerkawinan.BelumKawin => "Belum kawin",
        StatusPerkawinan.Kawin => "Kawin",
        StatusPerkawinan.CeraiHidup => "Cerai hidup",
        _ => "Cerai mati",
    };

    public static string Teks(this StatusHamil v) => v == StatusHamil.Ya ? "Ya" : "Tidak";

    public static string Teks(this Disabilitas v) => v switch
    {
        Disabilitas.Tidak => "Tidak cacat",
        Disabilitas.TunaDaksa => "Tuna daksa/cacat tubuh",
        Disabilitas.TunaNetra => "Tuna netra/buta",
        Disabilitas.TunaRungu => "Tuna rungu",
        Disabilitas.TunaWicara => "Tuna wicara",
        Disabilitas.RunguWicara => "Tuna rungu dan wicara",
        Disabilitas.NetraDaksa => "Tuna netra dan cacat tubuh",
        Disabilitas.NetraRunguWicara => "Tuna netra, rungu dan wicara",
        Disabilitas.RunguWicaraDaksa => "Tuna rungu, wicara dan cacat tubuh",
        Disabilitas.RunguWicaraNetraDaksa => "Tuna rungu, wicara, netra dan cacat tubuh",
        Disabilitas.MentalRetardasi => "Cacat mental retardasi",
        Disabilitas.MantanSakitJiwa => "Mantan penderita gangguan jiwa",
        _ => "Cacat fisik dan mental",
    };

    public static string Teks(this PenyakitKronis v) => v switch
    {
        PenyakitKronis.Tidak => "Tidak ada",
        PenyakitKronis.Hipertensi => "Hipertensi (tekanan darah tinggi)",
        PenyakitKronis.Rematik => "Rematik",
        PenyakitKronis.Asma => "Asma",
        PenyakitKronis.Jantung => "Masalah jantung",
        PenyakitKronis.Diabetes => "Diabetes (kencing manis)",
        PenyakitKronis.Tbc => "Tuberkulosis (TBC)",
        PenyakitKronis.Stroke => "Stroke",
        PenyakitKronis.Kanker => "Kanker atau tumor ganas",
        _ => "Lainnya",
    };

    public static string Teks(this PartisipasiSekolah v) => v switch
    {
        PartisipasiSekolah.TidakPernah => "Tidak/belum pernah sekolah",
        PartisipasiSekolah.MasihSekolah => "Masih sekolah",
        _ => "Tidak bersekolah lagi",
    };

    public static string Teks(this Ijazah v) => v switch
    {
        Ijazah.Tidak => "Tidak punya ijazah",
        Ijazah.Sd => "SD/sederajat",
        Ijazah.Smp => "SMP/sederajat",
        Ijazah.Sma => "SMA/sederajat",
        Ijazah.D1D3 => "D1/D2/D3",
        Ijazah.D4S1 => "D4/S1",
        _ => "S2/S3",
    };

    public static string Teks(this StatusPekerjaan v) => v switch
    {
        StatusPekerjaan.BerusahaSendiri => "Berusaha sendiri",
        StatusPekerjaan.BerusahaDibantuBuruhTidakDibayar => "Berusaha dibantu buruh tidak tetap/tidak dibayar",
        StatusPekerjaan.BerusahaDibantuBuruhDibayar => "Berusaha dibantu buruh tetap/dibayar",
        StatusPekerjaan.BuruhKaryawan => "Buruh/karyawan/pegawai swasta",
        StatusPekerjaan.PnsTniPolriBumnBumdLegislator => "PNS/TNI/Polri/BUMN/BUMD/anggota legislatif",
        StatusPekerjaan.PekerjaBebasPertanian => "Pekerja bebas pertanian",
        StatusPekerjaan.PekerjaBebasNonPertanian => "Pekerja bebas nonpertanian",
        _ => "Pekerja keluarga/tidak dibayar",
    };

    public static string Teks(this StatusKeberadaan v) => v switch
    {
        StatusKeberadaan.TinggalDiRumahTangga => "Tinggal di rumah tangga",
        StatusKeberadaan.Meninggal => "Meninggal",
        StatusKeberadaan.Pindah => "Pindah",
        StatusKeberadaan.AnggotaBaru => "Anggota rumah tangga baru",
        StatusKeberadaan.KesalahanPrelist => "Kesalahan prelist",
        StatusKeberadaan.PindahLuarNegeri => "Pindah ke luar negeri",
        _ => "Tidak ditemukan",
    };

    public static string Teks(this KesulitanFungsi v) => v == KesulitanFungsi.Tidak
        ? "Tidak ada kesulitan"
        : string.Join(", ", Enum.GetValues<KesulitanFungsi>().Where(f => f != KesulitanFungsi.Tidak && v.HasFlag(f)).Select(Satu));

    public static string Satu(KesulitanFungsi f) => f switch
    {
        KesulitanFungsi.Melihat => "Melihat",
        KesulitanFungsi.Mendengar => "Mendengar",
        KesulitanFungsi.BerjalanNaikTangga => "Berjalan atau naik tangga",
        KesulitanFungsi.MenggunakanTangan => "Menggunakan atau menggerakkan tangan/jari",
        KesulitanFungsi.MengingatBerkonsentrasi => "Mengingat atau berkonsentrasi",
        KesulitanFungsi.Berkomunikasi => "Berbicara atau berkomunikasi",
        KesulitanFungsi.MengurusDiri => "Mengurus diri sendiri",
        KesulitanFungsi.PerilakuEmosi => "Mengendalikan perilaku atau emosi",
        _ => "Tidak ada kesulitan",
    };

    public static string Teks(this TingkatKesulitan v) => v switch
    {
        TingkatKesulitan.TidakAda => "Tidak ada kesulitan",
        TingkatKesulitan.Sedikit => "Ya, sedikit kesulitan",
        TingkatKesulitan.Banyak => "Ya, banyak kesulitan",
        _ => "Ya, sama sekali tidak bisa",
    };

    public static string Teks(this Pendidikan v) => v switch
    {
        Pendidikan.Sd => "SD/SDLB",
        Pendidikan.PaketA => "Paket A",
        Pendidikan.MadrasahIbtidaiyah => "Madrasah Ibtidaiyah",
        Pendidikan.Smp => "SMP/SMPLB",
        Pendidikan.PaketB => "Paket B",
        Pendidikan.MadrasahTsanawiyah => "Madrasah Tsanawiyah",
        Pendidikan.Sma => "SMA/SMK/SMALB",
        Pendidikan.PaketC => "Paket C",
        Pendidikan.MadrasahAliyah => "Madrasah Aliyah",
        _ => "Perguruan tinggi",
    };

    // SD level 1, SMP level 2, SMA level 3, perguruan tinggi level 4: what the age and diploma rules compare.
    public static int Jenjang(this Pendidikan v) => v switch
    {
        Pendidikan.Sd or Pendidikan.PaketA or Pendidikan.MadrasahIbtidaiyah => 1,
        Pendidikan.Smp or Pendidikan.PaketB or Pendidikan.MadrasahTsanawiyah => 2,
        Pendidikan.Sma or Pendidikan.PaketC or Pendidikan.MadrasahAliyah => 3,
        _ => 4,
    };

    public static string Teks(this LapanganUsaha v) => v switch
    {
        LapanganUsaha.PertanianPangan => "Pertanian tanaman padi dan palawija",
        LapanganUsaha.Hortikultura => "Hortikultura",
        LapanganUsaha.Perkebunan => "Perkebunan",
        LapanganUsaha.Perikanan => "Perikanan",
        LapanganUsaha.Peternakan => "Peternakan",
        LapanganUsaha.Kehutanan => "Kehutanan dan pertanian lainnya",
        LapanganUsaha.Pertambangan => "Pertambangan dan penggalian",
        LapanganUsaha.IndustriPengolahan => "Industri pengolahan",
        LapanganUsaha.ListrikAirGas => "Listrik, gas dan air",
        LapanganUsaha.Konstruksi => "Konstruksi/bangunan",
        LapanganUsaha.Perdagangan => "Perdagangan",
        LapanganUsaha.AkomodasiMakanMinum => "Hotel dan rumah makan",
        LapanganUsaha.Transportasi => "Transportasi dan pergudangan",
        LapanganUsaha.InformasiKomunikasi => "Informasi dan komunikasi",
        LapanganUsaha.KeuanganAsuransi => "Keuangan dan asuransi",
        LapanganUsaha.JasaPendidikan => "Jasa pendidikan",
        LapanganUsaha.JasaKesehatan => "Jasa kesehatan",
        LapanganUsaha.JasaKemasyarakatan => "Jasa kemasyarakatan, sosial dan perorangan",
        LapanganUsaha.AdministrasiPemerintahan => "Administrasi pemerintahan",
        _ => "Lainnya",
    };

    public static string Teks(this AlasanNonaktif v) => v switch
    {
        AlasanNonaktif.Pindah => "Pindah",
        AlasanNonaktif.Meninggal => "Meninggal",
        AlasanNonaktif.SudahMampu => "Sudah mampu",
        AlasanNonaktif.Menolak => "Menolak",
        _ => "Data ganda",
    };

    public static string Teks(this KepemilikanBangunan v) => v switch
    {
        KepemilikanBangunan.MilikSendiri => "Milik sendiri",
        KepemilikanBangunan.KontrakSewa => "Kontrak/sewa",
        KepemilikanBangunan.BebasSewa => "Bebas sewa",
        KepemilikanBangunan.Dinas => "Dinas",
        _ => "Lainnya",
    };

    public static string Teks(this SumberPenerangan v) => v switch
    {
        SumberPenerangan.ListrikPln => "Listrik PLN",
        SumberPenerangan.ListrikNonPln => "Listrik non-PLN",
        _ => "Bukan listrik",
    };

    public static string Teks(this BahanBakarMemasak v) => v switch
    {
        BahanBakarMemasak.Listrik => "Listrik",
        BahanBakarMemasak.GasLebih3Kg => "Gas lebih dari 3 kg",
        BahanBakarMemasak.Gas3Kg => "Gas 3 kg",
        BahanBakarMemasak.Biogas => "Gas kota/biogas",
        BahanBakarMemasak.MinyakTanah => "Minyak tanah",
        BahanBakarMemasak.Briket => "Briket",
        BahanBakarMemasak.Arang => "Arang",
        BahanBakarMemasak.KayuBakar => "Kayu bakar",
        _ => "Tidak memasak di rumah",
    };

    public static string Teks(this FasilitasBab v) => v switch
    {
        FasilitasBab.Sendiri => "Sendiri",
        FasilitasBab.Bersama => "Bersama",
        FasilitasBab.Umum => "Umum",
        _ => "Tidak ada",
    };

    public static string Teks(this JenisLantai v) => v switch
    {
        JenisLantai.MarmerGranit => "Marmer/granit",
        JenisLantai.Keramik => "Keramik",
        JenisLantai.Semen => "Semen/bata merah",
        JenisLantai.KayuPapan => "Kayu/papan",
        JenisLantai.Bambu => "Bambu",
        _ => "Tanah",
    };

    public static string Teks(this JenisDinding v) => v switch
    {
        JenisDinding.Tembok => "Tembok",
        JenisDinding.PlesteranAnyamanBambu => "Plesteran anyaman bambu/kawat",
        JenisDinding.Kayu => "Kayu/papan",
        JenisDinding.AnyamanBambu => "Anyaman bambu",
        _ => "Lainnya (batang kayu, bambu, rumbia)",
    };

    public static string Teks(this JenisAtap v) => v switch
    {
        JenisAtap.BetonGenteng => "Beton/genteng",
        JenisAtap.Seng => "Seng",
        JenisAtap.Asbes => "Asbes",
        JenisAtap.Kayu => "Kayu/sirap",
        _ => "Bambu/jerami/ijuk/rumbia",
    };

    public static string Teks(this SumberAirMinum v) => v switch
    {
        SumberAirMinum.AirKemasanIsiUlang => "Air kemasan/isi ulang",
        SumberAirMinum.Ledeng => "Leding/PAM",
        SumberAirMinum.SumurBorPompa => "Sumur bor/pompa",
        SumberAirMinum.SumurTerlindung => "Sumur terlindung",
        SumberAirMinum.SumurTakTerlindung => "Sumur tak terlindung",
        SumberAirMinum.MataAirTerlindung => "Mata air terlindung",
        SumberAirMinum.MataAirTakTerlindung => "Mata air tak terlindung",
        _ => "Sungai/danau/air hujan",
    };

    public static string Teks(this ProgramBantuan v) => v == ProgramBantuan.Tidak
        ? "Tidak ada"
        : string.Join(", ", new[]
          {
              (ProgramBantuan.Kks, "KKS"), (ProgramBantuan.PbiJk, "PBI-JK"), (ProgramBantuan.Kip, "KIP"),
              (ProgramBantuan.Pkh, "PKH"), (ProgramBantuan.Sembako, "Sembako"),
          }.Where(p => v.HasFlag(p.Item1)).Select(p => p.Item2));

    public static string Teks(this Aset v) => v == Aset.Tidak
        ? "Tidak ada"
        : string.Join(", ", new[]
          {
              (Aset.TabungGas55Kg, "Tabung gas 5,5 kg atau lebih"), (Aset.LemariEs, "Lemari es"), (Aset.Ac, "AC"),
              (Aset.PemanasAir, "Pemanas air"), (Aset.Televisi, "Televisi"), (Aset.EmasTabungan, "Emas/perhiasan/tabungan"),
              (Aset.Komputer, "Komputer/laptop"), (Aset.SepedaMotor, "Sepeda motor"), (Aset.Mobil, "Mobil"), (Aset.Perahu, "Perahu"),
          }.Where(p => v.HasFlag(p.Item1)).Select(p => p.Item2));

    public static string Kode(this Disabilitas v) => ((int)v).ToString("00");
}
