using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImportUploads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UnggahanImpor",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OlehUserId = table.Column<string>(type: "TEXT", nullable: false),
                    Isi = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DiunggahPada = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "UnggahanImpor");
        }
    }
}
