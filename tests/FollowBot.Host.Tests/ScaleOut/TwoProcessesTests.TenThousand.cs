using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;
using FollowBot.Core.Options;
using FollowBot.Core.Persistence;
using FollowBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Host.Tests.ScaleOut;

/// <summary>
/// Issue 8's last "Done when": 10,000 deadlines passed at once, two real FollowBot processes sweeping them on their
/// own schedulers and real clocks, one killed with SIGKILL mid-way. Nothing is lost and nothing arrives twice: what
/// was in flight at the crash is sent again by the survivor, and the Playground finds it delivered already.
/// </summary>
public abstract partial class TwoProcessesTests
{
    private const int DueDeals = 10_000;
    private const int Reps = 50;
    private const int Parallelism = 64;

    private static readonly Dictionary<string, string> SweepSettings = new()
    {
        ["FollowBot:Calendar:Enabled"] = "false",
        // A lease of 10 s: far longer than one group of sends takes here even under load (a live host that lost its
        // claim would fail the test), and over long before the survivor is done, so the dead host's rows come back.
        ["FollowBot:Nudges:SweepInterval"] = "00:00:01",
        ["FollowBot:Nudges:ClaimLease"] = "00:00:10",
        ["FollowBot:Nudges:BatchSize"] = "1000",
        ["FollowBot:Nudges:Parallelism"] = Parallelism.ToString(CultureInfo.InvariantCulture),
        ["FollowBot:Nudges:DigestsEnabled"] = "false",
        ["FollowBot:Nudges:MaxNudgesPerDay"] = "100000",

        // Only the owner's first nudge is due: no repeats, escalations ten years away.
        ["FollowBot:Nudges:RepeatCap"] = "0",
        ["FollowBot:Nudges:RepeatEvery"] = "3650.00:00:00",
        ["FollowBot:Nudges:EscalateAfter"] = "3650.00:00:00",
        ["FollowBot:Nudges:EscalateToChannelAfter"] = "3650.00:00:00",
    };

    // About a minute per provider on the shared 2-core machine; figures per run in README "Running several instances".
    [Fact]
    public async Task Ten_thousand_deadlines_falling_due_at_once_across_two_processes_bring_exactly_ten_thousand_nudges_even_when_one_is_killed()
    {
        // Both processes' whole output goes to files as it comes; a failure of any kind names them and keeps them.
        var logs = Directory.CreateTempSubdirectory($"followbot-scale-{Provider}-").FullName;
        try
        {
            await SweepTenThousandAndKillOneAsync(logs);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !Ct.IsCancellationRequested)
        {
            throw new Xunit.Sdk.XunitException($"{ex.GetType().Name}: {ex.Message}\nBoth processes' full output: {logs}", ex);
        }

        Directory.Delete(logs, recursive: true);
    }

    private async Task SweepTenThousandAndKillOneAsync(string logs)
    {
        var clock = Stopwatch.StartNew();

        // The inspector seeds and reads the database; its own scheduler is off, and the processes run on the real clock.
        await using var inspector = new FollowBotApp(Database, new FakeTimeProvider(TimeProvider.System.GetUtcNow()), new() { ["FollowBot:Nudges:Enabled"] = "false" });
        await SeedDueDealsAsync(inspector);
        var seeded = clock.Elapsed;

        var (a, b) = await StartTwoAsync(SweepSettings, logs);
        await using var _ = a;
        await using var __ = b;
        var started = clock.Elapsed;
        var startedAt = TimeProvider.System.GetUtcNow();

        var sentBeforeKill = await PollAsync(inspector, SentNudgesAsync, sent => sent >= 3000, TimeSpan.FromMinutes(3), a, b);
        await a.KillAsync();
        var killedAt = clock.Elapsed;

        var dead = ClaimsOf(a);
        var stranded = await QueryAsync(inspector, db => db.Set<OutboxMessage>()
            .Where(o => o.Rung == Rungs.Nudge && o.Status == OutboxStatus.Pending && o.ClaimedBy!.StartsWith(dead))
            .Select(o => o.Key).ToListAsync(Ct));
        var sentByDead = await QueryAsync(inspector, db => db.Set<OutboxMessage>()
            .CountAsync(o => o.Rung == Rungs.Nudge && o.Status == OutboxStatus.Sent && o.ClaimedBy!.StartsWith(dead), Ct));

        await PollAsync(inspector, SettledNudgesAsync, settled => settled >= DueDeals, TimeSpan.FromMinutes(3), a, b);
        var finished = clock.Elapsed;
        var firstSent = await QueryAsync(inspector, db => db.LoggedMessages.MinAsync(m => m.At, Ct)) - startedAt;

        var nudges = await QueryAsync(inspector, db => db.Set<OutboxMessage>().Where(o => o.Rung == Rungs.Nudge)
            .Select(o => new { o.DealId, o.Status, o.Key, o.ClaimedBy, o.MessageId }).ToListAsync(Ct));
        nudges.Count.ShouldBe(DueDeals);
        nudges.ShouldAllBe(o => o.Status == OutboxStatus.Sent);
        nudges.Select(o => o.DealId).Distinct().Count().ShouldBe(DueDeals);
        var survivor = ClaimsOf(b);
        nudges.Where(o => stranded.Contains(o.Key)).ShouldAllBe(o => o.ClaimedBy!.StartsWith(survivor), "the dead process's claims were taken over when their lease ended");
        sentByDead.ShouldBeGreaterThan(0, "the killed process had sent nudges of its own");
        nudges.Count(o => o.ClaimedBy!.StartsWith(survivor)).ShouldBeGreaterThan(0);

        var log = await QueryAsync(inspector, db => db.LoggedMessages.Select(m => m.Text).ToListAsync(Ct));
        var numbers = log.Select(NudgedDeal).ToList();
        numbers.ShouldAllBe(n => n >= 1 && n <= DueDeals);
        numbers.Distinct().Count().ShouldBe(DueDeals, "no nudge lost");
        numbers.Count.ShouldBe(DueDeals, "no nudge twice");

        // A row the Playground found delivered already has no message id of its own: those are the dead process's
        // last group, which it wrote but could not record. Any other would mean a live host's claim was taken over.
        var resent = nudges.Where(o => o.MessageId == null).Select(o => o.Key).ToList();
        resent.ShouldAllBe(key => stranded.Contains(key), "only rows the dead process held were sent again");
        resent.Count.ShouldBeLessThanOrEqualTo(Parallelism, "only the group in flight at the crash was sent again");

        TestContext.Current.SendDiagnosticMessage(string.Create(CultureInfo.InvariantCulture,
            $"{Provider}: seeded {DueDeals} deals in {seeded.TotalSeconds:F1}s; processes up after {started.TotalSeconds:F1}s; first nudge {firstSent.TotalSeconds:F1}s later (planning); killed one at {sentBeforeKill} sent ({killedAt.TotalSeconds:F1}s, it had sent {sentByDead}, {stranded.Count} claimed rows stranded); all {DueDeals} sent at {finished.TotalSeconds:F1}s ({(finished - started).TotalSeconds:F1}s of sweeping); {resent.Count} sent again and found delivered already"));
    }

