using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "PenyelesaianLatihan",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LatihanId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SkorTerbaik = table.Column<int>(type: "INTEGER", nullable: false),
                    JumlahPeriksa = table.Column<int>(type: "INTEGER", nullable: false),
                    Lulus = table.Column<bool>(type: "INTEGER", nullable: false),
                    LulusPada = table.Column<long>(type: "INTEGER", nullable: true),
                    DiperiksaPada = table.Column<long>(type: "INTEGER", nullable: false)
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
