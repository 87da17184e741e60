using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegencyIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_KabupatenAnggota_NamaNormal_TanggalLahir",
                table: "KabupatenAnggota");

            migrationBuilder.DropIndex(
                name: "IX_KabupatenAnggota_NoKk",
                table: "KabupatenAnggota");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_KabupatenAnggota_NamaNormal_TanggalLahir",
                table: "KabupatenAnggota",
                columns: new[] { "NamaNormal", "TanggalLahir" });

            migrationBuilder.CreateIndex(
                name: "IX_KabupatenAnggota_NoKk",
                table: "KabupatenAnggota",
                column: "NoKk");
        }
    }
}
