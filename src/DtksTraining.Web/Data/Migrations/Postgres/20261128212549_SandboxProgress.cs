using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SandboxProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LatihanWajib",
                table: "PutaranPelatihan",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "PenyelesaianLatihan",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LatihanId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SkorTerbaik = table.Column<int>(type: "integer", nullable: false),
                    JumlahPeriksa = table.Column<int>(type: "integer", nullable: false),
                    Lulus = table.Column<bool>(type: "boolean", nullable: false),
                    LulusPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DiperiksaPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PenyelesaianLatihan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PenyelesaianLatihan_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PenyelesaianLatihan_UserId_LatihanId",
                table: "PenyelesaianLatihan",
                columns: new[] { "UserId", "LatihanId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PenyelesaianLatihan");

            migrationBuilder.DropColumn(
                name: "LatihanWajib",
                table: "PutaranPelatihan");
        }
    }
}
