namespace FollowBot.Bench.Channels;

/// <summary>What one target did: start-up, memory, full-load throughput, and latency at a fixed request rate.</summary>
internal sealed record Measurement(string Target, string Channel)
{
    public TimeSpan Startup { get; set; }

    public double IdleMiB { get; set; }

    public double LoadedMiB { get; set; }

    public WrkResult? Full { get; set; }

    public WrkResult? Paced { get; set; }

    /// <summary>Teams: replies the stub connector received per second under full load (the work finished, not just acknowledged).</summary>
    public double? RepliesPerSecond { get; set; }

    /// <summary>Teams: activity sent → reply at the connector, at the fixed rate (µs).</summary>
    public long? ReplyP50Us { get; set; }

    public long? ReplyP99Us { get; set; }

    /// <summary>The figure the ratios compare: finished replies per second for Teams, answered requests per second for Slack.</summary>
    public double Throughput => RepliesPerSecond ?? Full?.PerSecond ?? 0;
}
