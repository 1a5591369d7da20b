using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

public sealed class MigrationTests : StorageTestBase
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_file_and_leave_nothing_pending()
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

        db.Database.HasPendingModelChanges().ShouldBeFalse("run 'dotnet ef migrations add' for the SQLite context");
    }

    [Fact]
    public async Task Migrating_twice_is_harmless()
    {
        await Services.MigrateFollowBotDatabaseAsync(Ct);
        await NewProvider().MigrateFollowBotDatabaseAsync(Ct);

        (await AddWorkspaceAsync()).Key.ShouldBe("playground");
    }
}
