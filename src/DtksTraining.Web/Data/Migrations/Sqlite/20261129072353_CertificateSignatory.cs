using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CertificateSignatory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PenandatanganJabatan",
                table: "Sertifikat",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PenandatanganNama",
                table: "Sertifikat",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PenandatanganNip",
                table: "Sertifikat",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PenandatanganJabatan",
                table: "Sertifikat");

            migrationBuilder.DropColumn(
                name: "PenandatanganNama",
                table: "Sertifikat");

            migrationBuilder.DropColumn(
                name: "PenandatanganNip",
                table: "Sertifikat");
        }
    }
}
