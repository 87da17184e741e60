using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Certificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Sertifikat",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Nomor = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Urutan = table.Column<int>(type: "integer", nullable: false),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    MenggantikanId = table.Column<long>(type: "bigint", nullable: true),
                    DigantikanOlehId = table.Column<long>(type: "bigint", nullable: true),
                    Terkini = table.Column<bool>(type: "boolean", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    PutaranId = table.Column<int>(type: "integer", nullable: false),
                    Peran = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Desa = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kecamatan = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NamaPutaran = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TanggalSesi = table.Column<DateOnly>(type: "date", nullable: false),
                    Tempat = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Nilai = table.Column<decimal>(type: "numeric", nullable: true),
                    DiterbitkanPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Pdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    VcJwt = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AlasanCabut = table.Column<string>(type: "text", nullable: true),
                    DicabutPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DicabutOleh = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sertifikat", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sertifikat_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Sertifikat_PutaranPelatihan_PutaranId",
                        column: x => x.PutaranId,
                        principalTable: "PutaranPelatihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Sertifikat_Sertifikat_DigantikanOlehId",
                        column: x => x.DigantikanOlehId,
                        principalTable: "Sertifikat",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Sertifikat_Sertifikat_MenggantikanId",
                        column: x => x.MenggantikanId,
                        principalTable: "Sertifikat",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UrutanSertifikat",
                columns: table => new
                {
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Berikutnya = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UrutanSertifikat", x => x.Tahun);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_DigantikanOlehId",
                table: "Sertifikat",
                column: "DigantikanOlehId");

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_MenggantikanId",
                table: "Sertifikat",
                column: "MenggantikanId");

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_Nomor",
                table: "Sertifikat",
                column: "Nomor",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_PutaranId",
                table: "Sertifikat",
                column: "PutaranId");

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_Tahun_Urutan",
                table: "Sertifikat",
                columns: new[] { "Tahun", "Urutan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sertifikat_UserId_PutaranId",
                table: "Sertifikat",
                columns: new[] { "UserId", "PutaranId" },
                unique: true,
                filter: "\"Terkini\" = TRUE");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Sertifikat");

            migrationBuilder.DropTable(
                name: "UrutanSertifikat");
        }
    }
}
