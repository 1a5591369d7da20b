using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FollowBot.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SlackInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BotCredentials",
                columns: table => new
                {
                    WorkspaceKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BotUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    BotId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotCredentials", x => x.WorkspaceKey);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BotCredentials");
        }
    }
}
