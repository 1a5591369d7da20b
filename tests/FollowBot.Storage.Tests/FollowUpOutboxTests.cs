using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;
using FollowBot.Storage.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

/// <summary>The outbox as several hosts share it: planned rows stored once, claims that hold while they are renewed.</summary>
public abstract class FollowUpOutboxTests(TestProvider provider) : StorageTestBase(provider)
{
    public sealed class OnSqlite() : FollowUpOutboxTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : FollowUpOutboxTests(TestProvider.Postgres);

    [Fact]
    public async Task Two_hosts_adding_overlapping_pages_at_once_store_each_row_once_and_count_it_once()
    {
        var ws = await AddWorkspaceAsync();
        var ann = await AddMemberAsync(ws, "ANN");
        var rows = Enumerable.Range(0, 1500).Select(day => Digest(ws, ann, day)).ToList();
        var hosts = new[] { NewProvider(instance: "a"), NewProvider(instance: "b") };

        // Host a plans days 0–999 and host b days 500–1499, three times over, both at once.
        var added = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            AddAsync(hosts[i % 2], i % 2 == 0 ? rows[..1000] : rows[500..])));

        added.Sum().ShouldBe(1500);
        (await CountAsync()).ShouldBe(1500);
    }

    [Fact]
    public async Task Recording_a_group_renews_the_lease_on_the_rest_of_the_claim_and_counts_only_the_rows_still_held()
    {
        var ws = await AddWorkspaceAsync();
        var ann = await AddMemberAsync(ws, "ANN");
        await AddAsync(Services, [.. Enumerable.Range(0, 10).Select(day => Digest(ws, ann, day))]);
        var lease = TimeSpan.FromSeconds(5);

        await using var scope = NewScope();
        var outbox = Outbox(scope);
        var claimed = await outbox.ClaimAsync("a#1", T0, T0, T0 + lease, 10, Ct);
        var held = await outbox.CompleteAsync("a#1", [.. claimed.Take(3).Select(r => new OutboxOutcome(r.Key, OutboxStatus.Sent))], [], T0.AddSeconds(4) + lease, Ct);

        // At T0+6 the first lease is over, the renewed one (T0+9) is not: another host finds nothing to take.
        var early = await Outbox(scope).ClaimAsync("b#1", T0.AddSeconds(6), T0.AddSeconds(6), T0.AddSeconds(11), 10, Ct);

        // Past the renewed lease it takes over what a still held; a's next record counts none of it as a's.
        var late = await Outbox(scope).ClaimAsync("b#2", T0.AddSeconds(10), T0.AddSeconds(10), T0.AddSeconds(15), 10, Ct);
        var left = await outbox.CompleteAsync("a#1", [new OutboxOutcome(claimed[3].Key, OutboxStatus.Sent)], [], T0.AddSeconds(10) + lease, Ct);

        claimed.Count.ShouldBe(10);
        held.ShouldBe(7);
        early.ShouldBeEmpty();
        late.Select(r => r.Key).ShouldBe(claimed.Skip(3).Select(r => r.Key), ignoreOrder: true);
        left.ShouldBe(0);
        (await Outbox(scope).FindAsync(claimed[3].Key, Ct))!.Status.ShouldBe(OutboxStatus.Pending, "a's record came after b took the row over");
    }

    private static FollowUpOutbox Outbox(AsyncServiceScope scope) => new(scope.ServiceProvider.GetRequiredService<FollowBotDbContext>());

    private static async Task<int> AddAsync(IServiceProvider host, IReadOnlyList<OutboxMessage> rows)
    {
        await using var scope = host.CreateAsyncScope();
        return await Outbox(scope).AddAsync(rows, Ct);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = NewScope();
        return await scope.ServiceProvider.GetRequiredService<FollowBotDbContext>().Set<OutboxMessage>().CountAsync(Ct);
    }

    private static OutboxMessage Digest(Workspace ws, Member member, int day) => new()
    {
        Key = OutboxMessage.KeyFor(member.Id, Rungs.Digest, DateOnly.FromDateTime(T0.UtcDateTime).AddDays(day)),
        WorkspaceId = ws.Id,
        Rung = Rungs.Digest,
        RecipientId = member.Id,
        Deadline = T0.AddDays(day),
        DueAt = T0,
        NotBefore = T0,
        CreatedAt = T0,
    };
}
