using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CertificateIssuing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sertifikat_PutaranId",
                table: "Sertifikat");

            migrationBuilder.AlterColumn<string>(
                name: "AlasanCabut",
                table: "Sertifikat",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Garam",
                table: "Sertifikat",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "KecamatanKode",
                table: "Sertifikat",
                type: "character varying(13)",
                maxLength: 13,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EksporSertifikat",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PutaranId = table.Column<int>(type: "integer", nullable: false),
                    KecamatanKode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
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
                    table.PrimaryKey("PK_EksporSertifikat", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EksporSertifikat_PutaranPelatihan_PutaranId",
                        column: x => x.PutaranId,
                        principalTable: "PutaranPelatihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_PutaranId_KecamatanKode",
                table: "Sertifikat",
                columns: new[] { "PutaranId", "KecamatanKode" });

            migrationBuilder.CreateIndex(
                name: "IX_EksporSertifikat_PutaranId",
                table: "EksporSertifikat",
                column: "PutaranId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EksporSertifikat");

            migrationBuilder.DropIndex(
                name: "IX_Sertifikat_PutaranId_KecamatanKode",
                table: "Sertifikat");

            migrationBuilder.DropColumn(
                name: "Garam",
                table: "Sertifikat");

            migrationBuilder.DropColumn(
                name: "KecamatanKode",
                table: "Sertifikat");

            migrationBuilder.AlterColumn<string>(
                name: "AlasanCabut",
                table: "Sertifikat",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_PutaranId",
                table: "Sertifikat",
                column: "PutaranId");
        }
    }
}
