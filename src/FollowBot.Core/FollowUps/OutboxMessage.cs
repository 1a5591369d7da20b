using FollowBot.Core.Domain;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// One message FollowBot sends on its own initiative, stored before it is sent (product §6: exactly once). A deal's
/// rows are unique by (deal, stage, rung, deadline); digests and reviews by their <see cref="Key"/>.
/// </summary>
public sealed record OutboxMessage
{
    /// <summary>The row's identity, built from the fields it is unique by (see <see cref="KeyFor"/>).</summary>
    public required string Key { get; init; }

    public required WorkspaceId WorkspaceId { get; init; }

    /// <summary>Null for digests and reviews.</summary>
    public DealId? DealId { get; init; }

    /// <summary>The stage key the rung is about; empty for digests and reviews.</summary>
    public string Stage { get; init; } = "";

    /// <summary>One of <see cref="Rungs"/>.</summary>
    public required string Rung { get; init; }

    /// <summary>The deadline (or reminder time) the rung belongs to; for digests the moment they are for.</summary>
    public required DateTimeOffset Deadline { get; init; }

    /// <summary>Known from the start for digests; for deal rungs, whom it was finally sent to.</summary>
    public MemberId? RecipientId { get; init; }

    /// <summary>When the rung is reached.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Not sent before this: quiet hours and retry backoff push it later.</summary>
    public required DateTimeOffset NotBefore { get; init; }

    public OutboxStatus Status { get; init; }

    public int Attempts { get; init; }

    public string? LastError { get; init; }

    public string? ClaimedBy { get; init; }

    public DateTimeOffset? ClaimedUntil { get; init; }

    /// <summary>When the row left <see cref="OutboxStatus.Pending"/> (sent, stopped, folded, skipped or given up).</summary>
    public DateTimeOffset? SettledAt { get; init; }

    public string? Channel { get; init; }

    /// <summary>The channel's id for the sent message (Teams activity id, Slack ts, Playground log id).</summary>
    public string? MessageId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The key of a deal rung: deal, stage, rung and deadline (UTC ticks, so a clock change can't make two).</summary>
    public static string KeyFor(DealId deal, string stage, string rung, DateTimeOffset deadline) =>
        $"{deal.Value:N}:{stage}:{rung}:{deadline.UtcTicks}";

    /// <summary>The key of a digest or review: the member and the local day it is for.</summary>
    public static string KeyFor(MemberId member, string rung, DateOnly day) =>
        $"{member.Value:N}:{rung}:{day:yyyy-MM-dd}";
}
