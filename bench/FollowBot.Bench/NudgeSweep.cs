using System.Diagnostics;
using FollowBot.Bench.Shared;
using FollowBot.Core.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Bench;

/// <summary>
/// The follow-up engine on issue 5's workload (<see cref="DueDeals"/>, as bench/FollowUps): the Host's services with
/// a counting channel beside the real ones, the clock moved past the minute in which the deadlines fall, then
/// sweeps back to back (plan the ladders, claim the due outbox rows, publish, record) until nothing is left. Timed
/// from the first sweep to the moment the last nudge is handed to the publisher.
/// </summary>
internal static class NudgeSweep
{
    // As bench/FollowUps: every hour a working hour, so only the deadlines decide (the Host's defaults otherwise).
    private static readonly Dictionary<string, string?> Settings = new() { ["FollowBot:Calendar:Enabled"] = "false" };

    public sealed record Result(int Deals, int Nudges, int Sweeps, TimeSpan Seed, TimeSpan Handed)
    {
        public double PerSecond => Nudges / Handed.TotalSeconds;
    }

    public static async Task<Result> RunAsync(BenchDatabase database, int deals)
    {
        var clock = new BenchClock(DueDeals.Minute.AddDays(-1));
        var publisher = new CountingPublisher();
        await using var app = await BenchApp.StartAsync(database, clock, services => services.AddSingleton<IChatPublisher>(publisher), Settings);
        var seed = Stopwatch.StartNew();
        var due = await DueDeals.SeedAsync(app.Services, deals);
        seed.Stop();

        clock.Now = DueDeals.SweepAt;
        var start = Stopwatch.GetTimestamp();
        var sweeps = await SweepUntilDone.RunAsync(app.Services);
        return publisher.Count == due
            ? new Result(deals, due, sweeps, seed.Elapsed, Stopwatch.GetElapsedTime(start, publisher.LastAt))
            : throw new InvalidOperationException($"{publisher.Count} nudges handed to the publisher, {due} deals were due.");
    }
}
