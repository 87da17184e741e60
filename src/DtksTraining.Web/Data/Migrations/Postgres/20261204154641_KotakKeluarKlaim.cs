using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DtksTraining.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KotakKeluarKlaim : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DicobaPada",
                table: "OutboxMail",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "KirimSetelah",
                table: "OutboxMail",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMail_TerkirimPada_KirimSetelah",
                table: "OutboxMail",
                columns: new[] { "TerkirimPada", "KirimSetelah" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMail_TerkirimPada_KirimSetelah",
                table: "OutboxMail");

            migrationBuilder.DropColumn(
                name: "DicobaPada",
                table: "OutboxMail");

            migrationBuilder.DropColumn(
                name: "KirimSetelah",
                table: "OutboxMail");
        }
    }
}
