using DtksTraining.Web.Sandbox;

namespace DtksTraining.Tests.Sandbox;

public class PeriksaIsianTests
{
    private static readonly DateOnly HariIni = new(2024, 10, 15);

    private static (Keluarga Keluarga, AnggotaKeluarga Isian) Keluarga(Action<AnggotaKeluarga> ubah)
    {
        var k = new Keluarga
        {
            NoKk = "1809011503200017", DesaKode = "18.09.01.2007", Alamat = "Dusun Krajan",
            RumahTangga = new RumahTangga { IdRumahTangga = "RT1" },
        };
        k.Anggota.Add(new AnggotaKeluarga
        {
            Nik = "1809011203850001", Nama = "Hermawan Saputra", JenisKelamin = JenisKelamin.LakiLaki, TanggalLahir = new(1985, 3, 12),
            Hubungan = HubunganKeluarga.KepalaKeluarga, StatusPerkawinan = StatusPerkawinan.Kawin,
        });
        var isian = new AnggotaKeluarga
        {
            Nik = "1809015506900002", Nama = "Siti Aminah", JenisKelamin = JenisKelamin.Perempuan, TanggalLahir = new(1990, 6, 15),
            Hubungan = HubunganKeluarga.IstriSuami, StatusPerkawinan = StatusPerkawinan.Kawin,
        };
        ubah(isian);
        k.Anggota.Add(isian);
        return (k, isian);
    }

    [Theory]
    [InlineData("ok", "")]
    [InlineData("nik-pendek", "NIK harus 16 angka")]
    [InlineData("jk", "jenis kelamin menurut NIK")]
    [InlineData("lahir", "tanggal lahir menurut NIK")]
    [InlineData("kepala", "2 kepala keluarga")]
    [InlineData("istri-belum-kawin", "tercatat sebagai istri/suami")]
    [InlineData("hamil-belum-kawin", "hanya untuk perempuan yang kawin")]
    [InlineData("masa-depan", "sesudah hari ini")]
    [InlineData("nik-17", "NIK harus 16 angka, yang tertulis 17 karakter")]
    [InlineData("kecamatan-12", "kode kecamatan 12 pada NIK tidak ada di Kabupaten Pesawaran")]
    [InlineData("suami-sejenis", "jenis kelaminnya sama")]
    [InlineData("nama-kosong", "Nama wajib diisi")]
    public void A_member_form_is_stopped_by_each_rule_about_that_member(string kasus, string pesan)
    {
        var (keluarga, isian) = Keluarga(a =>
        {
            switch (kasus)
            {
                case "nik-pendek": a.Nik = "180901550690"; break;
                case "jk": a.JenisKelamin = JenisKelamin.LakiLaki; break;
                case "lahir": a.TanggalLahir = new(1990, 6, 16); break;
                case "kepala": a.Hubungan = HubunganKeluarga.KepalaKeluarga; break;
                case "istri-belum-kawin": a.StatusPerkawinan = StatusPerkawinan.BelumKawin; break;
                case "hamil-belum-kawin": a.Hubungan = HubunganKeluarga.Anak; a.StatusPerkawinan = StatusPerkawinan.BelumKawin; a.StatusHamil = StatusHamil.Ya; break;
                case "masa-depan": a.TanggalLahir = new(2024, 10, 16); a.Nik = "1809015610240001"; break;
                case "nama-kosong": a.Nama = " "; break;
                case "nik-17": a.Nik = "18090155069000021"; break;
                case "kecamatan-12": a.Nik = "1809125506900002"; break;
                case "suami-sejenis": a.Nik = "1809011506900002"; a.JenisKelamin = JenisKelamin.LakiLaki; break;
            }
        });
        var hasil = PeriksaIsian.Anggota(keluarga, isian, [], HariIni);
        if (pesan == "") Assert.Empty(hasil);
        else Assert.Contains(hasil, h => h.Contains(pesan));
    }

    [Fact]
    public void A_nik_active_in_another_kk_is_data_ganda_but_a_car_is_only_a_flag()
    {
        var (keluarga, isian) = Keluarga(_ => { });
        keluarga.RumahTangga.Aset = Aset.Mobil;
        var hasil = PeriksaIsian.Anggota(keluarga, isian, ["1809011503200017", "1809020101150003"], HariIni);
        Assert.Equal(["NIK 1809015506900002 sudah aktif di KK 1809020101150003: satu NIK hanya boleh aktif di satu KK (data ganda)."], hasil);
    }
}

public class BerkasBeritaAcaraTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, 5000, null, "application/pdf")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, 5000, null, "image/jpeg")]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, 5000, "Berkas harus PDF atau JPG", null)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, 5000, "Berkas harus PDF atau JPG", null)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, 2 * 1024 * 1024, null, "application/pdf")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, 2 * 1024 * 1024 + 1, "paling besar 2 MB", null)]
    [InlineData(new byte[0], 0, "Berkas kosong", null)]
    public void Only_a_real_pdf_or_jpg_of_at_most_2_mb_passes(byte[] awal, long ukuran, string? galat, string? jenis)
    {
        var hasil = BerkasBeritaAcara.Periksa(awal, ukuran);
        Assert.Equal(jenis, hasil.JenisKonten);
        if (galat is null) Assert.Null(hasil.Galat);
        else Assert.Contains(galat, hasil.Galat);
    }
}
