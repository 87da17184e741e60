using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RegisterKabupaten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KabupatenAnggota");

            migrationBuilder.DropTable(
                name: "KabupatenGenerasi");

            migrationBuilder.DropTable(
                name: "KabupatenKeluarga");
        }
    }
}
