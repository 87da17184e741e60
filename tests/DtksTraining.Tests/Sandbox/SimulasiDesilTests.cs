using DtksTraining.Web.Sandbox;

namespace DtksTraining.Tests.Sandbox;

public class SimulasiDesilTests
{
    private static readonly DateOnly HariIni = new(2026, 12, 4);

    [Theory]
    [InlineData(30, 1)]
    [InlineData(16, 1)]
    [InlineData(15, 2)]
    [InlineData(13, 2)]
    [InlineData(12, 3)]
    [InlineData(10, 4)]
    [InlineData(8, 5)]
    [InlineData(6, 6)]
    [InlineData(4, 7)]
    [InlineData(2, 8)]
    [InlineData(0, 9)]
    [InlineData(-1, 10)]
    [InlineData(-12, 10)]
    public void The_score_is_read_off_the_table(int skor, int desil) => Assert.Equal(desil, SimulasiDesil.DesilDariSkor(skor));

    private static Keluarga Keluarga(Action<RumahTangga> rumah, params (int Umur, StatusPekerjaan? Pekerjaan, PartisipasiSekolah Sekolah)[] orang)
    {
        var rt = new RumahTangga
        {
            IdRumahTangga = "1809012007000001", LuasLantai = 60, SumberPenerangan = SumberPenerangan.ListrikPln, DayaListrik = 900,
            BahanBakar = BahanBakarMemasak.Gas3Kg, FasilitasBab = FasilitasBab.Sendiri, KepemilikanBangunan = KepemilikanBangunan.MilikSendiri,
            Lantai = JenisLantai.Semen, Dinding = JenisDinding.Tembok, Atap = JenisAtap.BetonGenteng, AirMinum = SumberAirMinum.SumurBorPompa,
        };
        rumah(rt);
        var k = new Keluarga { NoKk = "1809011503200017", RumahTangga = rt, DesaKode = "18.09.01.2007", Alamat = "Dusun Krajan" };
        var nomor = 0;
        foreach (var (umur, pekerjaan, sekolah) in orang)
            k.Anggota.Add(new AnggotaKeluarga
            {
                Nomor = ++nomor, Nik = $"18090112038{nomor:00000}", Nama = $"Orang {nomor}", TanggalLahir = HariIni.AddYears(-umur).AddDays(-10),
                Hubungan = nomor == 1 ? HubunganKeluarga.KepalaKeluarga : HubunganKeluarga.Anak, Pekerjaan = pekerjaan, PartisipasiSekolah = sekolah,
            });
        rt.Keluarga.Add(k);
        return k;
    }

    public static TheoryData<string, Keluarga, int, int> Rumah => new()
    {
        // semen, tembok, genteng, sumur bor, PLN 900, gas 3 kg, BAB sendiri, 60 m² for two adults: no points.
        { "rumah biasa", Keluarga(_ => { }, (40, StatusPekerjaan.BuruhKaryawan, PartisipasiSekolah.TidakSekolahLagi), (38, null, PartisipasiSekolah.TidakSekolahLagi)), 0, 9 },
        { "rumah sangat miskin", Keluarga(r =>
            {
                r.Lantai = JenisLantai.Tanah; r.Dinding = JenisDinding.AnyamanBambu; r.Atap = JenisAtap.BambuJeramiRumbia;
                r.AirMinum = SumberAirMinum.SungaiDanauAirHujan; r.SumberPenerangan = SumberPenerangan.BukanListrik; r.DayaListrik = 0;
                r.BahanBakar = BahanBakarMemasak.KayuBakar; r.FasilitasBab = FasilitasBab.Tidak; r.LuasLantai = 20;
            }, (45, StatusPekerjaan.PekerjaBebasPertanian, PartisipasiSekolah.TidakSekolahLagi), (10, null, PartisipasiSekolah.MasihSekolah), (3, null, PartisipasiSekolah.TidakPernah)),
            3 + 3 + 3 + 2 + 3 + 2 + 3 + 2 + 2, 1 },
        { "lantai tanah, PLN 450, BAB bersama", Keluarga(r => { r.Lantai = JenisLantai.Tanah; r.DayaListrik = 450; r.FasilitasBab = FasilitasBab.Bersama; },
            (50, StatusPekerjaan.BerusahaSendiri, PartisipasiSekolah.TidakSekolahLagi)), 3 + 1 + 1, 6 },
        { "mobil dan PNS", Keluarga(r => { r.Aset = Aset.Mobil | Aset.LemariEs; r.DayaListrik = 2200; r.Lantai = JenisLantai.Keramik; },
            (45, StatusPekerjaan.PnsTniPolriBumnBumdLegislator, PartisipasiSekolah.TidakSekolahLagi)), -4 - 1 - 2 - 4, 10 },
        { "lansia dan balita, paling banyak tiga komponen", Keluarga(_ => { }, (75, null, PartisipasiSekolah.TidakSekolahLagi),
            (72, null, PartisipasiSekolah.TidakSekolahLagi), (2, null, PartisipasiSekolah.TidakPernah), (4, null, PartisipasiSekolah.TidakPernah)), 3, 7 },
    };

    [Theory]
    [MemberData(nameof(Rumah))]
    public void The_desil_follows_the_household_fields_with_every_point_explained(string kasus, Keluarga keluarga, int skor, int desil)
    {
        var hasil = SimulasiDesil.Hitung(keluarga, HariIni);
        Assert.True(skor == hasil.Skor, $"{kasus}: skor {hasil.Skor} ({string.Join("; ", hasil.Rincian)})");
        Assert.Equal(desil, hasil.Desil);
        Assert.Equal(hasil.Skor, hasil.Rincian.Sum(p => p.Nilai));
        Assert.All(hasil.Rincian, p => Assert.NotEqual(0, p.Nilai));
    }
}
