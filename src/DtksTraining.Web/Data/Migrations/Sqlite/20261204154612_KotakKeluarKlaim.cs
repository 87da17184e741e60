using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KotakKeluarKlaim : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DicobaPada",
                table: "OutboxMail",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "KirimSetelah",
                table: "OutboxMail",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMail_TerkirimPada_KirimSetelah",
                table: "OutboxMail",
                columns: new[] { "TerkirimPada", "KirimSetelah" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMail_TerkirimPada_KirimSetelah",
                table: "OutboxMail");

            migrationBuilder.DropColumn(
                name: "DicobaPada",
                table: "OutboxMail");

            migrationBuilder.DropColumn(
                name: "KirimSetelah",
                table: "OutboxMail");
        }
    }
}
