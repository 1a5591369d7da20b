namespace FollowBot.Core.FollowUps;

/// <summary>One workspace's team channel for the last rung of the ladder: the channel and its opaque address.</summary>
public sealed class TeamChannelOptions
{
    /// <summary>The workspace key: <c>playground</c>, <c>slack:T123</c>, <c>teams:&lt;tenant&gt;</c>.</summary>
    public string Workspace { get; set; } = "";

    /// <summary>The channel that posts there: <c>playground</c>, <c>slack</c> or <c>teams</c>.</summary>
    public string Channel { get; set; } = "";

    /// <summary>What that channel's publisher understands (a Slack channel id, a Teams conversation reference, a Playground name).</summary>
    public string Address { get; set; } = "";

    /// <summary>Shown in timelines and logs, e.g. <c>#sales</c>.</summary>
    public string? Name { get; set; }
}
