using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Storage.Tests;

public abstract class WorkspaceStoreTests(TestProvider provider) : StorageTestBase(provider)
{
    public sealed class OnSqlite() : WorkspaceStoreTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : WorkspaceStoreTests(TestProvider.Postgres);

    [Fact]
    public async Task Stored_workspace_comes_back_field_for_field()
    {
        var added = await AddWorkspaceAsync("slack:T123");

        var found = await InScopeAsync<IWorkspaceStore, Workspace?>(s => s.FindByKeyAsync("slack:T123", Ct));

        found.ShouldNotBeNull().ShouldHaveSameStateAs(added);
        found.Locale.ShouldBe(Locales.Chinese);
    }

    [Fact]
    public async Task Unknown_key_finds_nothing()
    {
        await AddWorkspaceAsync("slack:T123");

        (await InScopeAsync<IWorkspaceStore, Workspace?>(s => s.FindByKeyAsync("slack:T999", Ct))).ShouldBeNull();
    }

    [Fact]
    public async Task Adding_a_key_that_exists_returns_the_stored_workspace()
    {
        var first = await AddWorkspaceAsync("teams:tenant");

        var second = await AddWorkspaceAsync("teams:tenant");

        second.Id.ShouldBe(first.Id);
    }

    [Fact]
    public async Task Concurrent_first_messages_create_one_workspace()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => AddWorkspaceAsync("slack:TRACE"), Ct)));

        results.Select(w => w.Id).Distinct().Count().ShouldBe(1);
    }
}
