using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Attendance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Kehadiran",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SesiId = table.Column<int>(type: "INTEGER", nullable: false),
                    PesertaId = table.Column<string>(type: "TEXT", nullable: false),
                    EnrolmenId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Cara = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    TanpaDaftar = table.Column<bool>(type: "INTEGER", nullable: false),
                    DicatatPada = table.Column<long>(type: "INTEGER", nullable: false),
                    DicatatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kehadiran", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kehadiran_AspNetUsers_PesertaId",
                        column: x => x.PesertaId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Kehadiran_Enrolmen_EnrolmenId",
                        column: x => x.EnrolmenId,
                        principalTable: "Enrolmen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Kehadiran_Sesi_SesiId",
                        column: x => x.SesiId,
                        principalTable: "Sesi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RahasiaAplikasi",
                columns: table => new
                {
                    Nama = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Nilai = table.Column<string>(type: "TEXT", nullable: false),
                    DibuatPada = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RahasiaAplikasi", x => x.Nama);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Kehadiran_EnrolmenId",
                table: "Kehadiran",
                column: "EnrolmenId");

            migrationBuilder.CreateIndex(
                name: "IX_Kehadiran_PesertaId",
                table: "Kehadiran",
                column: "PesertaId");

            migrationBuilder.CreateIndex(
                name: "IX_Kehadiran_SesiId_PesertaId",
                table: "Kehadiran",
                columns: new[] { "SesiId", "PesertaId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Kehadiran");

            migrationBuilder.DropTable(
                name: "RahasiaAplikasi");
        }
    }
}
