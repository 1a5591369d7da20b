using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

public abstract class MessageLogTests(TestProvider provider) : StorageTestBase(provider)
{
    public sealed class OnSqlite() : MessageLogTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : MessageLogTests(TestProvider.Postgres);

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
        var sent = new LoggedMessage(999, ws.Id, ann.Id, "playground", T0.AddTicks(70), "逾期提醒", """{"type":"AdaptiveCard","version":"1.5"}""");

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

    [Fact]
    public async Task Instants_are_stored_in_utc_to_the_microsecond_on_every_provider()
    {
        var ws = await AddWorkspaceAsync();
        var ann = await AddMemberAsync(ws, "ANN");
        var shanghai = new DateTimeOffset(2026, 3, 2, 17, 0, 0, TimeSpan.FromHours(8)).AddTicks(17);

        await InScopeAsync<IMessageLog, long>(l => l.AppendAsync(Message(ws, ann, "at") with { At = shanghai }, Ct));
        var found = (await InScopeAsync<IMessageLog, IReadOnlyList<LoggedMessage>>(l => l.ListAsync(ws.Id, ann.Id, 0, 10, Ct))).Single();

        found.At.Offset.ShouldBe(TimeSpan.Zero);
        found.At.UtcTicks.ShouldBe(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero).AddTicks(10).UtcTicks);
    }

    [Fact]
    public async Task A_reader_paging_while_two_writers_commit_out_of_order_misses_no_message()
    {
        var ws = await AddWorkspaceAsync();
        var ann = await AddMemberAsync(ws, "ANN");

        // Writer A appends inside a transaction it has not committed yet; writer B (another instance) appends now.
        await using var scopeA = NewScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<FollowBotDbContext>();
        await using var transaction = await dbA.Database.BeginTransactionAsync(Ct);
        await scopeA.ServiceProvider.GetRequiredService<IMessageLog>().AppendAsync(Message(ws, ann, "a"), Ct);
        var otherInstance = NewProvider(instance: "b");
        var writerB = Task.Run(() => InScopeAsync(otherInstance, l => l.AppendAsync(Message(ws, ann, "b"), Ct)), Ct);
        await Database.WaitUntilFinishedOrBlockedAsync(writerB, Ct);

        // A reader pages now, moves its cursor past what it saw, then pages again after both writers are done.
        var first = await InScopeAsync<IMessageLog, IReadOnlyList<LoggedMessage>>(l => l.ListAsync(ws.Id, ann.Id, 0, 10, Ct));
        await transaction.CommitAsync(Ct);
        await writerB;
        var cursor = first.Count == 0 ? 0 : first[^1].Id;
        var second = await InScopeAsync<IMessageLog, IReadOnlyList<LoggedMessage>>(l => l.ListAsync(ws.Id, ann.Id, cursor, 10, Ct));

        first.Concat(second).Select(m => m.Text).ShouldBe(["a", "b"]);
    }

    [Fact]
    public async Task A_message_appended_once_under_a_key_is_stored_once_however_many_instances_try_at_once()
    {
        var ws = await AddWorkspaceAsync();
        var ann = await AddMemberAsync(ws, "ANN");
        var instances = new[] { Services, NewProvider(instance: "b") };

        var first = await AppendOnceAsync(instances[0], "playground:outbox:k1", Message(ws, ann, "one"));
        var repeat = await AppendOnceAsync(instances[1], "playground:outbox:k1", Message(ws, ann, "one again"));
        var racing = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => AppendOnceAsync(instances[i % 2], "playground:outbox:k2", Message(ws, ann, $"two {i}"))));

        first.ShouldNotBeNull();
        repeat.ShouldBeNull();
        racing.Count(id => id is not null).ShouldBe(1);
        var stored = await InScopeAsync<IMessageLog, IReadOnlyList<LoggedMessage>>(l => l.ListAsync(ws.Id, ann.Id, 0, 100, Ct));
        stored.Select(m => m.Id).ShouldBe([first!.Value, racing.Single(id => id is not null)!.Value]);
        stored[0].Text.ShouldBe("one");
    }

    private static async Task<long?> AppendOnceAsync(IServiceProvider services, string key, LoggedMessage message)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMessageLog>().AppendOnceAsync(key, message, Ct);
    }

    private static async Task<long> InScopeAsync(IServiceProvider services, Func<IMessageLog, Task<long>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IMessageLog>());
    }

    private static LoggedMessage Message(Workspace ws, Member member, string text) => new(0, ws.Id, member.Id, "playground", TestData.T0, text, null);
}
