namespace FollowBot.Core.Cards;

/// <summary>
/// The <see cref="CardId.Escalation"/> card to a manager or the team channel: whose deal is stuck, why it came up
/// (overdue for so long, or snoozed too often) and the buttons Reassign and Open, tagged like a nudge's.
/// </summary>
public sealed record EscalationView
{
    public required int Number { get; init; }

    public required string Company { get; init; }

    public required string Title { get; init; }

    /// <summary>Why this came up, e.g. "Li Na's deal is 4 business hours past its deadline."</summary>
    public required string Reason { get; init; }

    public required string StageName { get; init; }

    public required string StageOwner { get; init; }

    public string? Due { get; init; }

    public string? Amount { get; init; }

    /// <summary>"4" when snoozed; null when never.</summary>
    public string? Snoozes { get; init; }

    public required string Tag { get; init; }
}
