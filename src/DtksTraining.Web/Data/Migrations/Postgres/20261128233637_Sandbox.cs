using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Sandbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "SandboxUsulan");

            migrationBuilder.DropTable(
                name: "SandboxLatihan");
        }
    }
}
