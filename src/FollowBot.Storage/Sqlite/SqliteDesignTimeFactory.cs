using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FollowBot.Storage.Sqlite;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context SqliteFollowBotDbContext</c> build the model without the Host.
/// Adding a migration never opens the file.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFollowBotDbContext>
{
    public SqliteFollowBotDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteFollowBotDbContext>();
        SqliteFollowBotDbContext.Configure(builder, "Data Source=followbot.db");
        return new SqliteFollowBotDbContext(builder.Options);
    }
}
