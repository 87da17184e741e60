using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Postgres
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
