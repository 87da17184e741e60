using System.Text;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Wilayah;

namespace DtksTraining.Tests.Akun;

public class ImporPesertaTests
{
    private static readonly Dictionary<string, DesaImpor> Desa = new DesaImpor[]
    {
        new("18.09.01.2007", "Bagelen", "Gedong Tataan"),
        new("18.09.03.2010", "Sidodadi", "Way Lima"),
        new("18.09.07.2005", "Sidodadi", "Kedondong"),
        new("18.09.05.2001", "Padang Cermin", "Padang Cermin"),
    }.ToDictionary(d => d.Kode);

    private static readonly AkunTerdaftar[] Akun =
    [
        new("kades.bagelen", "Sutrisno", "18.09.01.2007", Peran.KepalaDesa),
        new("operator.bagelen", "Nur Aini", "18.09.01.2007", Peran.Operator),
        new("admin", "Rina Marlina", null, Peran.Admin),
    ];

    private static BarisImpor Baris(int n, string nama, string jabatan, string desa, string telepon = "", string email = "",
        string namaPengguna = "") => new(n, nama, jabatan, desa, telepon, email, namaPengguna);

    private static HasilBaris Satu(BarisImpor baris) => ImporPeserta.Periksa([baris], Desa, Akun).Single();

    [Theory]
    [InlineData("Budi", "Kepala Desa", "18.09.05.2001", "", "", Peran.KepalaDesa, "kades.padangcermin")]
    [InlineData("Budi", "kades", "18.09.05.2001", "", "", Peran.KepalaDesa, "kades.padangcermin")]
    [InlineData("Budi", "Operator SIKS-NG", "18.09.05.2001", "", "", Peran.Operator, "operator.padangcermin")]
    [InlineData("Budi", "operator", "18.09.01.2007", "0812 3456 7890", "budi@desa.id", Peran.Operator, "operator.bagelen2")]
    [InlineData("Budi", "Kepala Desa", "18.09.01.2007", "+6281234567890", "", Peran.KepalaDesa, "kades.bagelen2")]
    public void Good_rows_get_a_role_and_a_free_generated_user_name(string nama, string jabatan, string desa, string telepon,
        string email, string peran, string namaPengguna)
    {
        var hasil = Satu(Baris(2, nama, jabatan, desa, telepon, email));
        Assert.True(hasil.Sah, string.Join(" ", hasil.Galat));
        Assert.Equal(peran, hasil.Peran);
        Assert.Equal(namaPengguna, hasil.NamaPengguna);
        Assert.Equal(desa, hasil.Desa!.Kode);
    }

    [Theory]
    [InlineData("", "Kepala Desa", "18.09.01.2007", "", "", "Nama kosong.")]
    [InlineData("Budi", "Camat", "18.09.01.2007", "", "", "Jabatan 'Camat' tidak dikenal. Tulis Kepala Desa atau Operator.")]
    [InlineData("Budi", "", "18.09.01.2007", "", "", "Jabatan kosong. Tulis Kepala Desa atau Operator.")]
    [InlineData("Budi", "Admin", "18.09.01.2007", "", "", "Jabatan 'Admin' tidak bisa diimpor. Impor hanya untuk Kepala Desa dan Operator SIKS-NG.")]
    [InlineData("Budi", "Operator", "18.09.99.9999", "", "", "Kode desa '18.09.99.9999' tidak ada di Kabupaten Pesawaran. Contoh kode: 18.09.01.2007.")]
    [InlineData("Budi", "Operator", "", "", "", "Kode desa kosong.")]
    [InlineData("Budi", "Operator", "18.09.01.2007", "0212345678", "", "Nomor HP '0212345678' tidak sah. Contoh: 081234567890.")]
    [InlineData("Budi", "Operator", "18.09.01.2007", "08123", "", "Nomor HP '08123' tidak sah. Contoh: 081234567890.")]
    [InlineData("Budi", "Operator", "18.09.01.2007", "", "budi@", "E-mail 'budi@' tidak sah. Contoh: nama@contoh.id.")]
    [InlineData("Sutrisno", "Kepala Desa", "18.09.01.2007", "", "", "Orang ini sudah punya akun: kades.bagelen.")]
    [InlineData("  nur   AINI ", "Operator", "18.09.01.2007", "", "", "Orang ini sudah punya akun: operator.bagelen.")]
    public void Bad_rows_say_why_in_bahasa(string nama, string jabatan, string desa, string telepon, string email, string galat)
    {
        var hasil = Satu(Baris(2, nama, jabatan, desa, telepon, email));
        Assert.False(hasil.Sah);
        Assert.Contains(galat, hasil.Galat);
        Assert.Null(hasil.NamaPengguna);
    }

    [Theory]
    [InlineData("kades.bagelen", "Nama pengguna 'kades.bagelen' sudah dipakai akun lain.")]
    [InlineData("ADMIN", "Nama pengguna 'admin' sudah dipakai akun lain.")]
    [InlineData("ab", "Nama pengguna 'ab' tidak sah: 3–50 huruf kecil, angka, titik, garis bawah atau minus.")]
    [InlineData("budi santoso", "Nama pengguna 'budi santoso' tidak sah: 3–50 huruf kecil, angka, titik, garis bawah atau minus.")]
    public void A_given_user_name_must_be_valid_and_free(string namaPengguna, string galat)
    {
        var hasil = Satu(Baris(2, "Budi", "Operator", "18.09.05.2001", namaPengguna: namaPengguna));
        Assert.Equal([galat], hasil.Galat);
    }

