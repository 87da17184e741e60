using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SesiId = table.Column<int>(type: "integer", nullable: false),
                    PesertaId = table.Column<string>(type: "text", nullable: false),
                    EnrolmenId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Cara = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    TanpaDaftar = table.Column<bool>(type: "boolean", nullable: false),
                    DicatatPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DicatatOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
                    Nama = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Nilai = table.Column<string>(type: "text", nullable: false),
                    DibuatPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
