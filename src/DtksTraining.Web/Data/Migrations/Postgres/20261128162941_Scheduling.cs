using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Scheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PutaranPelatihan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TanggalMulai = table.Column<DateOnly>(type: "date", nullable: false),
                    TanggalSelesai = table.Column<DateOnly>(type: "date", nullable: false),
                    HariKerja = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    JamMulai = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    JamSelesai = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    FasilitatorPerSesi = table.Column<int>(type: "integer", nullable: false),
                    BatalHariSebelum = table.Column<int>(type: "integer", nullable: false),
                    BatalJam = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    KuotaDilepasHariSebelum = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DibuatPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PutaranPelatihan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sesi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PutaranId = table.Column<int>(type: "integer", nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false),
                    MulaiUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SelesaiUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    VenueKode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Kapasitas = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Terkonfirmasi = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sesi", x => x.Id);
                    table.CheckConstraint("CK_Sesi_Terkonfirmasi", "\"Terkonfirmasi\" >= 0 AND \"Terkonfirmasi\" <= \"Kapasitas\"");
                    table.ForeignKey(
                        name: "FK_Sesi_PutaranPelatihan_PutaranId",
                        column: x => x.PutaranId,
                        principalTable: "PutaranPelatihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Sesi_Venue_VenueKode",
                        column: x => x.VenueKode,
                        principalTable: "Venue",
                        principalColumn: "Kode",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Enrolmen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SesiId = table.Column<int>(type: "integer", nullable: false),
                    PutaranId = table.Column<int>(type: "integer", nullable: false),
                    PesertaId = table.Column<string>(type: "text", nullable: false),
                    KecamatanKode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Alasan = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DidaftarkanOleh = table.Column<string>(type: "text", nullable: false),
                    DidaftarPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DikonfirmasiPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DibatalkanPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Pin = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    TokenQr = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrolmen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enrolmen_AspNetUsers_DidaftarkanOleh",
                        column: x => x.DidaftarkanOleh,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enrolmen_AspNetUsers_PesertaId",
                        column: x => x.PesertaId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enrolmen_PutaranPelatihan_PutaranId",
                        column: x => x.PutaranId,
                        principalTable: "PutaranPelatihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enrolmen_Sesi_SesiId",
                        column: x => x.SesiId,
                        principalTable: "Sesi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SesiFasilitator",
                columns: table => new
                {
                    SesiId = table.Column<int>(type: "integer", nullable: false),
                    FasilitatorId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SesiFasilitator", x => new { x.SesiId, x.FasilitatorId });
                    table.ForeignKey(
                        name: "FK_SesiFasilitator_AspNetUsers_FasilitatorId",
                        column: x => x.FasilitatorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SesiFasilitator_Sesi_SesiId",
                        column: x => x.SesiId,
                        principalTable: "Sesi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SesiKecamatan",
                columns: table => new
                {
                    SesiId = table.Column<int>(type: "integer", nullable: false),
                    KecamatanKode = table.Column<string>(type: "character varying(8)", nullable: false),
                    Kursi = table.Column<int>(type: "integer", nullable: false),
                    DilepasPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SesiKecamatan", x => new { x.SesiId, x.KecamatanKode });
                    table.ForeignKey(
                        name: "FK_SesiKecamatan_Kecamatan_KecamatanKode",
                        column: x => x.KecamatanKode,
                        principalTable: "Kecamatan",
                        principalColumn: "Kode",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SesiKecamatan_Sesi_SesiId",
                        column: x => x.SesiId,
                        principalTable: "Sesi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Enrolmen_DidaftarkanOleh",
                table: "Enrolmen",
                column: "DidaftarkanOleh");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolmen_PesertaId",
                table: "Enrolmen",
                column: "PesertaId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolmen_PutaranId_PesertaId",
                table: "Enrolmen",
                columns: new[] { "PutaranId", "PesertaId" },
                unique: true,
                filter: "\"Status\" <> 'Dibatalkan'");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolmen_PutaranId_Pin",
                table: "Enrolmen",
                columns: new[] { "PutaranId", "Pin" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolmen_SesiId_Status_DidaftarPada",
                table: "Enrolmen",
                columns: new[] { "SesiId", "Status", "DidaftarPada" });

            migrationBuilder.CreateIndex(
                name: "IX_Enrolmen_TokenQr",
                table: "Enrolmen",
                column: "TokenQr",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PutaranPelatihan_Nama",
                table: "PutaranPelatihan",
                column: "Nama",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sesi_PutaranId_Tanggal",
                table: "Sesi",
                columns: new[] { "PutaranId", "Tanggal" });

            migrationBuilder.CreateIndex(
                name: "IX_Sesi_Tanggal_VenueKode",
                table: "Sesi",
                columns: new[] { "Tanggal", "VenueKode" });

            migrationBuilder.CreateIndex(
                name: "IX_Sesi_VenueKode",
                table: "Sesi",
                column: "VenueKode");

            migrationBuilder.CreateIndex(
                name: "IX_SesiFasilitator_FasilitatorId",
                table: "SesiFasilitator",
                column: "FasilitatorId");

            migrationBuilder.CreateIndex(
                name: "IX_SesiKecamatan_KecamatanKode",
                table: "SesiKecamatan",
                column: "KecamatanKode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Enrolmen");

            migrationBuilder.DropTable(
                name: "SesiFasilitator");

            migrationBuilder.DropTable(
                name: "SesiKecamatan");

            migrationBuilder.DropTable(
                name: "Sesi");

            migrationBuilder.DropTable(
                name: "PutaranPelatihan");
        }
    }
}
