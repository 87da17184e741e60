using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegencyMemberNoKkIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_KabupatenAnggota_NoKk",
                table: "KabupatenAnggota");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_KabupatenAnggota_NoKk",
                table: "KabupatenAnggota",
                column: "NoKk");
        }
    }
}
