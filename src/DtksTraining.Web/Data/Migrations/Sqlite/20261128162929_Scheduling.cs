using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TanggalMulai = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TanggalSelesai = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HariKerja = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JamMulai = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    JamSelesai = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    FasilitatorPerSesi = table.Column<int>(type: "INTEGER", nullable: false),
                    BatalHariSebelum = table.Column<int>(type: "INTEGER", nullable: false),
                    BatalJam = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    KuotaDilepasHariSebelum = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DibuatPada = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PutaranPelatihan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sesi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PutaranId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MulaiUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    SelesaiUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    VenueKode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Kapasitas = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Terkonfirmasi = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SesiId = table.Column<int>(type: "INTEGER", nullable: false),
                    PutaranId = table.Column<int>(type: "INTEGER", nullable: false),
                    PesertaId = table.Column<string>(type: "TEXT", nullable: false),
                    KecamatanKode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Alasan = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DidaftarkanOleh = table.Column<string>(type: "TEXT", nullable: false),
                    DidaftarPada = table.Column<long>(type: "INTEGER", nullable: false),
                    DikonfirmasiPada = table.Column<long>(type: "INTEGER", nullable: true),
                    DibatalkanPada = table.Column<long>(type: "INTEGER", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Pin = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    TokenQr = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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
                    SesiId = table.Column<int>(type: "INTEGER", nullable: false),
                    FasilitatorId = table.Column<string>(type: "TEXT", nullable: false)
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
                    SesiId = table.Column<int>(type: "INTEGER", nullable: false),
                    KecamatanKode = table.Column<string>(type: "TEXT", nullable: false),
                    Kursi = table.Column<int>(type: "INTEGER", nullable: false),
                    DilepasPada = table.Column<long>(type: "INTEGER", nullable: false)
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
