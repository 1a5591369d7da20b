using System.Diagnostics;

namespace FollowBot.Bench.Pipeline;

/// <summary>Median and worst of repeated runs after warm-up, with the managed bytes one run allocates.</summary>
internal sealed record Timing(string Name, double MedianMs, double P90Ms, double MaxMs, long AllocatedBytes)
{
    public static async Task<Timing> MeasureAsync(string name, int warmups, int runs, Func<Task> work)
    {
        for (var i = 0; i < warmups; i++)
        {
            await work();
        }

        var times = new List<double>();
        long allocated = 0;
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocated = Math.Max(allocated, GC.GetTotalAllocatedBytes(precise: true) - before);
        }

        times.Sort();
        return new Timing(name, times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.9) - 1], times[^1], allocated);
    }

    public override string ToString() =>
        $"| {Name} | {MedianMs:0.0} | {P90Ms:0.0} | {MaxMs:0.0} | {AllocatedBytes / 1024.0:#,0} |";
}
