using Bogus;
using BogusGender = Bogus.DataSets.Name.Gender;

namespace DtksTraining.Web.Sandbox;

// Pesawaran, September 2024.
public static class AngkaPesawaran
{
    public const int Keluarga = 96_425;
    public const int Jiwa = 271_490;
    public const int KeluargaPkh = 23_307;
    public const int KeluargaSembako = 41_640;
    public const int JiwaPbiJk = 225_942;
}

public sealed class DataKabupaten
{
    public required IReadOnlyList<DesaSumber> Desa { get; init; }
    public required RumahTangga[] RumahTangga { get; init; }
    public required Keluarga[] Keluarga { get; init; }
    public required AnggotaKeluarga[] Anggota { get; init; }
    // Planted ground truth: NIK recorded in two desa (moved, not removed) and same name + birth date with another NIK.
    public IReadOnlyList<string> NikGandaLintasDesa { get; init; } = [];
    public IReadOnlyList<string> NikKembarNama { get; init; } = [];
    // Where TanamGanda put its copies: the only members that differ from what `desaSelesai` saw.
    public IReadOnlyList<PosisiAnggota> Penggantian { get; init; } = [];
}

// Names come from Bogus id_ID once per seed; the rest draws from a seeded System.Random so a regency stays fast.
public sealed class GeneratorDtks
{
    private static readonly string[] Dusun =
    [
        "Krajan", "Sidomulyo", "Sukamaju", "Karang Anyar", "Tegal Sari", "Banjar Sari", "Margo Rejo", "Sumber Agung",
        "Sinar Harapan", "Way Harong", "Talang Baru", "Sukajaya", "Pasar", "Tanjung Sari", "Suka Damai", "Cikadu",
    ];

    private static readonly string[] WilayahLuar =
    [
        "187101", "187102", "180101", "180102", "180201", "180401", "180501", "180601", "180701", "187201",
        "317101", "317401", "327301", "320101", "337401", "350701", "160101", "171101", "360301", "127101",
    ];

    // Kabupaten codes 1809.01–1809.11 and the work status weights, built once (not per person).
    private static readonly string[] KecamatanPesawaran = [.. Enumerable.Range(1, 11).Select(i => $"1809{i:00}")];
    private static readonly StatusPekerjaan[] PekerjaanUmum = [.. new[] { 1, 2, 4, 6, 6, 6, 7, 7, 8 }.Select(i => (StatusPekerjaan)i)];

    private readonly Random _acak;
    // House materials draw from their own stream, so adding them left every earlier scenario (and its anomalies) unchanged.
    private readonly Random _acakRumah;
    // The fields of issue #20 §4 (land, livestock, birthplace, education, work, geotag) likewise draw from their own stream.
    private readonly Random _acakRincian;
    private readonly string[] _depanLaki;
    private readonly string[] _depanPerempuan;
    private readonly string[] _belakangLaki;
    private readonly string[] _belakangPerempuan;
    private readonly DateOnly _hariIni;
    private readonly HashSet<string> _nikDipakai = [];
    private readonly HashSet<string> _kkDipakai = [];
    private readonly Dictionary<string, int> _urutKk = [];
    private int _nomorRumahTangga;
    private int _nomorKeluarga;
    private int _nomorAnggota;

    private GeneratorDtks(int seed, DateOnly hariIni, int kapasitas)
    {
        _hariIni = hariIni;
        _acak = new Random(seed);
        _acakRumah = new Random(unchecked(seed * 31 + 7));
        _acakRincian = new Random(unchecked(seed * 131 + 11));
        var faker = new Faker("id_ID") { Random = new Randomizer(seed) };
        _depanLaki = Kolam(() => faker.Name.FirstName(BogusGender.Male), 400);
        _depanPerempuan = Kolam(() => faker.Name.FirstName(BogusGender.Female), 400);
        _belakangLaki = Kolam(() => faker.Name.LastName(BogusGender.Male), 300);
        _belakangPerempuan = Kolam(() => faker.Name.LastName(BogusGender.Female), 300);
        _nikDipakai.EnsureCapacity(kapasitas);
    }

