using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

public abstract class MigrationTests(TestProvider provider) : StorageTestBase(provider)
{
    public sealed class OnSqlite() : MigrationTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : MigrationTests(TestProvider.Postgres);

    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_leave_nothing_pending()
    {
        await using var scope = NewScope();
        var db = scope.ServiceProvider.GetRequiredService<FollowBotDbContext>();

        (await db.Database.GetAppliedMigrationsAsync(Ct)).ShouldContain(m => m.EndsWith("_Initial", StringComparison.Ordinal));
        (await db.Database.GetPendingMigrationsAsync(Ct)).ShouldBeEmpty();
        (await db.Deals.CountAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task Model_has_no_changes_missing_from_the_migrations()
    {
        await using var scope = NewScope();
        var db = scope.ServiceProvider.GetRequiredService<FollowBotDbContext>();

        db.Database.HasPendingModelChanges().ShouldBeFalse($"run 'dotnet ef migrations add' for {db.GetType().Name}");
    }

    [Fact]
    public async Task Migrating_twice_is_harmless()
    {
        await Services.MigrateFollowBotDatabaseAsync(Ct);
        await NewProvider().MigrateFollowBotDatabaseAsync(Ct);

        (await AddWorkspaceAsync()).Key.ShouldBe("playground");
    }

    [Fact]
    public async Task Two_instances_migrating_an_empty_database_at_once_both_succeed()
    {
        // Several instances deployed together all migrate at start; EF's migration lock lets one apply, the rest wait.
        await using var empty = await TestDatabase.CreateAsync(Provider, Ct);
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:FollowBot"] = empty.ConnectionString };

        await Task.WhenAll(
            Task.Run(() => NewProvider(settings).MigrateFollowBotDatabaseAsync(Ct), Ct),
            Task.Run(() => NewProvider(settings).MigrateFollowBotDatabaseAsync(Ct), Ct));

        await using var scope = NewProvider(settings).CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FollowBotDbContext>();
        (await db.Database.GetPendingMigrationsAsync(Ct)).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync(Ct)).Count().ShouldBe(db.Database.GetMigrations().Count());
    }
}