    /// <summary>50 reps who have each talked to FollowBot once (so the Playground can reach them) and 10,000 open deals a minute overdue.</summary>
    private async Task SeedDueDealsAsync(FollowBotApp app)
    {
        for (var i = 0; i < Reps; i++)
        {
            await app.SayAsync($"rep{i:00}", "help");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var workspace = (await sp.GetRequiredService<IWorkspaceStore>().FindByKeyAsync("playground", Ct))!;
        var members = await sp.GetRequiredService<IMemberStore>().ListAsync(workspace.Id, Ct);
        members.Count.ShouldBe(Reps);
        var first = sp.GetRequiredService<WorkspaceSettings>().Pipeline.First;
        var db = sp.GetRequiredService<FollowBotDbContext>();
        var now = app.Clock.GetUtcNow();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var n = 1; n <= DueDeals; n++)
        {
            db.Deals.Add(new Deal(workspace.Id, n, $"Company {n}", members[n % Reps].Id, "CNY", first, now.AddMinutes(-1), now.AddDays(-1)));
        }

        // One SaveChanges: one transaction, batched inserts.
        await db.SaveChangesAsync(Ct);
    }

    private Task<int> SentNudgesAsync(FollowBotApp inspector) => QueryAsync(inspector, db =>
        db.Set<OutboxMessage>().CountAsync(o => o.Rung == Rungs.Nudge && o.Status == OutboxStatus.Sent, Ct));

    private Task<int> SettledNudgesAsync(FollowBotApp inspector) => QueryAsync(inspector, db =>
        db.Set<OutboxMessage>().CountAsync(o => o.Rung == Rungs.Nudge && o.Status != OutboxStatus.Pending, Ct));

    /// <summary>Asks the database every 200 ms (real time: the processes run on the real clock) until <paramref name="done"/>, for at most <paramref name="limit"/>.</summary>
    private static async Task<int> PollAsync(FollowBotApp inspector, Func<FollowBotApp, Task<int>> probe, Func<int, bool> done, TimeSpan limit, params FollowBotProcess[] processes)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        deadline.CancelAfter(limit);
        using var every = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        var value = 0;
        try
        {
            while (!done(value = await probe(inspector)))
            {
                ThrowIfOneExited(processes);
                await every.WaitForNextTickAsync(deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
        {
            throw new TimeoutException($"Still {value} after {limit}.\n" + string.Join("\n---\n", processes.Select(p => p.Output[^Math.Min(4000, p.Output.Length)..])));
        }

        return value;
    }

    /// <summary>The test's own kill is expected; any other end (a crash, a signal from outside) is the failure to report.</summary>
    private static void ThrowIfOneExited(FollowBotProcess[] processes)
    {
        if (processes.FirstOrDefault(p => p.HasExited && !p.Killed) is { } gone)
        {
            throw new InvalidOperationException($"FollowBot ({gone.Instance}, pid {gone.ProcessId}) exited on its own with code {gone.ExitCode}; its last output:\n{gone.Output[^Math.Min(4000, gone.Output.Length)..]}");
        }
    }

    private static async Task<T> QueryAsync<T>(FollowBotApp inspector, Func<FollowBotDbContext, Task<T>> query)
    {
        await using var scope = inspector.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FollowBotDbContext>());
    }

    /// <summary>The prefix of every claim one process makes (see <see cref="Claimant"/>).</summary>
    private static string ClaimsOf(FollowBotProcess process) =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{process.ProcessId}/");

    private static int NudgedDeal(string? text) =>
        text is not null && NudgeText().Match(text) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"#(\d+) ")]
    private static partial Regex NudgeText();
}
