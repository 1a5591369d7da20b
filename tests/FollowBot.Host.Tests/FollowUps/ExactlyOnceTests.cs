using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;
using FollowBot.Core.Persistence;
using FollowBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Host.Tests.FollowUps;

/// <summary>
/// Exactly once (product §6) with two FollowBot hosts on one real SQLite file: 1,000 deals fall due, both hosts
/// sweep at the same time, every nudge is sent once; a host killed between sending and recording loses none.
/// </summary>
public abstract class ExactlyOnceTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : ExactlyOnceTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : ExactlyOnceTests(TestProvider.Postgres);

    private const int Deals = 1000;
    private readonly FakeTimeProvider _clock = new(FollowBotApp.Start);

    private FollowBotApp Host(CountingPublisher publisher, int parallelism = 64) => new(Database, _clock, new Dictionary<string, string?>
    {
        ["FollowBot:Calendar:Enabled"] = "false",
        ["FollowBot:Nudges:MaxNudgesPerDay"] = "100000",
        ["FollowBot:Nudges:BatchSize"] = "50",
        ["FollowBot:Nudges:Parallelism"] = parallelism.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["FollowBot:Nudges:SweepInterval"] = "00:00:01",
        ["FollowBot:Nudges:ClaimLease"] = "00:00:05",

        // The scheduler's own sweeps would race the test's; here the test is the scheduler of both hosts.
        ["FollowBot:Nudges:Enabled"] = "false",
    })
    {
        ExtraServices = services =>
        {
            services.RemoveAll<IChatPublisher>();
            services.AddSingleton<IChatPublisher>(publisher);
        },
    };

    /// <summary>20 reps who have each talked to FollowBot once, and 1,000 open deals overdue by a minute.</summary>
    private async Task SeedAsync(FollowBotApp app)
    {
        var reps = Enumerable.Range(1, 20).Select(i => $"rep{i:00}").ToList();
        foreach (var rep in reps)
        {
            await app.SayAsync(rep, "help");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var workspace = (await sp.GetRequiredService<IWorkspaceStore>().FindByKeyAsync("playground", default))!;
        var members = await sp.GetRequiredService<IMemberStore>().ListAsync(workspace.Id, default);
        var pipeline = sp.GetRequiredService<Core.Options.WorkspaceSettings>().Pipeline;
        var db = sp.GetRequiredService<FollowBotDbContext>();
        var now = _clock.GetUtcNow();
        for (var n = 1; n <= Deals; n++)
        {
            db.Deals.Add(new Deal(workspace.Id, n, $"Company {n}", members[n % members.Count].Id, "CNY", pipeline.First, now.AddMinutes(-1), now.AddDays(-1)));
        }

        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Two_hosts_sweeping_the_same_thousand_due_deals_send_every_nudge_exactly_once()
    {
        var publisher = new CountingPublisher();
        await using var a = Host(publisher);
        await using var b = Host(publisher);
        await SeedAsync(a);
        _ = b.Services; // started, so both hosts are ready when the sweeps begin

        await Task.WhenAll(a.SweepAsync(), b.SweepAsync(), a.SweepAsync(), b.SweepAsync());
        await Task.WhenAll(a.SweepAsync(), b.SweepAsync());

        publisher.Delivered.Count.ShouldBe(Deals);
        publisher.Delivered.Select(d => d.Deal).Distinct().Count().ShouldBe(Deals);
        var sent = (await a.OutboxAsync()).Where(o => o.Rung == Rungs.Nudge).ToList();
        sent.Count.ShouldBe(Deals);
        sent.ShouldAllBe(o => o.Status == OutboxStatus.Sent && o.MessageId != null);
    }

    [Fact]
    public async Task A_host_killed_between_sending_and_recording_loses_no_nudge()
    {
        var publisher = new CountingPublisher();
        var survivorPublisher = new CountingPublisher();
        await using var a = Host(publisher);
        await using var b = Host(survivorPublisher);
        await SeedAsync(a);

        using var kill = new CancellationTokenSource();
        publisher.KillAfterDelivery = kill;
        await Should.ThrowAsync<OperationCanceledException>(() => a.SweepAsync(kill.Token));
        var inFlight = publisher.Delivered.Select(d => d.Deal).ToHashSet();
        // One group is the batch of 50 here (Parallelism 64): how many of it reach the publisher before the kill
        // stops the rest is up to the thread pool (20 of 50 once under load), never more than the group.
        inFlight.Count.ShouldBeInRange(1, 50, "at most one group of parallel sends was in flight");

        // The survivor sends the rest at once; the dead host's claimed rows come back when their lease ends.
        await b.SweepAsync();
        survivorPublisher.Delivered.Count.ShouldBe(Deals - 50, "the dead host's claimed batch is still leased");
        _clock.Advance(TimeSpan.FromMinutes(3));
        await b.SweepAsync();

        var all = publisher.Delivered.Concat(survivorPublisher.Delivered).Select(d => d.Deal).ToList();
        all.ShouldAllBe(n => n > 0);
        all.Distinct().Count().ShouldBe(Deals, "no nudge lost");
        (all.Count - Deals).ShouldBe(inFlight.Count, "only what was in flight at the crash went twice");
        (await b.OutboxAsync()).Where(o => o.Rung == Rungs.Nudge).ShouldAllBe(o => o.Status == OutboxStatus.Sent);
    }

    [Fact]
    public async Task A_batch_claimed_late_in_a_long_sweep_holds_its_full_lease_against_the_other_host()
    {
        var publisher = new CountingPublisher();
        var other = new CountingPublisher();
        await using var a = Host(publisher);
        await using var b = Host(other);
        await SeedAsync(a);

        // Host a's sweep outlasts the lease (5 s) within its first batch; its second batch is claimed after that,
        // and host b sweeps while a is sending it. The second batch's lease runs from its claim, not the sweep's start.
        publisher.AfterDelivery = async n =>
        {
            if (n == 1)
            {
                _clock.Advance(TimeSpan.FromSeconds(6));
            }
            else if (n == 51)
            {
                await b.SweepAsync();
            }
        };
        await a.SweepAsync();
        await b.SweepAsync();

        var all = publisher.Delivered.Concat(other.Delivered).Select(d => d.Deal).ToList();
        all.Distinct().Count().ShouldBe(Deals);
        all.Count.ShouldBe(Deals, "host b took none of the rows host a had claimed and was sending");
        publisher.Delivered.Count.ShouldBe(100, "host a sent its first two batches, then b had taken the rest");
        (await a.OutboxAsync()).Where(o => o.Rung == Rungs.Nudge).ShouldAllBe(o => o.Status == OutboxStatus.Sent);
    }

    [Fact]
    public async Task A_host_that_lost_part_of_its_batch_to_the_other_when_its_lease_ran_out_sends_none_of_that_part()
    {
        var publisher = new CountingPublisher();
        var other = new CountingPublisher();
        await using var a = Host(publisher, parallelism: 10);
        await using var b = Host(other);
        await SeedAsync(a);

        // Host a's first group of ten takes longer than the whole lease: host b, sweeping then, rightly takes over
        // everything a claimed. The ten in flight go twice (nothing can tell a slow host from a dead one), but a sees
        // its lease was taken when it records them and leaves the other forty of its batch to b.
        publisher.AfterDelivery = async n =>
        {
            if (n == 10)
            {
                _clock.Advance(TimeSpan.FromSeconds(6));
                await b.SweepAsync();
            }
        };
        await a.SweepAsync();

        publisher.Delivered.Count.ShouldBe(10);
        other.Delivered.Count.ShouldBe(Deals);
        var all = publisher.Delivered.Concat(other.Delivered).Select(d => d.Deal).ToList();
        all.Distinct().Count().ShouldBe(Deals, "no nudge lost");
        (await a.OutboxAsync()).Where(o => o.Rung == Rungs.Nudge).ShouldAllBe(o => o.Status == OutboxStatus.Sent);
    }
}
