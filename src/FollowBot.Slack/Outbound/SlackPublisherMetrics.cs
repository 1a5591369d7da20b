using System.Diagnostics.Metrics;

namespace FollowBot.Slack.Outbound;

/// <summary>Counters for proactive Slack messages (meter <c>FollowBot.Slack</c>): how many went out, how many could not.</summary>
public sealed class SlackPublisherMetrics
{
    public const string MeterName = "FollowBot.Slack";

    public SlackPublisherMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        Delivered = meter.CreateCounter<long>("followbot.slack.messages.delivered", description: "Proactive messages posted to Slack");
        Failed = meter.CreateCounter<long>("followbot.slack.messages.failed", description: "Proactive messages that could not reach a member");
    }

    public Counter<long> Delivered { get; }

    public Counter<long> Failed { get; }
}
