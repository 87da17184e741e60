using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SiklusDtsen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DiajukanSetelahJendela",
                table: "SandboxUsulan",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Siklus",
                table: "SandboxUsulan",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DiajukanSetelahJendela",
                table: "SandboxUsulan");

            migrationBuilder.DropColumn(
                name: "Siklus",
                table: "SandboxUsulan");
        }
    }
}