    [Fact]
    public void Duplicates_within_the_file_are_caught_and_generated_names_never_collide()
    {
        var hasil = ImporPeserta.Periksa(
        [
            Baris(2, "Budi", "Operator", "18.09.03.2010"),
            Baris(3, "Siti", "Operator", "18.09.07.2005"),
            Baris(4, "BUDI", "operator siks-ng", "18.09.03.2010"),
            Baris(5, "Andi", "Operator", "18.09.05.2001", namaPengguna: "budi.op"),
            Baris(6, "Tono", "Operator", "18.09.05.2001", namaPengguna: "budi.op"),
            Baris(7, "Wati", "Kepala Desa", "18.09.03.2010", namaPengguna: "kades.sidodadi"),
            Baris(8, "Joko", "Kepala Desa", "18.09.07.2005"),
        ], Desa, Akun);
        Assert.Equal("operator.sidodadi", hasil[0].NamaPengguna);
        Assert.Equal("operator.sidodadi2", hasil[1].NamaPengguna);
        Assert.Equal(["Orang yang sama (nama, jabatan dan desa) sudah ada di baris 2."], hasil[2].Galat);
        Assert.Equal("budi.op", hasil[3].NamaPengguna);
        Assert.Equal(["Nama pengguna 'budi.op' sama dengan baris 5."], hasil[4].Galat);
        Assert.Equal("kades.sidodadi", hasil[5].NamaPengguna);
        Assert.Equal("kades.sidodadi2", hasil[6].NamaPengguna);
    }

    [Theory]
    [InlineData("81234567890", "081234567890")]
    [InlineData("0812-3456-7890", "081234567890")]
    [InlineData("62 812 3456 7890", "081234567890")]
    [InlineData("12345", null)]
    [InlineData("", null)]
    public void Phone_numbers_are_normalised_even_when_excel_ate_the_leading_zero(string masuk, string? keluar) =>
        Assert.Equal(keluar, ImporPeserta.NormalisasiTelepon(masuk));

    public static TheoryData<string, string[]> BerkasSah => new()
    {
        { "nama,jabatan,kode_desa,telepon,email\nBudi,Operator,18.09.01.2007,0812345678901,b@x.id\n", ["Budi|Operator|18.09.01.2007|0812345678901|b@x.id"] },
        { "\uFEFFNama;Jabatan;Kode Desa;Telepon;E-mail\r\nBudi;Kepala Desa;18.09.01.2007;;\r\n;;;;\r\n", ["Budi|Kepala Desa|18.09.01.2007||"] },
        { "KODE_DESA,NAMA,JABATAN\n18.09.01.2007,\"Santoso, S.Pd\",kades\n", ["Santoso, S.Pd|kades|18.09.01.2007||"] },
        { "nama;jabatan;kode_desa\n  Budi  ;Operator;18.09.01.2007\n\nSiti;Operator\n", ["Budi|Operator|18.09.01.2007||", "Siti|Operator|||"] },
    };

    [Theory]
    [MemberData(nameof(BerkasSah))]
    public void Reading_accepts_bom_semicolons_any_header_case_and_quoted_commas(string isi, string[] diharapkan)
    {
        var berkas = ImporPeserta.Baca(Encoding.UTF8.GetBytes(isi));
        Assert.Null(berkas.Galat);
        Assert.Equal(diharapkan, berkas.Baris.Select(b => $"{b.Nama}|{b.Jabatan}|{b.KodeDesa}|{b.Telepon}|{b.Email}"));
    }

    [Fact]
    public void Reading_numbers_rows_by_their_line_in_the_file()
    {
        var berkas = ImporPeserta.Baca(Encoding.UTF8.GetBytes("nama,jabatan,kode_desa\nA,Operator,1\n\nB,Operator,2\n"));
        Assert.Equal([2, 4], berkas.Baris.Select(b => b.Baris));
    }

    [Theory]
    [InlineData("", "Berkas kosong.")]
    [InlineData("\n\n", "Berkas kosong.")]
    [InlineData("nama,jabatan,kode_desa\n", "Berkas hanya berisi judul kolom, tanpa data peserta.")]
    [InlineData("nama,telepon\nBudi,0812\n", "Kolom jabatan, kode_desa tidak ada. Baris pertama harus berisi judul kolom: nama,jabatan,kode_desa,telepon,email")]
    public void Reading_rejects_files_without_usable_rows(string isi, string galat) =>
        Assert.Equal(galat, ImporPeserta.Baca(Encoding.UTF8.GetBytes(isi)).Galat);

    [Fact]
    public void Reading_rejects_text_that_is_not_utf8()
    {
        var isi = Encoding.Latin1.GetBytes("nama,jabatan,kode_desa\nJosé,Operator,18.09.01.2007\n");
        Assert.StartsWith("Berkas bukan teks UTF-8.", ImporPeserta.Baca(isi).Galat);
    }

    [Fact]
    public void Reading_rejects_more_than_the_row_limit()
    {
        var isi = "nama,jabatan,kode_desa\n" + string.Concat(Enumerable.Repeat("A,Operator,18.09.01.2007\n", ImporPeserta.BarisMaks + 1));
        Assert.Equal("Paling banyak 500 baris per berkas. Bagi menjadi beberapa berkas.", ImporPeserta.Baca(Encoding.UTF8.GetBytes(isi)).Galat);
    }
}