    private static string[] Kolam(Func<string> buat, int jumlah)
    {
        var hasil = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < jumlah * 4 && hasil.Count < jumlah; i++) hasil.Add(buat());
        return [.. hasil.Order(StringComparer.Ordinal)];
    }

    public static DataDesa BuatDesa(DesaSumber desa, int seed, DateOnly hariIni, int jumlahKeluarga = 650)
    {
        var generator = new GeneratorDtks(seed, hariIni, jumlahKeluarga * 4);
        var ukuran = generator.UkuranKeluarga(jumlahKeluarga, null);
        var data = new DataDesa { Desa = desa };
        generator.IsiDesa(data, ukuran, 0, jumlahKeluarga);
        var keluarga = data.Keluarga.ToArray();
        var jiwa = keluarga.Sum(k => k.Anggota.Count);
        var program = PilihanProgram.Acak(generator._acak, keluarga.Length, jiwa,
            jumlahKeluarga / (double)AngkaPesawaran.Keluarga, jiwa / (double)AngkaPesawaran.Jiwa, hariIni);
        var indeksAnggota = 0;
        for (var i = 0; i < keluarga.Length; i++) program.Terapkan(keluarga[i], i, ref indeksAnggota, generator._acak);
        program.Lunasi(keluarga, generator._acak);
        // BPS's desil as the sandbox simulates it (SimulasiDesil), set once when the register is generated.
        foreach (var k in keluarga) k.Desil = (byte)SimulasiDesil.Hitung(k, hariIni).Desil;
        return data;
    }

    // `desaSelesai` receives each desa as soon as it is final except for the planted duplicates (DataKabupaten.Penggantian),
    // so a caller can store one desa while the next is generated. Programme quotas are drawn up front from their own
    // random stream: they need only the regency's totals, not its people.
    public static DataKabupaten BuatKabupaten(IReadOnlyList<DesaSumber> desa, int seed, DateOnly hariIni,
        int jumlahKeluarga = AngkaPesawaran.Keluarga, int jumlahJiwa = AngkaPesawaran.Jiwa, Action<DataDesa>? desaSelesai = null)
    {
        var generator = new GeneratorDtks(seed, hariIni, jumlahJiwa);
        var ukuran = generator.UkuranKeluarga(jumlahKeluarga, jumlahJiwa);
        var perDesa = generator.BagiRata(jumlahKeluarga, desa.Count);
        var acakProgram = new Random(unchecked(seed * 7919 + 17));
        var program = PilihanProgram.Acak(acakProgram, jumlahKeluarga, jumlahJiwa, 1, 1, hariIni);
        var rumahTangga = new List<RumahTangga>(jumlahKeluarga);
        var keluarga = new Keluarga[jumlahKeluarga];
        int awal = 0, k = 0, a = 0;
        for (var i = 0; i < desa.Count; i++)
        {
            var data = new DataDesa { Desa = desa[i] };
            generator.IsiDesa(data, ukuran, awal, perDesa[i]);
            foreach (var r in data.RumahTangga)
                foreach (var kel in r.Keluarga)
                {
                    program.Terapkan(kel, k, ref a, acakProgram);
                    keluarga[k++] = kel;
                }
            // The last desa settles any PKH place still owed, before it is handed on.
            if (i == desa.Count - 1) program.Lunasi(data.Keluarga, acakProgram);
            rumahTangga.AddRange(data.RumahTangga);
            awal += perDesa[i];
            desaSelesai?.Invoke(data);
        }
        var (pindah, kembar, penggantian) = generator.TanamGanda(keluarga, Math.Max(2, jumlahJiwa / 900), Math.Max(1, jumlahJiwa / 2700));
        return new DataKabupaten
        {
            Desa = desa, RumahTangga = [.. rumahTangga], Keluarga = keluarga, Anggota = [.. keluarga.SelectMany(kel => kel.Anggota)],
            NikGandaLintasDesa = pindah, NikKembarNama = kembar, Penggantian = penggantian,
        };
    }

    // Replaces (never adds) non-head members of one desa by people of another desa, so totals stay exact:
    // `pindah` copies keep the NIK (moved but not removed); `kembar` copies get the same name and birth date with a new NIK.
    private (List<string> Pindah, List<string> Kembar, List<PosisiAnggota> Penggantian) TanamGanda(Keluarga[] keluarga, int pindah, int kembar)
    {
        var dipakai = new HashSet<AnggotaKeluarga>();
        var hasilPindah = new List<string>(pindah);
        var hasilKembar = new List<string>(kembar);
        var penggantian = new List<PosisiAnggota>(pindah + kembar);
        for (var percobaan = 0; hasilPindah.Count + hasilKembar.Count < pindah + kembar && percobaan < (pindah + kembar) * 50; percobaan++)
        {
            var asal = keluarga[_acak.Next(keluarga.Length)];
            var indeksTujuan = _acak.Next(keluarga.Length);
            var tujuan = keluarga[indeksTujuan];
            if (asal.DesaKode == tujuan.DesaKode) continue;
            var orang = asal.Anggota[_acak.Next(asal.Anggota.Count)];
            var ganti = tujuan.Anggota.FindIndex(a => a.Hubungan != HubunganKeluarga.KepalaKeluarga && !dipakai.Contains(a));
            if (ganti < 0 || dipakai.Contains(orang) || orang.TanggalLahir > _hariIni.AddYears(-15)) continue;
            var salinan = new AnggotaKeluarga
            {
                Nomor = tujuan.Anggota[ganti].Nomor,
                Nik = orang.Nik,
                Nama = orang.Nama,
                JenisKelamin = orang.JenisKelamin,
                TanggalLahir = orang.TanggalLahir,
                Hubungan = HubunganKeluarga.Lainnya,
                StatusPerkawinan = orang.StatusPerkawinan,
                PartisipasiSekolah = orang.PartisipasiSekolah,
                Ijazah = orang.Ijazah,
                Pekerjaan = orang.Pekerjaan,
                Program = tujuan.Anggota[ganti].Program,
                NamaIbuKandung = orang.NamaIbuKandung,
                TempatLahir = orang.TempatLahir,
                Pendidikan = orang.Pendidikan,
                LapanganUsaha = orang.LapanganUsaha,
                JenisPekerjaan = orang.JenisPekerjaan,
            };
            if (hasilPindah.Count < pindah) hasilPindah.Add(orang.Nik);
            else
            {
                salinan.Nik = BuatNik(_acak.Next(2) == 0 ? tujuan.NoKk[..6] : "180901", orang.TanggalLahir, orang.JenisKelamin);
                hasilKembar.Add(salinan.Nik);
            }
            dipakai.Add(orang);
            dipakai.Add(salinan);
            tujuan.Anggota[ganti] = salinan;
            penggantian.Add(new PosisiAnggota(indeksTujuan, ganti));
        }
        return (hasilPindah, hasilKembar, penggantian);
    }

    private int[] UkuranKeluarga(int jumlahKeluarga, int? jumlahJiwa)
    {
        int[] sebaran = [1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 6];
        var ukuran = new int[jumlahKeluarga];
        var total = 0;
        for (var i = 0; i < ukuran.Length; i++) total += ukuran[i] = sebaran[_acak.Next(sebaran.Length)];
        if (jumlahJiwa is not { } target) return ukuran;
        if (target < jumlahKeluarga || target > jumlahKeluarga * 9) throw new ArgumentOutOfRangeException(nameof(jumlahJiwa));
        while (total != target)
        {
            var i = _acak.Next(ukuran.Length);
            if (total < target && ukuran[i] < 9) { ukuran[i]++; total++; }
            else if (total > target && ukuran[i] > 1) { ukuran[i]--; total--; }
        }
        return ukuran;
    }

    private int[] BagiRata(int total, int bagian)
    {
        var bobot = new double[bagian];
        for (var i = 0; i < bagian; i++) bobot[i] = 0.6 + _acak.NextDouble() * 0.8;
        var jumlahBobot = bobot.Sum();
        var hasil = new int[bagian];
        for (var i = 0; i < bagian; i++) hasil[i] = (int)(total * bobot[i] / jumlahBobot);
        for (var sisa = total - hasil.Sum(); sisa > 0; sisa--) hasil[_acak.Next(bagian)]++;
        return hasil;
    }

    private void IsiDesa(DataDesa data, int[] ukuran, int awal, int jumlah)
    {
        var desa = data.Desa;
        var kodeKecamatan = desa.KodeKecamatan.Replace(".", "");
        var dusun = Dusun.OrderBy(_ => _acak.Next()).Take(3 + _acak.Next(4)).ToArray();
        RumahTangga? sebelumnya = null;
        for (var i = 0; i < jumlah; i++)
        {
            // About one household in twelve shelters a second family (a married child with its own KK).
            var rumahTangga = sebelumnya is not null && sebelumnya.Keluarga.Count == 1 && _acak.Next(12) == 0
                ? sebelumnya
                : BuatRumahTangga(data);
            sebelumnya = rumahTangga;
            var alamat = rumahTangga.Keluarga.Count > 0
                ? rumahTangga.Keluarga[0].Alamat
                : $"Dusun {dusun[_acak.Next(dusun.Length)]}, RT {1 + _acak.Next(12):000}/RW {1 + _acak.Next(4):000}, Desa {desa.Nama}, Kec. {desa.NamaKecamatan}";
            // A KK is issued by the kecamatan where the family lives (module 08); the NIK may still come from elsewhere.
            var keluarga = new Keluarga
            {
                Nomor = ++_nomorKeluarga,
                NoKk = BuatNoKk(kodeKecamatan),
                RumahTangga = rumahTangga,
                DesaKode = desa.Kode,
                Alamat = alamat,
            };
            keluarga.IdDtsen = IdDtsen(desa.Kode, keluarga.Nomor);
            IsiAnggota(keluarga, ukuran[awal + i], kodeKecamatan);
            rumahTangga.Keluarga.Add(keluarga);
        }
        foreach (var r in data.RumahTangga) IsiLahanTernak(r, kodeKecamatan);
    }

    // Simulated ID DTSEN: the desa's 10-digit code, "22" (Regsosek 2022, the first DTSEN listing) and a 6-digit serial.
    // The real format is not public; this one is only stable and unique within a generated register.
    public static string IdDtsen(string desaKode, int nomorKeluarga) => $"{desaKode.Replace(".", "")}22{nomorKeluarga % 1_000_000:000000}";

    // Farming families hold land (rice, coffee, pepper, cocoa); coastal fishing families little; most keep some poultry.
    private void IsiLahanTernak(RumahTangga r, string kodeKecamatan)
    {
        var acak = _acakRincian;
        var pekerja = r.Keluarga.SelectMany(k => k.Anggota).Where(a => a.LapanganUsaha is not null).ToList();
        var tani = pekerja.Any(a => a.LapanganUsaha is LapanganUsaha.PertanianPangan or LapanganUsaha.Perkebunan or LapanganUsaha.Hortikultura
            && a.Pekerjaan is StatusPekerjaan.BerusahaSendiri or StatusPekerjaan.BerusahaDibantuBuruhTidakDibayar or StatusPekerjaan.BerusahaDibantuBuruhDibayar);
        var pesisir = TitikKecamatan.Pesisir.Contains(kodeKecamatan);
        r.LuasLahan = tani ? 2_500 + acak.Next(36) * 500
            : acak.Next(100) < 40 ? 100 + acak.Next(10) * 100 : 0;
        r.TernakUnggas = acak.Next(100) < (pesisir ? 45 : 65) ? 2 + acak.Next(24) : 0;
        r.TernakKambing = acak.Next(100) < (pesisir ? 8 : 22) ? 1 + acak.Next(8) : 0;
        r.TernakSapi = acak.Next(100) < (tani ? 15 : 4) ? 1 + acak.Next(3) : 0;
        if (TitikKecamatan.Acak(kodeKecamatan, acak) is { } titik) (r.Lintang, r.Bujur) = titik;
    }

    private RumahTangga BuatRumahTangga(DataDesa data)
    {
        var pln = _acak.Next(100) < 93;
        var aset = Aset.Tidak;
        if (_acak.Next(100) < 80) aset |= Aset.Televisi;
        if (_acak.Next(100) < 70) aset |= Aset.SepedaMotor;
        if (_acak.Next(100) < 35) aset |= Aset.LemariEs;
        if (_acak.Next(100) < 10) aset |= Aset.TabungGas55Kg;
        if (_acak.Next(100) < 8) aset |= Aset.EmasTabungan;
        if (_acak.Next(100) < 5) aset |= Aset.Komputer;
        if (_acak.Next(100) < 3) aset |= Aset.Mobil;
        if (_acak.Next(100) < 3) aset |= Aset.Perahu;
        var rumahTangga = new RumahTangga
        {
            Nomor = ++_nomorRumahTangga,
            IdRumahTangga = $"{data.Desa.Kode.Replace(".", "")}{_nomorRumahTangga:000000}",
            KepemilikanBangunan = _acak.Next(100) < 85 ? KepemilikanBangunan.MilikSendiri : (KepemilikanBangunan)(2 + _acak.Next(4)),
            LuasLantai = 20 + _acak.Next(80),
            SumberPenerangan = pln ? SumberPenerangan.ListrikPln : (SumberPenerangan)(2 + _acak.Next(2)),
            DayaListrik = pln ? (_acak.Next(100) < 55 ? 450 : _acak.Next(100) < 80 ? 900 : 1300) : 0,
            BahanBakar = _acak.Next(100) < 75 ? BahanBakarMemasak.Gas3Kg : BahanBakarMemasak.KayuBakar,
            FasilitasBab = (FasilitasBab)(_acak.Next(100) < 75 ? 1 : 2 + _acak.Next(3)),
            Aset = aset,
        };
        IsiBangunan(rumahTangga);
        data.RumahTangga.Add(rumahTangga);
        return rumahTangga;
    }

    // Materials follow the household's means: a car or 1300 VA suggests a finished house, no PLN or wood fuel a poor one.
    private void IsiBangunan(RumahTangga r)
    {
        var mampu = r.Aset.HasFlag(Aset.Mobil) || r.Aset.HasFlag(Aset.Komputer) || r.DayaListrik >= 1300;
        var miskin = !mampu && (r.SumberPenerangan != SumberPenerangan.ListrikPln || r.BahanBakar == BahanBakarMemasak.KayuBakar);
        var p = _acakRumah.Next(100);
        r.Lantai = mampu ? (p < 20 ? JenisLantai.MarmerGranit : JenisLantai.Keramik)
            : miskin ? (p < 30 ? JenisLantai.Tanah : p < 50 ? JenisLantai.KayuPapan : p < 55 ? JenisLantai.Bambu : JenisLantai.Semen)
            : p < 40 ? JenisLantai.Keramik : p < 90 ? JenisLantai.Semen : JenisLantai.KayuPapan;
        p = _acakRumah.Next(100);
        r.Dinding = mampu ? JenisDinding.Tembok
            : miskin ? (p < 30 ? JenisDinding.Kayu : p < 55 ? JenisDinding.AnyamanBambu : p < 65 ? JenisDinding.PlesteranAnyamanBambu : JenisDinding.Tembok)
            : p < 80 ? JenisDinding.Tembok : p < 95 ? JenisDinding.Kayu : JenisDinding.PlesteranAnyamanBambu;
        p = _acakRumah.Next(100);
        r.Atap = mampu ? JenisAtap.BetonGenteng
            : miskin ? (p < 35 ? JenisAtap.Seng : p < 45 ? JenisAtap.BambuJeramiRumbia : p < 60 ? JenisAtap.Asbes : JenisAtap.BetonGenteng)
            : p < 60 ? JenisAtap.BetonGenteng : p < 85 ? JenisAtap.Seng : JenisAtap.Asbes;
        p = _acakRumah.Next(100);
        r.AirMinum = mampu ? (p < 60 ? SumberAirMinum.AirKemasanIsiUlang : SumberAirMinum.SumurBorPompa)
            : miskin ? (p < 40 ? SumberAirMinum.SumurTakTerlindung : p < 60 ? SumberAirMinum.MataAirTakTerlindung : p < 70 ? SumberAirMinum.SungaiDanauAirHujan : SumberAirMinum.SumurTerlindung)
            : p < 35 ? SumberAirMinum.SumurTerlindung : p < 65 ? SumberAirMinum.SumurBorPompa : p < 85 ? SumberAirMinum.AirKemasanIsiUlang : SumberAirMinum.MataAirTerlindung;
    }

    private void IsiAnggota(Keluarga keluarga, int ukuran, string kodeKecamatan)
    {
        var kepalaPerempuan = _acak.Next(100) < 14;
        var umurKepala = 20 + _acak.Next(ukuran > 2 ? 45 : 60);
        var kepala = BuatAnggota(kepalaPerempuan ? JenisKelamin.Perempuan : JenisKelamin.LakiLaki, umurKepala,
            HubunganKeluarga.KepalaKeluarga, kodeKecamatan, null);
        keluarga.Anggota.Add(kepala);
        var belakang = kepala.Nama.Contains(' ') ? kepala.Nama[(kepala.Nama.IndexOf(' ') + 1)..] : null;
        var umurIbu = kepalaPerempuan ? umurKepala : -1;
        if (ukuran > 1 && !kepalaPerempuan && _acak.Next(100) < 92)
        {
            var umurIstri = Math.Max(19, umurKepala - _acak.Next(9));
            var istri = BuatAnggota(JenisKelamin.Perempuan, umurIstri, HubunganKeluarga.IstriSuami, kodeKecamatan, null);
            istri.StatusPerkawinan = kepala.StatusPerkawinan = StatusPerkawinan.Kawin;
            if (umurIstri <= 45 && _acak.Next(100) < 6) istri.StatusHamil = StatusHamil.Ya;
            keluarga.Anggota.Add(istri);
            umurIbu = umurIstri;
        }
        else
        {
            kepala.StatusPerkawinan = umurKepala < 25 ? StatusPerkawinan.BelumKawin
                : _acak.Next(2) == 0 ? StatusPerkawinan.CeraiMati : StatusPerkawinan.CeraiHidup;
        }
        // Whole years plus a random day offset: 16 years apart keeps every child at least 15 years younger.
        var umurOrangTuaTermuda = umurIbu < 0 ? umurKepala : Math.Min(umurKepala, umurIbu);
        while (keluarga.Anggota.Count < ukuran)
        {
            if (_acak.Next(100) < 8 && umurKepala <= 60)
            {
                var umurOrangTua = Math.Min(95, umurKepala + 18 + _acak.Next(15));
                var orangTua = BuatAnggota(_acak.Next(3) == 0 ? JenisKelamin.LakiLaki : JenisKelamin.Perempuan, umurOrangTua,
                    HubunganKeluarga.OrangTuaMertua, kodeKecamatan, null);
                orangTua.StatusPerkawinan = StatusPerkawinan.CeraiMati;
                keluarga.Anggota.Add(orangTua);
                continue;
            }
            var cucu = umurOrangTuaTermuda >= 50 && _acak.Next(100) < 30;
            var umurMaks = cucu ? umurOrangTuaTermuda - 32 : Math.Min(30, umurOrangTuaTermuda - 16);
            var umurAnak = umurMaks <= 0 ? 0 : _acak.Next(umurMaks + 1);
            var anak = BuatAnggota(_acak.Next(2) == 0 ? JenisKelamin.LakiLaki : JenisKelamin.Perempuan, umurAnak,
                cucu ? HubunganKeluarga.Cucu : HubunganKeluarga.Anak, kodeKecamatan,
                cucu || belakang is null || kepalaPerempuan ? null : belakang);
            anak.StatusPerkawinan = StatusPerkawinan.BelumKawin;
            if (!cucu) anak.NamaIbuKandung = umurIbu < 0 ? NamaPerempuan() : NamaIbu(keluarga.Anggota) ?? NamaPerempuan();
            keluarga.Anggota.Add(anak);
        }
    }

    private static string? NamaIbu(List<AnggotaKeluarga> anggota)
    {
        foreach (var a in anggota)
            if (a.JenisKelamin == JenisKelamin.Perempuan && a.Hubungan is HubunganKeluarga.KepalaKeluarga or HubunganKeluarga.IstriSuami)
                return a.Nama;
        return null;
    }

    private string NamaPerempuan() => _depanPerempuan[_acak.Next(_depanPerempuan.Length)];

    private AnggotaKeluarga BuatAnggota(JenisKelamin jk, int umur, HubunganKeluarga hubungan, string kodeKecamatan, string? namaBelakang)
    {
        var lahir = _hariIni.AddYears(-umur).AddDays(-_acak.Next(1, 365));
        var laki = jk == JenisKelamin.LakiLaki;
        var depan = laki ? _depanLaki[_acak.Next(_depanLaki.Length)] : _depanPerempuan[_acak.Next(_depanPerempuan.Length)];
        var belakang = namaBelakang ?? (_acak.Next(100) < 55
            ? (laki ? _belakangLaki[_acak.Next(_belakangLaki.Length)] : _belakangPerempuan[_acak.Next(_belakangPerempuan.Length)])
            : null);
        var dewasa = umur >= 15;
        var sekolah = umur is >= 7 and <= 18 ? PartisipasiSekolah.MasihSekolah
            : umur < 7 ? PartisipasiSekolah.TidakPernah
            : _acak.Next(100) < 6 ? PartisipasiSekolah.TidakPernah : PartisipasiSekolah.TidakSekolahLagi;
        var anggota = new AnggotaKeluarga
        {
            Nomor = ++_nomorAnggota,
            Nik = BuatNik(kodeKecamatan, lahir, jk),
            Nama = belakang is null ? depan : $"{depan} {belakang}",
            JenisKelamin = jk,
            TanggalLahir = lahir,
            Hubungan = hubungan,
            StatusPerkawinan = StatusPerkawinan.BelumKawin,
            StatusHamil = !laki && umur is >= 10 and <= 49 && hubungan is HubunganKeluarga.KepalaKeluarga or HubunganKeluarga.IstriSuami ? StatusHamil.Tidak : null,
            Disabilitas = _acak.Next(100) < 3 ? (Disabilitas)(1 + _acak.Next(12)) : Disabilitas.Tidak,
            PenyakitKronis = umur >= 40 && _acak.Next(100) < 15 ? (PenyakitKronis)(1 + _acak.Next(9)) : PenyakitKronis.Tidak,
            PartisipasiSekolah = sekolah,
            Ijazah = sekolah == PartisipasiSekolah.TidakPernah || umur < 13 ? Sandbox.Ijazah.Tidak
                : (Ijazah)Math.Min(1 + Math.Min(_acak.Next(4), _acak.Next(6)), (int)IjazahTertinggi(umur)),
            Pekerjaan = dewasa && sekolah != PartisipasiSekolah.MasihSekolah && umur < 70
                ? (_acak.Next(100) < 2 ? StatusPekerjaan.PnsTniPolriBumnBumdLegislator : PekerjaanUmum[_acak.Next(9)])
                : null,
            NamaIbuKandung = NamaPerempuan(),
        };
        anggota.KesulitanFungsi = PetaDisabilitas.Fungsi(anggota.Disabilitas);
        anggota.TingkatKesulitan = anggota.Disabilitas == Disabilitas.Tidak ? TingkatKesulitan.TidakAda
            : _acakRincian.Next(3) == 0 ? TingkatKesulitan.SamaSekaliTidakBisa : TingkatKesulitan.Banyak;
        anggota.TempatLahir = TempatLahir(anggota.Nik);
        anggota.Pendidikan = PendidikanUntuk(anggota.PartisipasiSekolah, anggota.Ijazah, umur);
        if (anggota.Pekerjaan is { } kerja) (anggota.LapanganUsaha, anggota.JenisPekerjaan) = Pekerjaan(kerja, kodeKecamatan);
        return anggota;
    }

    private static readonly Dictionary<string, string> NamaKabupaten = new()
    {
        ["1809"] = "Pesawaran", ["1871"] = "Bandar Lampung", ["1872"] = "Metro", ["1801"] = "Lampung Selatan", ["1802"] = "Lampung Tengah",
        ["1804"] = "Lampung Barat", ["1805"] = "Tulang Bawang", ["1806"] = "Tanggamus", ["1807"] = "Lampung Timur",
        ["3171"] = "Jakarta Selatan", ["3174"] = "Jakarta Barat", ["3273"] = "Bandung", ["3201"] = "Bogor", ["3374"] = "Semarang",
        ["3507"] = "Malang", ["1601"] = "Ogan Komering Ulu", ["1711"] = "Kaur", ["3603"] = "Tangerang", ["1271"] = "Medan",
    };

    private static readonly string[] LahirLainLampung = ["Bandar Lampung", "Lampung Selatan", "Tanggamus", "Pringsewu", "Lampung Tengah"];
    private static readonly string[] LahirJawa = ["Kebumen", "Banyumas", "Kediri", "Ponorogo", "Cilacap", "Wonogiri"];

    // Mostly where the NIK was first issued; some were born elsewhere (hospital in the city, families from Java).
    private string TempatLahir(string nik)
    {
        var p = _acakRincian.Next(100);
        if (p < 8) return LahirLainLampung[_acakRincian.Next(LahirLainLampung.Length)];
        if (p < 12) return LahirJawa[_acakRincian.Next(LahirJawa.Length)];
        return NamaKabupaten.GetValueOrDefault(nik[..4], "Pesawaran");
    }

    // The highest level attended, never below the diploma held nor above what the age allows (ValidasiDtks rule 11).
    private Pendidikan? PendidikanUntuk(PartisipasiSekolah sekolah, Ijazah? ijazah, int umur)
    {
        if (sekolah == PartisipasiSekolah.TidakPernah) return null;
        var jenjangIjazah = ijazah switch { Sandbox.Ijazah.Sd => 1, Sandbox.Ijazah.Smp => 2, Sandbox.Ijazah.Sma => 3, null or Sandbox.Ijazah.Tidak => 0, _ => 4 };
        var jenjang = sekolah == PartisipasiSekolah.MasihSekolah
            ? Math.Max(umur >= 16 ? 3 : umur >= 13 ? 2 : 1, Math.Min(4, jenjangIjazah + 1))
            : Math.Min(4, Math.Max(1, jenjangIjazah + (_acakRincian.Next(100) < 20 ? 1 : 0)));
        var p = _acakRincian.Next(100);
        return jenjang switch
        {
            1 => p < 10 ? Sandbox.Pendidikan.MadrasahIbtidaiyah : p < 13 ? Sandbox.Pendidikan.PaketA : Sandbox.Pendidikan.Sd,
            2 => p < 12 ? Sandbox.Pendidikan.MadrasahTsanawiyah : p < 15 ? Sandbox.Pendidikan.PaketB : Sandbox.Pendidikan.Smp,
            3 => p < 10 ? Sandbox.Pendidikan.MadrasahAliyah : p < 15 ? Sandbox.Pendidikan.PaketC : Sandbox.Pendidikan.Sma,
            _ => Sandbox.Pendidikan.PerguruanTinggi,
        };
    }

    private static readonly (LapanganUsaha, string)[] UsahaDarat =
    [
        (LapanganUsaha.PertanianPangan, "Petani padi"), (LapanganUsaha.PertanianPangan, "Petani padi"), (LapanganUsaha.Perkebunan, "Petani kopi"),
        (LapanganUsaha.Perkebunan, "Petani kakao"), (LapanganUsaha.Perkebunan, "Petani lada"), (LapanganUsaha.Hortikultura, "Petani sayur"),
        (LapanganUsaha.Peternakan, "Peternak kambing"), (LapanganUsaha.Perdagangan, "Pedagang warung"),
    ];

    private static readonly (LapanganUsaha, string)[] UsahaPesisir =
    [
        (LapanganUsaha.Perikanan, "Nelayan"), (LapanganUsaha.Perikanan, "Nelayan"), (LapanganUsaha.Perikanan, "Pembudidaya rumput laut"),
        (LapanganUsaha.Perkebunan, "Petani kakao"), (LapanganUsaha.PertanianPangan, "Petani padi"), (LapanganUsaha.Perdagangan, "Pedagang ikan"),
        (LapanganUsaha.AkomodasiMakanMinum, "Pemilik warung makan"),
    ];

    private (LapanganUsaha, string) Pekerjaan(StatusPekerjaan status, string kodeKecamatan)
    {
        var pesisir = TitikKecamatan.Pesisir.Contains(kodeKecamatan);
        (LapanganUsaha, string) Pilih(params (LapanganUsaha, string)[] daftar) => daftar[_acakRincian.Next(daftar.Length)];
        return status switch
        {
            StatusPekerjaan.PnsTniPolriBumnBumdLegislator => Pilih((LapanganUsaha.JasaPendidikan, "Guru"), (LapanganUsaha.AdministrasiPemerintahan, "PNS pemerintah daerah"),
                (LapanganUsaha.JasaKesehatan, "Bidan desa"), (LapanganUsaha.AdministrasiPemerintahan, "Anggota Polri")),
            StatusPekerjaan.PekerjaBebasPertanian => pesisir && _acakRincian.Next(2) == 0 ? (LapanganUsaha.Perikanan, "Buruh nelayan")
                : Pilih((LapanganUsaha.PertanianPangan, "Buruh tani"), (LapanganUsaha.Perkebunan, "Buruh kebun kopi"), (LapanganUsaha.Perkebunan, "Buruh kebun kakao")),
            StatusPekerjaan.PekerjaBebasNonPertanian => Pilih((LapanganUsaha.Konstruksi, "Buruh bangunan"), (LapanganUsaha.Transportasi, "Tukang ojek"),
                (LapanganUsaha.IndustriPengolahan, "Buruh pabrik")),
            StatusPekerjaan.BuruhKaryawan => Pilih((LapanganUsaha.Perdagangan, "Karyawan toko"), (LapanganUsaha.IndustriPengolahan, "Buruh pabrik"),
                (LapanganUsaha.Perkebunan, "Karyawan perkebunan"), (LapanganUsaha.Transportasi, "Sopir")),
            StatusPekerjaan.PekerjaKeluargaTidakDibayar => pesisir && _acakRincian.Next(2) == 0 ? (LapanganUsaha.Perikanan, "Membantu melaut")
                : (LapanganUsaha.PertanianPangan, "Membantu usaha tani keluarga"),
            _ => Pilih(pesisir ? UsahaPesisir : UsahaDarat),
        };
    }

    // No diploma before the age it is usually earned (ValidasiDtks rule 11).
    private static Ijazah IjazahTertinggi(int umur) => umur >= 18 ? Sandbox.Ijazah.D1D3 : umur >= 17 ? Sandbox.Ijazah.Sma : umur >= 14 ? Sandbox.Ijazah.Smp : Sandbox.Ijazah.Sd;

    private string BuatNik(string kodeKecamatan, DateOnly lahir, JenisKelamin jk)
    {
        var asal = _acak.Next(100);
        var wilayah = asal < 80 ? kodeKecamatan
            : asal < 90 ? KecamatanPesawaran[_acak.Next(11)]
            : WilayahLuar[_acak.Next(WilayahLuar.Length)];
        while (true)
        {
            var nik = Nik.Buat(wilayah, lahir, jk, 1 + _acak.Next(9999)).Teks;
            if (_nikDipakai.Add(nik)) return nik;
        }
    }

    private string BuatNoKk(string kodeKecamatan)
    {
        var urut = _urutKk.TryGetValue(kodeKecamatan, out var n) ? n + 1 : 1;
        while (true)
        {
            var rekam = _hariIni.AddDays(-_acak.Next(1, 365 * 15));
            var kk = NoKk.Buat(kodeKecamatan, rekam, (urut - 1) % 9999 + 1).Teks;
            _urutKk[kodeKecamatan] = urut;
            if (_kkDipakai.Add(kk)) return kk;
            urut++;
        }
    }
}

