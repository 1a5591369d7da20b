using System.Diagnostics.Metrics;

namespace FollowBot.Teams.Outbound;

/// <summary>Counts of proactive deliveries (meter <c>FollowBot.Teams</c>), for dashboards and alerts.</summary>
internal sealed class TeamsMetrics
{
    public const string MeterName = "FollowBot.Teams";

    public TeamsMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        Delivered = meter.CreateCounter<long>("followbot.teams.proactive.delivered");
        Failed = meter.CreateCounter<long>("followbot.teams.proactive.failed");
    }

    public Counter<long> Delivered { get; }

    public Counter<long> Failed { get; }
}
