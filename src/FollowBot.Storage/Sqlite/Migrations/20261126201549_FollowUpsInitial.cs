using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FollowBot.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FollowUpsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FollowUpOutbox",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Rung = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NotBefore = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpOutbox", x => x.Key);
                    table.ForeignKey(
                        name: "FK_FollowUpOutbox_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NudgeBudgets",
                columns: table => new
                {
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Used = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NudgeBudgets", x => new { x.MemberId, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_Status_SnoozeCount",
                table: "Deals",
                columns: new[] { "Status", "SnoozeCount" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpOutbox_ClaimedBy",
                table: "FollowUpOutbox",
                column: "ClaimedBy");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpOutbox_DealId_Stage_Rung_Deadline",
                table: "FollowUpOutbox",
                columns: new[] { "DealId", "Stage", "Rung", "Deadline" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpOutbox_RecipientId_Status_SettledAt",
                table: "FollowUpOutbox",
                columns: new[] { "RecipientId", "Status", "SettledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpOutbox_Status_NotBefore",
                table: "FollowUpOutbox",
                columns: new[] { "Status", "NotBefore" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpOutbox_WorkspaceId_Rung_Deadline",
                table: "FollowUpOutbox",
                columns: new[] { "WorkspaceId", "Rung", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpOutbox_WorkspaceId_Status_SettledAt",
                table: "FollowUpOutbox",
                columns: new[] { "WorkspaceId", "Status", "SettledAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUpOutbox");

            migrationBuilder.DropTable(
                name: "NudgeBudgets");

            migrationBuilder.DropIndex(
                name: "IX_Deals_Status_SnoozeCount",
                table: "Deals");
        }
    }
}
