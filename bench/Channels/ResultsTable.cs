using System.Globalization;
using System.Text;

namespace FollowBot.Bench.Channels;

/// <summary>bench/results.md: every target's figures, then the ratios against the goals of issue 9.</summary>
internal static class ResultsTable
{
    /// <summary>The signed floor's row: bench/Ceiling doing FollowBot's Slack request handling before any command work.</summary>
    public const string Floor = "ASP.NET Core + FollowBot's Slack signature check and form parsing (constant ack)";

    public static string Write(Settings settings, IReadOnlyList<Measurement> results)
    {
        var s = new StringBuilder();
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        s.AppendLine("# FollowBot against Bolt, botbuilder and the bare ASP.NET Core ceiling");
        s.AppendLine();
        s.AppendLine(Invariant($"Written by `bench/run.sh` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC. Machine: {settings.Cores} cores ({cpu}); every server pinned to core(s) {settings.ServerCpus ?? "any"}, wrk and the stub Microsoft/Slack endpoints to core(s) {settings.LoadCpus ?? "any"}."));
        s.AppendLine(Invariant($"Load: wrk with `bench/Channels/load.lua`, {settings.Connections} connections for {settings.Duration.TotalSeconds:F0} s after a {settings.Warmup.TotalSeconds:F0} s warm-up; then {settings.PacedRate} requests/s over {settings.PacedConnections} connections for {settings.Duration.TotalSeconds:F0} s."));
        s.AppendLine(Invariant($"Slack: signed `/follow mine` (fresh timestamp and HMAC per request) from a member with {settings.SlackDeals:N0} open deals. Teams: `mine` message activities from {settings.TeamsMembers:N0} members in turn, each with a deal, replies to a stub connector; FollowBot checks each activity's JWT, botbuilder runs with auth off as the issue asks. FollowBot runs its nudge sweeps as usual, with morning digests off (a fresh database's members would all get theirs during the run after 09:00 Shanghai time)."));
        s.AppendLine("Signed floor (informational): `bench/Ceiling` at `/slack/commands-signed`, reading the body, checking the signature and parsing the form with FollowBot.Slack's own code, then answering a constant ephemeral acknowledgement like the Bolt app's; the same Slack requests.");
        s.AppendLine("Teams throughput counts activities answered at the stub connector (first reply of each; FollowBot answers `mine` with a line and a card, acknowledges first and replies from its queue; botbuilder replies before it answers). Refused: FollowBot answers 503 with Retry-After when its queue is full, and Teams sends the activity again; wrk counts those, with socket errors, as not 2xx.");
        s.AppendLine();
        s.AppendLine("| target | channel | start-up to /healthz | memory idle | memory after load | throughput | not 2xx or failed | latency at full load p50 / p99 | latency at 200/s p50 / p99 |");
        s.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in results)
        {
            var full = m.Full!;
            var paced = m.Paced!;
            var pacedLatency = m.ReplyP99Us is { } r99
                ? Invariant($"{Ms(m.ReplyP50Us!.Value)} / {Ms(r99)} (reply); ack {Ms(paced.P50Us)} / {Ms(paced.P99Us)}")
                : Invariant($"{Ms(paced.P50Us)} / {Ms(paced.P99Us)}");
            var throughput = m.RepliesPerSecond is { } rps ? Invariant($"{rps:N0} answered/s ({full.PerSecond:N0} HTTP answers/s)") : Invariant($"{full.PerSecond:N0} /s");
            s.AppendLine(Invariant($"| {m.Target} | {m.Channel} | {m.Startup.TotalMilliseconds:N0} ms | {m.IdleMiB:N0} MiB | {m.LoadedMiB:N0} MiB | {throughput} | {full.Errors + paced.Errors} | {Ms(full.P50Us)} / {Ms(full.P99Us)} | {pacedLatency} |"));
        }

