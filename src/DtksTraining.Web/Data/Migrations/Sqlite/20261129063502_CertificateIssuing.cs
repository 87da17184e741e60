using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Sqlite
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

            migrationBuilder.AddColumn<string>(
                name: "Garam",
                table: "Sertifikat",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "KecamatanKode",
                table: "Sertifikat",
                type: "TEXT",
                maxLength: 13,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EksporSertifikat",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PutaranId = table.Column<int>(type: "INTEGER", nullable: false),
                    KecamatanKode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
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

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_PutaranId",
                table: "Sertifikat",
                column: "PutaranId");
        }
    }
}
