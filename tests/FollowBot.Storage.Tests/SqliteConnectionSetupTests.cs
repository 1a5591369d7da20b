using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

public sealed class SqliteConnectionSetupTests() : StorageTestBase(TestProvider.Sqlite)
{
    [Fact]
    public async Task Connections_use_wal_and_wait_for_a_busy_writer()
    {
        await using var scope = NewScope();
        var db = scope.ServiceProvider.GetRequiredService<FollowBotDbContext>();
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();

        command.CommandText = "PRAGMA journal_mode";
        (await command.ExecuteScalarAsync(Ct)).ShouldBe("wal");
        command.CommandText = "PRAGMA busy_timeout";
        (await command.ExecuteScalarAsync(Ct)).ShouldBe(30_000L);
    }
}
