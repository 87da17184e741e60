using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SandboxKodeDanRincianDtsen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Bujur",
                table: "SandboxRumahTangga",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Lintang",
                table: "SandboxRumahTangga",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LuasLahan",
                table: "SandboxRumahTangga",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TernakKambing",
                table: "SandboxRumahTangga",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TernakSapi",
                table: "SandboxRumahTangga",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TernakUnggas",
                table: "SandboxRumahTangga",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<byte>(
                name: "Desil",
                table: "SandboxKeluarga",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdDtsen",
                table: "SandboxKeluarga",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JenisPekerjaan",
                table: "SandboxAnggota",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<byte>(
                name: "KesulitanFungsi",
                table: "SandboxAnggota",
                type: "smallint",
                nullable: false,
                defaultValue: (byte)0);

            migrationBuilder.AddColumn<byte>(
                name: "LapanganUsaha",
                table: "SandboxAnggota",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<byte>(
                name: "Pendidikan",
                table: "SandboxAnggota",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TempatLahir",
                table: "SandboxAnggota",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<byte>(
                name: "TingkatKesulitan",
                table: "SandboxAnggota",
                type: "smallint",
                nullable: false,
                defaultValue: (byte)0);

            // Rows stored before this migration keep their tuna-x code; derive the DTSEN columns from it (PetaDisabilitas.Fungsi).
            migrationBuilder.Sql("""
                UPDATE "SandboxAnggota" SET "TingkatKesulitan" = 2, "KesulitanFungsi" = CASE "Disabilitas"
                    WHEN 1 THEN 12 WHEN 2 THEN 1 WHEN 3 THEN 2 WHEN 4 THEN 32 WHEN 5 THEN 34 WHEN 6 THEN 13 WHEN 7 THEN 35
                    WHEN 8 THEN 46 WHEN 9 THEN 47 WHEN 10 THEN 80 WHEN 11 THEN 128 WHEN 12 THEN 28 ELSE 0 END
                WHERE "Disabilitas" <> 0
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Bujur",
                table: "SandboxRumahTangga");

            migrationBuilder.DropColumn(
                name: "Lintang",
                table: "SandboxRumahTangga");

            migrationBuilder.DropColumn(
                name: "LuasLahan",
                table: "SandboxRumahTangga");

            migrationBuilder.DropColumn(
                name: "TernakKambing",
                table: "SandboxRumahTangga");

            migrationBuilder.DropColumn(
                name: "TernakSapi",
                table: "SandboxRumahTangga");

            migrationBuilder.DropColumn(
                name: "TernakUnggas",
                table: "SandboxRumahTangga");

            migrationBuilder.DropColumn(
                name: "Desil",
                table: "SandboxKeluarga");

            migrationBuilder.DropColumn(
                name: "IdDtsen",
                table: "SandboxKeluarga");

            migrationBuilder.DropColumn(
                name: "JenisPekerjaan",
                table: "SandboxAnggota");

            migrationBuilder.DropColumn(
                name: "KesulitanFungsi",
                table: "SandboxAnggota");

            migrationBuilder.DropColumn(
                name: "LapanganUsaha",
                table: "SandboxAnggota");

            migrationBuilder.DropColumn(
                name: "Pendidikan",
                table: "SandboxAnggota");

            migrationBuilder.DropColumn(
                name: "TempatLahir",
                table: "SandboxAnggota");

            migrationBuilder.DropColumn(
                name: "TingkatKesulitan",
                table: "SandboxAnggota");
        }
    }
}
