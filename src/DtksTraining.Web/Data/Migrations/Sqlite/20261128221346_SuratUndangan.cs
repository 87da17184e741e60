using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SuratUndangan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EksporSuratUndangan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PutaranId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Jumlah = table.Column<int>(type: "INTEGER", nullable: false),
                    Selesai = table.Column<int>(type: "INTEGER", nullable: false),
                    Galat = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DimintaOleh = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DimintaPada = table.Column<long>(type: "INTEGER", nullable: false),
                    SelesaiPada = table.Column<long>(type: "INTEGER", nullable: true)
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
                name: "SuratUndangan",
                columns: table => new
                {
                    PutaranId = table.Column<int>(type: "INTEGER", nullable: false),
                    DesaKode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Urut = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_EksporSuratUndangan_PutaranId",
                table: "EksporSuratUndangan",
                column: "PutaranId");

            migrationBuilder.CreateIndex(
                name: "IX_SuratUndangan_DesaKode",
                table: "SuratUndangan",
                column: "DesaKode");

            migrationBuilder.CreateIndex(
                name: "IX_SuratUndangan_PutaranId_Urut",
                table: "SuratUndangan",
                columns: new[] { "PutaranId", "Urut" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EksporSuratUndangan");

            migrationBuilder.DropTable(
                name: "SuratUndangan");
        }
    }
}