        s.AppendLine();
        s.AppendLine("| goal (issue 9) | measured | met |");
        s.AppendLine("|---|---:|:---:|");
        var slack = results.SingleOrDefault(m => m.Target == "FollowBot" && m.Channel == "Slack");
        var teams = results.SingleOrDefault(m => m.Target == "FollowBot" && m.Channel == "Teams");
        var bolt = results.SingleOrDefault(m => m.Target.StartsWith("Bolt", StringComparison.Ordinal));
        var echo = results.SingleOrDefault(m => m.Target.StartsWith("botbuilder", StringComparison.Ordinal));
        var ceiling = results.SingleOrDefault(m => m.Target.StartsWith("bare", StringComparison.Ordinal));
        if (slack is not null && bolt is not null)
        {
            Goal(s, "Slack: FollowBot ≥ 3× Bolt", slack.Throughput / bolt.Throughput, 3, "×");
        }

        if (teams is not null && echo is not null)
        {
            Goal(s, "Teams: FollowBot ≥ 8× botbuilder", teams.Throughput / echo.Throughput, 8, "×");
        }

        if (slack is not null && ceiling is not null)
        {
            Goal(s, "Slack: FollowBot ≥ 25% of the ceiling", 100 * slack.Throughput / ceiling.Throughput, 25, "%");
        }

        if (slack is not null)
        {
            Goal(s, "Slack p99 at 200/s < 50 ms", slack.Paced!.P99Us / 1000.0, 50, " ms", lower: true);
        }

        if (teams is not null)
        {
            Goal(s, "Teams p99 at 200/s (activity → reply) < 50 ms", teams.ReplyP99Us!.Value / 1000.0, 50, " ms", lower: true);
        }

        if ((slack ?? teams) is { } followBot)
        {
            Goal(s, "FollowBot start-up < 1.5 s", followBot.Startup.TotalMilliseconds, 1500, " ms", lower: true);
            Goal(s, "FollowBot idle memory < 150 MB", followBot.IdleMiB * 1.048576, 150, " MB", lower: true);
        }

        Budget(s, settings.ServerCoreCount, bolt, results.SingleOrDefault(m => m.Target == Floor), slack);
        return s.ToString();
    }

    /// <summary>
    /// Server core time per Slack request: what 3× Bolt's rate leaves, what the signed floor spends (the request
    /// handling alone) and what FollowBot spends; assumes the server cores were busy throughout the full-load run.
    /// </summary>
    private static void Budget(StringBuilder s, int cores, Measurement? bolt, Measurement? floor, Measurement? slack)
    {
        if (bolt is null || floor is null)
        {
            return;
        }

        double Us(double perSecond) => cores * 1e6 / perSecond;
        var budget = Us(3 * bolt.Throughput);
        var floorUs = Us(floor.Throughput);
        var (coreText, second) = cores == 1 ? ("the server's one core", "1 s") : (Invariant($"the server's {cores} cores"), Invariant($"{cores} s"));
        s.AppendLine();
        s.Append(Invariant($"Per Slack request, on {coreText}: 3× Bolt leaves {budget:N1} µs ({second} / (3 × {bolt.Throughput:N0}/s)); the signed floor takes {floorUs:N1} µs ({second} / {floor.Throughput:N0}/s), {100 * floorUs / budget:N0}% of that budget"));
        if (slack is not null)
        {
            var slackUs = Us(slack.Throughput);
            s.Append(Invariant($"; FollowBot takes {slackUs:N1} µs ({second} / {slack.Throughput:N0}/s), {slackUs / budget:N1}× the budget, {slackUs - floorUs:N1} µs of it beyond the floor"));
        }

        s.AppendLine(".");
    }

    private static void Goal(StringBuilder s, string goal, double value, double bound, string unit, bool lower = false)
    {
        var met = lower ? value < bound : value >= bound;
        s.AppendLine(Invariant($"| {goal} | {value:N2}{unit} | {(met ? "yes" : "**no**")} |"));
    }

    private static string Ms(long micros) => Invariant($"{micros / 1000.0:N1} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