// A member by family index (order of DataKabupaten.Keluarga) and position within the family.
public readonly record struct PosisiAnggota(int Keluarga, int Anggota);

// Which families get PKH and Sembako and which people PBI-JK, drawn by index before anyone exists; applied family by family.
public sealed class PilihanProgram
{
    private readonly bool[] _pkh;
    private readonly bool[] _sembako;
    private readonly bool[] _pbi;
    private readonly DateOnly _hariIni;
    // PKH places drawn by families with no eligible member, not yet passed on to an eligible family.
    private int _pkhTertunda;

    private PilihanProgram(bool[] pkh, bool[] sembako, bool[] pbi, DateOnly hariIni) => (_pkh, _sembako, _pbi, _hariIni) = (pkh, sembako, pbi, hariIni);

    public static PilihanProgram Acak(Random acak, int jumlahKeluarga, int jumlahJiwa, double skalaKeluarga, double skalaJiwa, DateOnly hariIni)
    {
        var pkh = (int)Math.Round(AngkaPesawaran.KeluargaPkh * skalaKeluarga);
        var sembako = (int)Math.Round(AngkaPesawaran.KeluargaSembako * skalaKeluarga);
        var pbi = (int)Math.Round(AngkaPesawaran.JiwaPbiJk * skalaJiwa);
        return new PilihanProgram(
            Pilih(acak, jumlahKeluarga, Math.Min(pkh, jumlahKeluarga)),
            Pilih(acak, jumlahKeluarga, Math.Min(sembako, jumlahKeluarga)),
            Pilih(acak, jumlahJiwa, Math.Min(pbi, jumlahJiwa)), hariIni);
    }

