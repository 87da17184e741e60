using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AlurDtsen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte>(
                name: "Desil",
                table: "SandboxUsulan",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<byte>(
                name: "AirMinum",
                table: "SandboxRumahTangga",
                type: "INTEGER",
                nullable: false,
                defaultValue: (byte)4);

            migrationBuilder.AddColumn<byte>(
                name: "Atap",
                table: "SandboxRumahTangga",
                type: "INTEGER",
                nullable: false,
                defaultValue: (byte)1);

            migrationBuilder.AddColumn<byte>(
                name: "Dinding",
                table: "SandboxRumahTangga",
                type: "INTEGER",
                nullable: false,
                defaultValue: (byte)1);

            migrationBuilder.AddColumn<byte>(
                name: "Lantai",
                table: "SandboxRumahTangga",
                type: "INTEGER",
                nullable: false,
                defaultValue: (byte)3);

            // Households stored before these fields read as a plain house (semen, tembok, genteng, sumur terlindung) until reset.
            // DTSEN flow: a proposal left at Padan Dukcapil now waits for the pendamping PKH's ground check (Disahkan);
            // Ditetapkan (10) keeps its number as Desil ditetapkan, with no desil computed.
            migrationBuilder.Sql("""
                INSERT INTO "SandboxUsulanRiwayat" ("UsulanId", "Dari", "Ke", "OlehUserId", "OlehNama", "Peran", "Waktu", "Alasan")
                SELECT "Id", 8, 7, 'sistem', 'Migrasi alur DTSEN', 4, "DiubahPada",
                       'Alur DTSEN: usulan yang sudah padan Dukcapil menunggu pemeriksaan lapangan oleh pendamping PKH.'
                FROM "SandboxUsulan" WHERE "Status" = 8
                """);
            migrationBuilder.Sql("""UPDATE "SandboxUsulan" SET "Status" = 7 WHERE "Status" = 8""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "SandboxUsulan" SET "Status" = 8
                WHERE "Status" = 7 AND "Id" IN (SELECT "UsulanId" FROM "SandboxUsulanRiwayat" WHERE "OlehUserId" = 'sistem' AND "Dari" = 8 AND "Ke" = 7)
                """);
            migrationBuilder.Sql("""DELETE FROM "SandboxUsulanRiwayat" WHERE "OlehUserId" = 'sistem' AND "Dari" = 8 AND "Ke" = 7""");
            migrationBuilder.DropColumn(
                name: "Desil",
                table: "SandboxUsulan");

            migrationBuilder.DropColumn(
                name: "AirMinum",
                table: "SandboxRumahTangga");

            migrationBuilder.DropColumn(
                name: "Atap",
                table: "SandboxRumahTangga");

            migrationBuilder.DropColumn(
                name: "Dinding",
                table: "SandboxRumahTangga");

            migrationBuilder.DropColumn(
                name: "Lantai",
                table: "SandboxRumahTangga");
        }
    }
}
