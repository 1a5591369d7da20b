using FollowBot.Core.Conversations;
using FollowBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

public abstract class ConversationStoreTests(TestProvider provider) : StorageTestBase(provider)
{
    public sealed class OnSqlite() : ConversationStoreTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : ConversationStoreTests(TestProvider.Postgres);

    [Fact]
    public async Task Keeps_one_reference_per_member_and_channel_and_the_newest_address_wins()
    {
        var ws = await AddWorkspaceAsync();
        var ann = await AddMemberAsync(ws, "ANN");
        await InScopeAsync<IConversationStore>(s => s.SaveAsync(ws.Id, ann.Id, new ConversationRef("teams", "old"), Ct));
        Time.Advance(TimeSpan.FromMinutes(1));
        await InScopeAsync<IConversationStore>(s => s.SaveAsync(ws.Id, ann.Id, new ConversationRef("teams", "new"), Ct));
        Time.Advance(TimeSpan.FromMinutes(1));
        await InScopeAsync<IConversationStore>(s => s.SaveAsync(ws.Id, ann.Id, new ConversationRef("playground", "ANN"), Ct));

        var teams = await InScopeAsync<IConversationStore, ConversationRef?>(s => s.FindAsync(ws.Id, ann.Id, "teams", Ct));
        teams.ShouldBe(new ConversationRef("teams", "new"));
        var all = await InScopeAsync<IConversationStore, IReadOnlyList<ConversationRef>>(s => s.ListAsync(ws.Id, ann.Id, Ct));
        all.Select(r => r.Channel).ShouldBe(["playground", "teams"]);
    }

    [Fact]
    public async Task An_unchanged_reference_is_written_again_only_after_an_hour_and_a_changed_one_at_once()
    {
        var ws = await AddWorkspaceAsync();
        var ann = await AddMemberAsync(ws, "ANN");
        var saved = Time.GetUtcNow();
        await InScopeAsync<IConversationStore>(s => s.SaveAsync(ws.Id, ann.Id, new ConversationRef("slack", "D1"), Ct));

        // Every message carries its reference; writing an unchanged one each time made read-only commands write.
        Time.Advance(TimeSpan.FromMinutes(59));
        await InScopeAsync<IConversationStore>(s => s.SaveAsync(ws.Id, ann.Id, new ConversationRef("slack", "D1"), Ct));
        (await UpdatedAtAsync(ws, ann)).ShouldBe(saved);

        Time.Advance(TimeSpan.FromMinutes(1));
        await InScopeAsync<IConversationStore>(s => s.SaveAsync(ws.Id, ann.Id, new ConversationRef("slack", "D1"), Ct));
        (await UpdatedAtAsync(ws, ann)).ShouldBe(Time.GetUtcNow(), "refreshed hourly, so UpdatedAt still says which chat was used last");

        Time.Advance(TimeSpan.FromMinutes(1));
        await InScopeAsync<IConversationStore>(s => s.SaveAsync(ws.Id, ann.Id, new ConversationRef("slack", "D2"), Ct));
        (await InScopeAsync<IConversationStore, ConversationRef?>(s => s.FindAsync(ws.Id, ann.Id, "slack", Ct))).ShouldBe(new ConversationRef("slack", "D2"));
    }

    private Task<DateTimeOffset> UpdatedAtAsync(Core.Domain.Workspace ws, Core.Domain.Member member) =>
        InScopeAsync<FollowBotDbContext, DateTimeOffset>(db => db.Conversations.AsNoTracking()
            .Where(c => c.WorkspaceId == ws.Id && c.MemberId == member.Id).Select(c => c.UpdatedAt).SingleAsync(Ct));

    [Fact]
    public async Task References_never_cross_workspaces()
    {
        var a = await AddWorkspaceAsync("A");
        var b = await AddWorkspaceAsync("B");
        var ann = await AddMemberAsync(a, "ANN");
        await InScopeAsync<IConversationStore>(s => s.SaveAsync(a.Id, ann.Id, new ConversationRef("teams", "x"), Ct));

        var other = await InScopeAsync<IConversationStore, ConversationRef?>(s => s.FindAsync(b.Id, ann.Id, "teams", Ct));
        other.ShouldBeNull();
    }

    [Fact]
    public async Task Concurrent_first_saves_of_the_same_member_do_not_fail()
    {
        var ws = await AddWorkspaceAsync();
        var ann = await AddMemberAsync(ws, "ANN");
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            InScopeAsync<IConversationStore>(s => s.SaveAsync(ws.Id, ann.Id, new ConversationRef("slack", $"D{i}"), Ct))));

        var found = await InScopeAsync<IConversationStore, IReadOnlyList<ConversationRef>>(s => s.ListAsync(ws.Id, ann.Id, Ct));
        found.Count.ShouldBe(1);
    }
}
