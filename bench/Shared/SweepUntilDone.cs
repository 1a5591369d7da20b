using System.Diagnostics;
using System.Globalization;
using FollowBot.Core.FollowUps;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Bench.Shared;

/// <summary>
/// What the Host's Quartz job does every <c>SweepInterval</c> (a <see cref="FollowUpSweeper"/> in a scope of its
/// own), back to back until a sweep neither plans nor sends anything.
/// </summary>
internal static class SweepUntilDone
{
    /// <summary>Runs the sweeps and returns how many ran, the last one included.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, Action<string>? progress = null)
    {
        var watch = Stopwatch.StartNew();
        for (var sweeps = 1; ; sweeps++)
        {
            await using var scope = services.CreateAsyncScope();
            var tally = await scope.ServiceProvider.GetRequiredService<FollowUpSweeper>().SweepAsync(default);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"  sweep {sweeps} at {watch.Elapsed.TotalSeconds:F2} s: {tally}"));
            if (tally.Sent == 0 && tally.Planned == 0)
            {
                return sweeps;
            }
        }
    }
}
