using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    KeluargaId = table.Column<int>(type: "INTEGER", nullable: false),
                    NoKk = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Nik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NamaNormal = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TanggalLahir = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hubungan = table.Column<int>(type: "INTEGER", nullable: false),
                    Pekerjaan = table.Column<int>(type: "INTEGER", nullable: true),
                    Program = table.Column<int>(type: "INTEGER", nullable: false),
                    Aktif = table.Column<bool>(type: "INTEGER", nullable: false),
                    DesaKode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    KecamatanKode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KabupatenAnggota", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KabupatenGenerasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    BarisSelesai = table.Column<int>(type: "INTEGER", nullable: false),
                    BarisTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    DibuatPada = table.Column<long>(type: "INTEGER", nullable: false),
                    SelesaiPada = table.Column<long>(type: "INTEGER", nullable: true),
                    Pesan = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KabupatenGenerasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KabupatenKeluarga",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    NoKk = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IdRumahTangga = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DesaKode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    KecamatanKode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Alamat = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Program = table.Column<int>(type: "INTEGER", nullable: false),
                    Aset = table.Column<int>(type: "INTEGER", nullable: false)
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