    // PKH families pass PKH, Sembako and KKS to every member (KIP to about half of the school children); Sembako families
    // pass Sembako and KKS. `indeksAnggota` runs over the regency's people in the same order as the families.
    // PKH needs a member eligible for a component (ValidasiDtks rule 14): a drawn family without one passes its place to the
    // next eligible family, so the count stays exact.
    public void Terapkan(Keluarga keluarga, int indeksKeluarga, ref int indeksAnggota, Random acak)
    {
        var pkh = _pkh[indeksKeluarga];
        var layak = KomponenPkh.Hitung(keluarga.Anggota, _hariIni) > 0;
        if (pkh && !layak) (pkh, _pkhTertunda) = (false, _pkhTertunda + 1);
        else if (!pkh && layak && _pkhTertunda > 0) (pkh, _pkhTertunda) = (true, _pkhTertunda - 1);
        if (pkh) keluarga.Program |= ProgramBantuan.Pkh | ProgramBantuan.Kks;
        if (_sembako[indeksKeluarga]) keluarga.Program |= ProgramBantuan.Sembako | ProgramBantuan.Kks;
        foreach (var a in keluarga.Anggota)
            if (_pbi[indeksAnggota++]) a.Program |= ProgramBantuan.PbiJk;
        if (keluarga.Program.HasFlag(ProgramBantuan.Pkh)) BagikanPkh(keluarga, acak);
        if (keluarga.Program.HasFlag(ProgramBantuan.Sembako))
            foreach (var a in keluarga.Anggota) a.Program |= ProgramBantuan.Sembako | ProgramBantuan.Kks;
    }

