using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TandaKlienKehadiran : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdTandaKlien",
                table: "Kehadiran",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IdTandaKlien",
                table: "Kehadiran");
        }
    }
}
