using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

public abstract class DatabaseProbeTests(TestProvider provider) : StorageTestBase(provider)
{
    public sealed class OnSqlite() : DatabaseProbeTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : DatabaseProbeTests(TestProvider.Postgres);

    [Fact]
    public async Task Migrated_database_answers()
    {
        (await InScopeAsync<DatabaseProbe, bool>(p => p.CanConnectAsync(Ct))).ShouldBeTrue();
    }

    [Fact]
    public async Task Missing_database_does_not_answer_and_is_not_created()
    {
        var path = Path.Combine(Path.GetTempPath(), $"followbot-missing-{Guid.NewGuid():N}", "none.db");
        var missing = Provider == TestProvider.Sqlite
            ? $"Data Source={path}"
            : new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Database = $"followbot_missing_{Guid.NewGuid():N}" }.ConnectionString;
        var services = NewProvider(new Dictionary<string, string?> { ["ConnectionStrings:FollowBot"] = missing });
        await using var scope = services.CreateAsyncScope();

        (await scope.ServiceProvider.GetRequiredService<DatabaseProbe>().CanConnectAsync(Ct)).ShouldBeFalse();
        File.Exists(path).ShouldBeFalse();
    }

    [Fact]
    public async Task A_database_without_the_schema_does_not_answer()
    {
        // Reachable but never migrated: the app would fail on the first request, so it isn't healthy.
        await using var empty = await TestDatabase.CreateAsync(Provider, Ct);
        var services = NewProvider(new Dictionary<string, string?> { ["ConnectionStrings:FollowBot"] = empty.ConnectionString });
        await using var scope = services.CreateAsyncScope();

        (await scope.ServiceProvider.GetRequiredService<DatabaseProbe>().CanConnectAsync(Ct)).ShouldBeFalse();
    }
}