    // PKH places still owed after the last family (no eligible family came after them) go to the first eligible ones.
    public void Lunasi(IEnumerable<Keluarga> keluarga, Random acak)
    {
        foreach (var k in keluarga)
        {
            if (_pkhTertunda == 0) return;
            if (k.Program.HasFlag(ProgramBantuan.Pkh) || KomponenPkh.Hitung(k.Anggota, _hariIni) == 0) continue;
            k.Program |= ProgramBantuan.Pkh | ProgramBantuan.Kks;
            BagikanPkh(k, acak);
            _pkhTertunda--;
        }
    }

    private static void BagikanPkh(Keluarga keluarga, Random acak)
    {
        foreach (var a in keluarga.Anggota)
        {
            a.Program |= keluarga.Program & (ProgramBantuan.Pkh | ProgramBantuan.Sembako | ProgramBantuan.Kks);
            if (a.PartisipasiSekolah == PartisipasiSekolah.MasihSekolah && acak.Next(2) == 0) a.Program |= ProgramBantuan.Kip;
        }
    }

    // Partial Fisher–Yates: exactly `jumlah` distinct indices.
    private static bool[] Pilih(Random acak, int n, int jumlah)
    {
        var indeks = new int[n];
        for (var i = 0; i < n; i++) indeks[i] = i;
        var terpilih = new bool[n];
        for (var i = 0; i < jumlah; i++)
        {
            var j = i + acak.Next(n - i);
            (indeks[i], indeks[j]) = (indeks[j], indeks[i]);
            terpilih[indeks[i]] = true;
        }
        return terpilih;
    }
}
