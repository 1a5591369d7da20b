using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FollowBot.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PipelineInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StageExits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", nullable: false),
                    ToStage = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StageOwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageExits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageExits_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_Pipeline",
                table: "Deals",
                columns: new[] { "WorkspaceId", "Status", "Stage", "Currency", "StageEnteredAt", "StageDueAt", "Amount", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_Pipeline_Closed",
                table: "Deals",
                columns: new[] { "WorkspaceId", "ClosedAt", "Status", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_Pipeline_Due",
                table: "Deals",
                columns: new[] { "WorkspaceId", "Status", "StageDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StageExits_DealId",
                table: "StageExits",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_StageExits_Pipeline",
                table: "StageExits",
                columns: new[] { "WorkspaceId", "ExitedAt", "EnteredAt", "DueAt", "OwnerId", "StageOwnerId", "Stage", "Currency", "Amount", "DealId" });

            migrationBuilder.CreateIndex(
                name: "IX_StageExits_WorkspaceId_OwnerId_ExitedAt_DueAt",
                table: "StageExits",
                columns: new[] { "WorkspaceId", "OwnerId", "ExitedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StageExits_WorkspaceId_StageOwnerId_ExitedAt_DueAt",
                table: "StageExits",
                columns: new[] { "WorkspaceId", "StageOwnerId", "ExitedAt", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StageExits");

            migrationBuilder.DropIndex(
                name: "IX_Deals_Pipeline",
                table: "Deals");

            migrationBuilder.DropIndex(
                name: "IX_Deals_Pipeline_Closed",
                table: "Deals");

            migrationBuilder.DropIndex(
                name: "IX_Deals_Pipeline_Due",
                table: "Deals");
        }
    }
}
