using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FollowBot.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexesInPageOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deals_WorkspaceId_Status_OwnerId_StageDueAt",
                table: "Deals");

            migrationBuilder.DropIndex(
                name: "IX_Deals_WorkspaceId_Status_StageOwnerId_StageDueAt",
                table: "Deals");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_WorkspaceId_Status_OwnerId_StageDueAt_Number",
                table: "Deals",
                columns: new[] { "WorkspaceId", "Status", "OwnerId", "StageDueAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_WorkspaceId_Status_StageOwnerId_StageDueAt_Number",
                table: "Deals",
                columns: new[] { "WorkspaceId", "Status", "StageOwnerId", "StageDueAt", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deals_WorkspaceId_Status_OwnerId_StageDueAt_Number",
                table: "Deals");

            migrationBuilder.DropIndex(
                name: "IX_Deals_WorkspaceId_Status_StageOwnerId_StageDueAt_Number",
                table: "Deals");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_WorkspaceId_Status_OwnerId_StageDueAt",
                table: "Deals",
                columns: new[] { "WorkspaceId", "Status", "OwnerId", "StageDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_WorkspaceId_Status_StageOwnerId_StageDueAt",
                table: "Deals",
                columns: new[] { "WorkspaceId", "Status", "StageOwnerId", "StageDueAt" });
        }
    }
}
