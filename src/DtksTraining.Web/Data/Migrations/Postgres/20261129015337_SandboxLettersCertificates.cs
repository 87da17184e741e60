using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SandboxLettersCertificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LatihanWajib",
                table: "PutaranPelatihan",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "IdTandaKlien",
                table: "Kehadiran",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EksporSuratUndangan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PutaranId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Jumlah = table.Column<int>(type: "integer", nullable: false),
                    Selesai = table.Column<int>(type: "integer", nullable: false),
                    Galat = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DimintaOleh = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DimintaPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SelesaiPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EksporSuratUndangan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EksporSuratUndangan_PutaranPelatihan_PutaranId",
                        column: x => x.PutaranId,
                        principalTable: "PutaranPelatihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KabupatenAnggota",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    KeluargaId = table.Column<int>(type: "integer", nullable: false),
                    NoKk = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Nik = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Nama = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NamaNormal = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TanggalLahir = table.Column<DateOnly>(type: "date", nullable: false),
                    Hubungan = table.Column<int>(type: "integer", nullable: false),
                    Pekerjaan = table.Column<int>(type: "integer", nullable: true),
                    Program = table.Column<int>(type: "integer", nullable: false),
                    Aktif = table.Column<bool>(type: "boolean", nullable: false),
                    DesaKode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    KecamatanKode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KabupatenAnggota", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KabupatenGenerasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    BarisSelesai = table.Column<int>(type: "integer", nullable: false),
                    BarisTotal = table.Column<int>(type: "integer", nullable: false),
                    DibuatPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SelesaiPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Pesan = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KabupatenGenerasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KabupatenKeluarga",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    NoKk = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IdRumahTangga = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DesaKode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    KecamatanKode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Alamat = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Program = table.Column<int>(type: "integer", nullable: false),
                    Aset = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KabupatenKeluarga", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PenyelesaianLatihan",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LatihanId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SkorTerbaik = table.Column<int>(type: "integer", nullable: false),
                    JumlahPeriksa = table.Column<int>(type: "integer", nullable: false),
                    Lulus = table.Column<bool>(type: "boolean", nullable: false),
                    LulusPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DiperiksaPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PenyelesaianLatihan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PenyelesaianLatihan_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SandboxLatihan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    DesaKode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    TanggalSkenario = table.Column<DateOnly>(type: "date", nullable: false),
                    DibuatPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DiaturUlangPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SandboxLatihan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SandboxLatihan_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SandboxLatihan_Desa_DesaKode",
                        column: x => x.DesaKode,
                        principalTable: "Desa",
                        principalColumn: "Kode",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sertifikat",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Nomor = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Urutan = table.Column<int>(type: "integer", nullable: false),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    MenggantikanId = table.Column<long>(type: "bigint", nullable: true),
                    DigantikanOlehId = table.Column<long>(type: "bigint", nullable: true),
                    Terkini = table.Column<bool>(type: "boolean", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    PutaranId = table.Column<int>(type: "integer", nullable: false),
                    Peran = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Desa = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kecamatan = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NamaPutaran = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TanggalSesi = table.Column<DateOnly>(type: "date", nullable: false),
                    Tempat = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Nilai = table.Column<decimal>(type: "numeric", nullable: true),
                    DiterbitkanPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Pdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    VcJwt = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AlasanCabut = table.Column<string>(type: "text", nullable: true),
                    DicabutPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DicabutOleh = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sertifikat", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sertifikat_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Sertifikat_PutaranPelatihan_PutaranId",
                        column: x => x.PutaranId,
                        principalTable: "PutaranPelatihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Sertifikat_Sertifikat_DigantikanOlehId",
                        column: x => x.DigantikanOlehId,
                        principalTable: "Sertifikat",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Sertifikat_Sertifikat_MenggantikanId",
                        column: x => x.MenggantikanId,
                        principalTable: "Sertifikat",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SuratUndangan",
                columns: table => new
                {
                    PutaranId = table.Column<int>(type: "integer", nullable: false),
                    DesaKode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Urut = table.Column<int>(type: "integer", nullable: false),
                    Nomor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuratUndangan", x => new { x.PutaranId, x.DesaKode });
                    table.ForeignKey(
                        name: "FK_SuratUndangan_Desa_DesaKode",
                        column: x => x.DesaKode,
                        principalTable: "Desa",
                        principalColumn: "Kode",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SuratUndangan_PutaranPelatihan_PutaranId",
                        column: x => x.PutaranId,
                        principalTable: "PutaranPelatihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnggahanImpor",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OlehUserId = table.Column<string>(type: "text", nullable: false),
                    Isi = table.Column<byte[]>(type: "bytea", nullable: false),
                    DiunggahPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnggahanImpor", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnggahanImpor_AspNetUsers_OlehUserId",
                        column: x => x.OlehUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UrutanSertifikat",
                columns: table => new
                {
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Berikutnya = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UrutanSertifikat", x => x.Tahun);
                });

            migrationBuilder.CreateTable(
                name: "SandboxAnggota",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SandboxId = table.Column<int>(type: "integer", nullable: false),
                    KeluargaNomor = table.Column<int>(type: "integer", nullable: false),
                    NoKk = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Nomor = table.Column<int>(type: "integer", nullable: false),
                    Nik = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Nama = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JenisKelamin = table.Column<byte>(type: "smallint", nullable: false),
                    TanggalLahir = table.Column<DateOnly>(type: "date", nullable: false),
                    Hubungan = table.Column<byte>(type: "smallint", nullable: false),
                    StatusPerkawinan = table.Column<byte>(type: "smallint", nullable: false),
                    StatusHamil = table.Column<byte>(type: "smallint", nullable: true),
                    Disabilitas = table.Column<byte>(type: "smallint", nullable: false),
                    PenyakitKronis = table.Column<byte>(type: "smallint", nullable: false),
                    PartisipasiSekolah = table.Column<byte>(type: "smallint", nullable: false),
                    Ijazah = table.Column<byte>(type: "smallint", nullable: true),
                    Pekerjaan = table.Column<byte>(type: "smallint", nullable: true),
                    Keberadaan = table.Column<byte>(type: "smallint", nullable: false),
                    Program = table.Column<byte>(type: "smallint", nullable: false),
                    NamaIbuKandung = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Aktif = table.Column<bool>(type: "boolean", nullable: false),
                    AlasanNonaktif = table.Column<byte>(type: "smallint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SandboxAnggota", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SandboxAnggota_SandboxLatihan_SandboxId",
                        column: x => x.SandboxId,
                        principalTable: "SandboxLatihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SandboxAnomali",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SandboxId = table.Column<int>(type: "integer", nullable: false),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    NoKk = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Nik = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Keterangan = table.Column<string>(type: "text", nullable: false),
                    Perbaikan = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SandboxAnomali", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SandboxAnomali_SandboxLatihan_SandboxId",
                        column: x => x.SandboxId,
                        principalTable: "SandboxLatihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SandboxKeluarga",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SandboxId = table.Column<int>(type: "integer", nullable: false),
                    Nomor = table.Column<int>(type: "integer", nullable: false),
                    RumahTanggaNomor = table.Column<int>(type: "integer", nullable: false),
                    NoKk = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DesaKode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Alamat = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Program = table.Column<byte>(type: "smallint", nullable: false),
                    CatatanVerval = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SandboxKeluarga", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SandboxKeluarga_SandboxLatihan_SandboxId",
                        column: x => x.SandboxId,
                        principalTable: "SandboxLatihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SandboxRumahTangga",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SandboxId = table.Column<int>(type: "integer", nullable: false),
                    Nomor = table.Column<int>(type: "integer", nullable: false),
                    IdRumahTangga = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    KepemilikanBangunan = table.Column<byte>(type: "smallint", nullable: false),
                    LuasLantai = table.Column<int>(type: "integer", nullable: false),
                    SumberPenerangan = table.Column<byte>(type: "smallint", nullable: false),
                    DayaListrik = table.Column<int>(type: "integer", nullable: false),
                    BahanBakar = table.Column<byte>(type: "smallint", nullable: false),
                    FasilitasBab = table.Column<byte>(type: "smallint", nullable: false),
                    Aset = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SandboxRumahTangga", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SandboxRumahTangga_SandboxLatihan_SandboxId",
                        column: x => x.SandboxId,
                        principalTable: "SandboxLatihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SandboxUsulan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SandboxId = table.Column<int>(type: "integer", nullable: false),
                    Jenis = table.Column<byte>(type: "smallint", nullable: false),
                    Status = table.Column<byte>(type: "smallint", nullable: false),
                    NoKk = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Nik = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AlasanNonaktif = table.Column<byte>(type: "smallint", nullable: true),
                    DataJson = table.Column<string>(type: "text", nullable: false),
                    Catatan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    BeritaAcara = table.Column<byte[]>(type: "bytea", nullable: true),
                    BeritaAcaraNama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BeritaAcaraJenis = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    BeritaAcaraUkuran = table.Column<int>(type: "integer", nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DiubahPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SandboxUsulan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SandboxUsulan_SandboxLatihan_SandboxId",
                        column: x => x.SandboxId,
                        principalTable: "SandboxLatihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SandboxUsulanRiwayat",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UsulanId = table.Column<int>(type: "integer", nullable: false),
                    Dari = table.Column<byte>(type: "smallint", nullable: true),
                    Ke = table.Column<byte>(type: "smallint", nullable: false),
                    OlehUserId = table.Column<string>(type: "text", nullable: false),
                    OlehNama = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Peran = table.Column<byte>(type: "smallint", nullable: false),
                    Waktu = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Alasan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SandboxUsulanRiwayat", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SandboxUsulanRiwayat_SandboxUsulan_UsulanId",
                        column: x => x.UsulanId,
                        principalTable: "SandboxUsulan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EksporSuratUndangan_PutaranId",
                table: "EksporSuratUndangan",
                column: "PutaranId");

            migrationBuilder.CreateIndex(
                name: "IX_KabupatenAnggota_KeluargaId",
                table: "KabupatenAnggota",
                column: "KeluargaId");

            migrationBuilder.CreateIndex(
                name: "IX_KabupatenAnggota_NamaNormal_TanggalLahir",
                table: "KabupatenAnggota",
                columns: new[] { "NamaNormal", "TanggalLahir" });

            migrationBuilder.CreateIndex(
                name: "IX_KabupatenAnggota_Nik",
                table: "KabupatenAnggota",
                column: "Nik");

            migrationBuilder.CreateIndex(
                name: "IX_KabupatenAnggota_NoKk",
                table: "KabupatenAnggota",
                column: "NoKk");

            migrationBuilder.CreateIndex(
                name: "IX_KabupatenKeluarga_DesaKode",
                table: "KabupatenKeluarga",
                column: "DesaKode");

            migrationBuilder.CreateIndex(
                name: "IX_KabupatenKeluarga_NoKk",
                table: "KabupatenKeluarga",
                column: "NoKk");

            migrationBuilder.CreateIndex(
                name: "IX_PenyelesaianLatihan_UserId_LatihanId",
                table: "PenyelesaianLatihan",
                columns: new[] { "UserId", "LatihanId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SandboxAnggota_SandboxId_Nama",
                table: "SandboxAnggota",
                columns: new[] { "SandboxId", "Nama" });

            migrationBuilder.CreateIndex(
                name: "IX_SandboxAnggota_SandboxId_Nik",
                table: "SandboxAnggota",
                columns: new[] { "SandboxId", "Nik" });

            migrationBuilder.CreateIndex(
                name: "IX_SandboxAnggota_SandboxId_NoKk",
                table: "SandboxAnggota",
                columns: new[] { "SandboxId", "NoKk" });

            migrationBuilder.CreateIndex(
                name: "IX_SandboxAnomali_SandboxId",
                table: "SandboxAnomali",
                column: "SandboxId");

            migrationBuilder.CreateIndex(
                name: "IX_SandboxKeluarga_SandboxId_NoKk",
                table: "SandboxKeluarga",
                columns: new[] { "SandboxId", "NoKk" });

            migrationBuilder.CreateIndex(
                name: "IX_SandboxKeluarga_SandboxId_Nomor",
                table: "SandboxKeluarga",
                columns: new[] { "SandboxId", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SandboxLatihan_DesaKode",
                table: "SandboxLatihan",
                column: "DesaKode");

            migrationBuilder.CreateIndex(
                name: "IX_SandboxLatihan_UserId",
                table: "SandboxLatihan",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SandboxRumahTangga_SandboxId_Nomor",
                table: "SandboxRumahTangga",
                columns: new[] { "SandboxId", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SandboxUsulan_SandboxId_Status",
                table: "SandboxUsulan",
                columns: new[] { "SandboxId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SandboxUsulan_Status",
                table: "SandboxUsulan",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_SandboxUsulanRiwayat_UsulanId",
                table: "SandboxUsulanRiwayat",
                column: "UsulanId");

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_DigantikanOlehId",
                table: "Sertifikat",
                column: "DigantikanOlehId");

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_MenggantikanId",
                table: "Sertifikat",
                column: "MenggantikanId");

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_Nomor",
                table: "Sertifikat",
                column: "Nomor",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_PutaranId",
                table: "Sertifikat",
                column: "PutaranId");

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_Tahun_Urutan",
                table: "Sertifikat",
                columns: new[] { "Tahun", "Urutan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_UserId_PutaranId",
                table: "Sertifikat",
                columns: new[] { "UserId", "PutaranId" },
                unique: true,
                filter: "\"Terkini\" = TRUE");

            migrationBuilder.CreateIndex(
                name: "IX_SuratUndangan_DesaKode",
                table: "SuratUndangan",
                column: "DesaKode");

            migrationBuilder.CreateIndex(
                name: "IX_SuratUndangan_PutaranId_Urut",
                table: "SuratUndangan",
                columns: new[] { "PutaranId", "Urut" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnggahanImpor_DiunggahPada",
                table: "UnggahanImpor",
                column: "DiunggahPada");

            migrationBuilder.CreateIndex(
                name: "IX_UnggahanImpor_OlehUserId",
                table: "UnggahanImpor",
                column: "OlehUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EksporSuratUndangan");

            migrationBuilder.DropTable(
                name: "KabupatenAnggota");

            migrationBuilder.DropTable(
                name: "KabupatenGenerasi");

            migrationBuilder.DropTable(
                name: "KabupatenKeluarga");

            migrationBuilder.DropTable(
                name: "PenyelesaianLatihan");

            migrationBuilder.DropTable(
                name: "SandboxAnggota");

            migrationBuilder.DropTable(
                name: "SandboxAnomali");

            migrationBuilder.DropTable(
                name: "SandboxKeluarga");

            migrationBuilder.DropTable(
                name: "SandboxRumahTangga");

            migrationBuilder.DropTable(
                name: "SandboxUsulanRiwayat");

            migrationBuilder.DropTable(
                name: "Sertifikat");

            migrationBuilder.DropTable(
                name: "SuratUndangan");

            migrationBuilder.DropTable(
                name: "UnggahanImpor");

            migrationBuilder.DropTable(
                name: "UrutanSertifikat");

            migrationBuilder.DropTable(
                name: "SandboxUsulan");

            migrationBuilder.DropTable(
                name: "SandboxLatihan");

            migrationBuilder.DropColumn(
                name: "LatihanWajib",
                table: "PutaranPelatihan");

            migrationBuilder.DropColumn(
                name: "IdTandaKlien",
                table: "Kehadiran");
        }
    }
}
