using System.Diagnostics;

namespace FollowBot.Bench.Channels;

/// <summary>
/// The measuring steps every target goes through: start (time to /healthz, idle memory), a warm-up, full load with
/// wrk's connections for the set duration, then a paced run at a fixed rate, and memory after the load.
/// </summary>
internal sealed class Bench(Settings settings, FakeMicrosoft microsoft, Wrk wrk, string work)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private readonly Dictionary<ServerProcess, Measurement> _started = [];

    public async Task<ServerProcess> StartAsync(string name, string file, string[] args, IReadOnlyDictionary<string, string> env, string origin)
    {
        var server = await ServerProcess.StartAsync(name, settings.ServerCpus, file, args, env, work, origin + "/healthz");
        await Task.Delay(Settle); // idle: start-up work (migrations, schedulers, JIT of the first request) is over
        _started[server] = new Measurement(name, "") { Startup = server.StartupTime, IdleMiB = server.ResidentMiB() };
        Console.WriteLine($"{name}: up in {server.StartupTime.TotalMilliseconds:F0} ms, {_started[server].IdleMiB:F0} MiB idle");
        return server;
    }

    public async Task<Measurement> SlackAsync(string target, ServerProcess server, string url, IReadOnlyDictionary<string, string> load)
    {
        var m = Fresh(target, "Slack", server);
        await wrk.RunAsync(url, settings.Connections, settings.Warmup, load);
        m.Full = await wrk.RunAsync(url, settings.Connections, settings.Duration, load);
        m.Paced = await wrk.RunAsync(url, settings.PacedConnections, settings.Duration, load, settings.PacedRate);
        m.LoadedMiB = server.ResidentMiB();
        Console.WriteLine($"{target} Slack: {m.Full.PerSecond:F0}/s ({m.Full.Errors} errors), paced p99 {m.Paced.P99Us / 1000.0:F1} ms");
        return m;
    }

    public async Task<Measurement> TeamsAsync(string target, ServerProcess server, string url, IReadOnlyDictionary<string, string> load)
    {
        var m = Fresh(target, "Teams", server);
        await wrk.RunAsync(url, settings.Connections, settings.Warmup, load);
        await DrainAsync(int.MaxValue);

        microsoft.Replies.Reset();
        var started = DateTimeOffset.UtcNow;
        m.Full = await wrk.RunAsync(url, settings.Connections, settings.Duration, load);
        await DrainAsync(m.Full.Requests - m.Full.Status);
        Console.WriteLine($"  full: {m.Full.Requests} sent, {m.Full.Status} refused, {microsoft.Replies.Count} replies, the last {(microsoft.Replies.Last - started).TotalSeconds:F1} s after the start");
        m.RepliesPerSecond = microsoft.Replies.Count / (microsoft.Replies.Last - started).TotalSeconds;

        microsoft.Replies.Reset();
        m.Paced = await wrk.RunAsync(url, settings.PacedConnections, settings.Duration, load, settings.PacedRate);
        await DrainAsync(m.Paced.Requests - m.Paced.Status);
        var reply = microsoft.Replies.Percentiles(50, 90, 99, 100);
        (m.ReplyP50Us, m.ReplyP99Us) = (reply[0], reply[2]);
        Console.WriteLine($"  paced: {m.Paced.Requests} sent, {m.Paced.Status} refused, {microsoft.Replies.Count} replies; reply p50/p90/p99/max {reply[0] / 1000.0:F1}/{reply[1] / 1000.0:F1}/{reply[2] / 1000.0:F1}/{reply[3] / 1000.0:F1} ms");
        m.LoadedMiB = server.ResidentMiB();
        Console.WriteLine($"{target} Teams: {m.Full.PerSecond:F0} acks/s ({m.Full.Errors} errors), {m.RepliesPerSecond:F0} replies/s, paced reply p99 {m.ReplyP99Us / 1000.0:F1} ms");
        return m;
    }

    private Measurement Fresh(string target, string channel, ServerProcess server)
    {
        var started = _started[server];
        return new Measurement(target, channel) { Startup = started.Startup, IdleMiB = started.IdleMiB };
    }

    /// <summary>Waits until the connector has every reply it should get, or none came for ten seconds.</summary>
    private async Task DrainAsync(long expected)
    {
        var quiet = Stopwatch.StartNew();
        var seen = microsoft.Replies.Count;
        while (microsoft.Replies.Count < expected && quiet.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
            if (microsoft.Replies.Count != seen)
            {
                seen = microsoft.Replies.Count;
                quiet.Restart();
            }
        }
    }
}
