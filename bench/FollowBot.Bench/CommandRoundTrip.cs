using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FollowBot.Bench;

/// <summary>
/// The hot path of every chat message: a <c>lead</c> and an <c>update</c> of that deal through the command engine,
/// each as its own request (scope, context, connection from the pool), from <c>clients</c> members at once.
/// </summary>
internal static partial class CommandRoundTrip
{
    public static async Task<Measurements> RunAsync(BenchApp app, int pairs, int clients)
    {
        for (var i = 0; i < 20; i++)
        {
            await PairAsync(app, $"warm{i % clients}", i); // JIT, EF's compiled queries, pools
        }

        var latencies = new ConcurrentBag<double>();
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < pairs)
            {
                var start = Stopwatch.GetTimestamp();
                await PairAsync(app, $"rep{client}", i);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })));
        return new Measurements([.. latencies], wall.Elapsed);
    }

    private static async Task PairAsync(BenchApp app, string user, int i)
    {
        var created = await app.SayAsync(user, $"lead \"Bench {i}\" value=5000");
        var number = int.Parse(DealNumber().Match(created.Replies[0].Text ?? "").Groups[1].Value, CultureInfo.InvariantCulture);
        await app.SayAsync(user, $"update {number} value=6000 grade=A");
    }

    [GeneratedRegex(@"#(\d+)")]
    private static partial Regex DealNumber();
}
