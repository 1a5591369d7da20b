using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FollowBot.Storage.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context PostgresFollowBotDbContext</c> build the model without the Host and
/// without a server: adding a migration never connects.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFollowBotDbContext>
{
    public PostgresFollowBotDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresFollowBotDbContext>();
        PostgresFollowBotDbContext.Configure(builder, "Host=localhost;Database=followbot;Username=followbot");
        return new PostgresFollowBotDbContext(builder.Options);
    }
}
