using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

public sealed class MessageLogTests : StorageTestBase
{
    [Fact]
    public async Task Pages_a_members_messages_oldest_first_after_a_cursor()
    {
        var ws = await AddWorkspaceAsync();
        var ann = await AddMemberAsync(ws, "ANN");
        var bob = await AddMemberAsync(ws, "BOB");
        await using var scope = NewScope();
        var log = scope.ServiceProvider.GetRequiredService<IMessageLog>();
        var annIds = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            annIds.Add(await log.AppendAsync(Message(ws, ann, $"ann {i}"), Ct));
            await log.AppendAsync(Message(ws, bob, $"bob {i}"), Ct);
        }

        var first = await log.ListAsync(ws.Id, ann.Id, 0, 3, Ct);
        var second = await log.ListAsync(ws.Id, ann.Id, first[^1].Id, 3, Ct);
        var rest = await log.ListAsync(ws.Id, ann.Id, second[^1].Id, 3, Ct);

        first.Select(m => m.Text).ShouldBe(["ann 0", "ann 1", "ann 2"]);
        second.Select(m => m.Text).ShouldBe(["ann 3", "ann 4"]);
        rest.ShouldBeEmpty();
        first.Concat(second).Select(m => m.Id).ShouldBe(annIds);
        annIds.ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public async Task Stored_message_comes_back_with_every_field_and_the_database_id()
    {
        var ws = await AddWorkspaceAsync();
        var ann = await AddMemberAsync(ws, "ANN");
        var sent = new LoggedMessage(999, ws.Id, ann.Id, "playground", T0.AddTicks(7), "逾期提醒", """{"type":"AdaptiveCard","version":"1.5"}""");

        var id = await InScopeAsync<IMessageLog, long>(l => l.AppendAsync(sent, Ct));
        var found = await InScopeAsync<IMessageLog, IReadOnlyList<LoggedMessage>>(l => l.ListAsync(ws.Id, ann.Id, 0, 10, Ct));

        id.ShouldNotBe(999);
        found.Single().ShouldBe(sent with { Id = id });
    }

    [Fact]
    public async Task Messages_of_another_workspace_are_invisible()
    {
        var a = await AddWorkspaceAsync("a");
        var b = await AddWorkspaceAsync("b");
        var ann = await AddMemberAsync(a, "ANN");
        await InScopeAsync<IMessageLog, long>(l => l.AppendAsync(Message(b, ann, "misrouted"), Ct));

        (await InScopeAsync<IMessageLog, IReadOnlyList<LoggedMessage>>(l => l.ListAsync(a.Id, ann.Id, 0, 10, Ct))).ShouldBeEmpty();
    }

    private static LoggedMessage Message(Workspace ws, Member member, string text) => new(0, ws.Id, member.Id, "playground", TestData.T0, text, null);
}
