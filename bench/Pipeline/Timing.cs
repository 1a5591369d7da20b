using System.Diagnostics;

namespace FollowBot.Bench.Pipeline;

/// <summary>
/// Median and p90 of repeated runs after warm-up: wall time, the process's CPU time (what the run itself cost,
/// whatever else the shared machine is doing), and the managed bytes one run allocates.
/// </summary>
internal sealed record Timing(string Name, double MedianMs, double P90Ms, double CpuMedianMs, long AllocatedBytes)
{
    public static async Task<Timing> MeasureAsync(string name, int warmups, int runs, Func<Task> work)
    {
        for (var i = 0; i < warmups; i++)
        {
            await work();
        }

        var process = Process.GetCurrentProcess();
        var times = new List<double>();
        var cpu = new List<double>();
        long allocated = 0;
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated = Math.Max(allocated, GC.GetTotalAllocatedBytes(precise: true) - before);
        }

        times.Sort();
        cpu.Sort();
        return new Timing(name, times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.9) - 1], cpu[cpu.Count / 2], allocated);
    }

    /// <summary>The 1-minute load average (Linux), to read the wall times against: 2 cores are busy at 2.0.</summary>
    public static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    public override string ToString() =>
        $"| {Name} | {MedianMs:0.0} | {P90Ms:0.0} | {CpuMedianMs:0} | {AllocatedBytes / 1024.0:#,0} |";
}
