using Microsoft.Data.Sqlite;
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
        command.CommandText = "PRAGMA synchronous";
        (await command.ExecuteScalarAsync(Ct)).ShouldBe(1L, "NORMAL: in WAL mode a commit does not wait for fsync");
    }

    [Fact]
    public async Task A_pooled_connection_opened_again_keeps_its_settings_and_the_unicode_lower()
    {
        // The set-up runs once per native handle and per connection object, not at every query EF makes.
        for (var round = 0; round < 3; round++)
        {
            await using var scope = NewScope();
            var db = scope.ServiceProvider.GetRequiredService<FollowBotDbContext>();
            for (var open = 0; open < 2; open++)
            {
                await db.Database.OpenConnectionAsync(Ct);
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "SELECT lower('MÜLLER'), (SELECT synchronous FROM pragma_synchronous), (SELECT timeout FROM pragma_busy_timeout)";
                await using var reader = await command.ExecuteReaderAsync(Ct);
                (await reader.ReadAsync(Ct)).ShouldBeTrue();
                reader.GetString(0).ShouldBe("müller");
                reader.GetInt64(1).ShouldBe(1L);
                reader.GetInt64(2).ShouldBe(30_000L);
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    [Fact]
    public async Task Migrating_a_file_that_another_instance_has_just_created_works_and_turns_on_wal()
    {
        // Another instance created the file a moment ago and has not switched it to WAL yet. EF first checks that the
        // file exists through a read-only connection, which can't switch it; the switch happens on the next one.
        await using var fresh = await TestDatabase.CreateAsync(TestProvider.Sqlite, Ct);
        await using (var other = new SqliteConnection(fresh.ConnectionString + ";Pooling=False"))
        {
            await other.OpenAsync(Ct);
            await using var create = other.CreateCommand();
            create.CommandText = "PRAGMA user_version = 0; CREATE TABLE started (x);";
            await create.ExecuteNonQueryAsync(Ct);
        }

        var services = NewProvider(new Dictionary<string, string?> { ["ConnectionStrings:FollowBot"] = fresh.ConnectionString });
        await services.MigrateFollowBotDatabaseAsync(Ct);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FollowBotDbContext>();
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        (await command.ExecuteScalarAsync(Ct)).ShouldBe("wal");
        (await db.Database.GetPendingMigrationsAsync(Ct)).ShouldBeEmpty();
    }
}
