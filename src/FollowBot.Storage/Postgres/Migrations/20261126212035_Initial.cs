using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FollowBot.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BotCredentials",
                columns: table => new
                {
                    WorkspaceKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Token = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    BotUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    BotId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotCredentials", x => x.WorkspaceKey);
                });

            migrationBuilder.CreateTable(
                name: "Deliveries",
                columns: table => new
                {
                    Key = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deliveries", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "NudgeBudgets",
                columns: table => new
                {
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Used = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NudgeBudgets", x => new { x.MemberId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "Workspaces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    DefaultCurrency = table.Column<string>(type: "text", nullable: false),
                    TimeZone = table.Column<string>(type: "text", nullable: false),
                    Locale = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastDealNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workspaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Conversations",
                columns: table => new
                {
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Address = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversations", x => new { x.WorkspaceId, x.MemberId, x.Channel });
                    table.ForeignKey(
                        name: "FK_Conversations_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Deals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Company = table.Column<string>(type: "text", nullable: false),
                    ContactName = table.Column<string>(type: "text", nullable: true),
                    Phone = table.Column<string>(type: "text", nullable: true),
                    Email = table.Column<string>(type: "text", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric", nullable: true),
                    Currency = table.Column<string>(type: "text", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: true),
                    Stage = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    StageOwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    StageEnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StageDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DueOverridden = table.Column<bool>(type: "boolean", nullable: false),
                    SnoozeCount = table.Column<int>(type: "integer", nullable: false),
                    NextFollowUpAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NextFollowUpNote = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Deals_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpOutbox",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    DealId = table.Column<Guid>(type: "uuid", nullable: true),
                    Stage = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Rung = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NotBefore = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClaimedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    MessageId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "LoggedMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: true),
                    CardJson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoggedMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoggedMessages_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExternalId = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "text", nullable: true),
                    TimeZone = table.Column<string>(type: "text", nullable: false),
                    ChosenLocale = table.Column<string>(type: "text", nullable: true),
                    ChannelLocale = table.Column<string>(type: "text", nullable: true),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    ManagerId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Members_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SlaSettings",
                columns: table => new
                {
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "text", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    SlaDays = table.Column<int>(type: "integer", nullable: false),
                    SlaTimeTicks = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaSettings", x => new { x.WorkspaceId, x.Stage, x.Grade });
                    table.ForeignKey(
                        name: "FK_SlaSettings_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StageExits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    DealId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "text", nullable: false),
                    ToStage = table.Column<string>(type: "text", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    StageOwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: true),
                    Currency = table.Column<string>(type: "text", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "TimelineEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    DealId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<string>(type: "text", nullable: false),
                    MessageLink = table.Column<string>(type: "text", nullable: true),
                    Field = table.Column<string>(type: "text", nullable: true),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true),
                    Text = table.Column<string>(type: "text", nullable: true),
                    Seq = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimelineEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimelineEntries_Deals_DealId",
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
                name: "IX_Deals_Status_NextFollowUpAt",
                table: "Deals",
                columns: new[] { "Status", "NextFollowUpAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_Status_SnoozeCount",
                table: "Deals",
                columns: new[] { "Status", "SnoozeCount" });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_Status_StageDueAt",
                table: "Deals",
                columns: new[] { "Status", "StageDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_WorkspaceId_Number",
                table: "Deals",
                columns: new[] { "WorkspaceId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deals_WorkspaceId_Status_OwnerId_StageDueAt",
                table: "Deals",
                columns: new[] { "WorkspaceId", "Status", "OwnerId", "StageDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_WorkspaceId_Status_StageOwnerId_StageDueAt",
                table: "Deals",
                columns: new[] { "WorkspaceId", "Status", "StageOwnerId", "StageDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_At",
                table: "Deliveries",
                column: "At");

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

            migrationBuilder.CreateIndex(
                name: "IX_LoggedMessages_WorkspaceId_MemberId_Id",
                table: "LoggedMessages",
                columns: new[] { "WorkspaceId", "MemberId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_WorkspaceId_ExternalId",
                table: "Members",
                columns: new[] { "WorkspaceId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_WorkspaceId_ManagerId",
                table: "Members",
                columns: new[] { "WorkspaceId", "ManagerId" });

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

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_DealId_At_Seq",
                table: "TimelineEntries",
                columns: new[] { "DealId", "At", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_Workspaces_Key",
                table: "Workspaces",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BotCredentials");

            migrationBuilder.DropTable(
                name: "Conversations");

            migrationBuilder.DropTable(
                name: "Deliveries");

            migrationBuilder.DropTable(
                name: "FollowUpOutbox");

            migrationBuilder.DropTable(
                name: "LoggedMessages");

            migrationBuilder.DropTable(
                name: "Members");

            migrationBuilder.DropTable(
                name: "NudgeBudgets");

            migrationBuilder.DropTable(
                name: "SlaSettings");

            migrationBuilder.DropTable(
                name: "StageExits");

            migrationBuilder.DropTable(
                name: "TimelineEntries");

            migrationBuilder.DropTable(
                name: "Deals");

            migrationBuilder.DropTable(
                name: "Workspaces");
        }
    }
}
