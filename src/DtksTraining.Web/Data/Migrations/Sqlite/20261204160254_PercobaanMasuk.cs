using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PercobaanMasuk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PercobaanMasuk",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NamaPengguna = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Alamat = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Waktu = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PercobaanMasuk", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PercobaanMasuk_NamaPengguna_Alamat_Waktu",
                table: "PercobaanMasuk",
                columns: new[] { "NamaPengguna", "Alamat", "Waktu" });

            migrationBuilder.CreateIndex(
                name: "IX_PercobaanMasuk_Waktu",
                table: "PercobaanMasuk",
                column: "Waktu");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PercobaanMasuk");
        }
    }
}
