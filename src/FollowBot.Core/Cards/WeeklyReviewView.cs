namespace FollowBot.Core.Cards;

/// <summary>
/// The <see cref="CardId.WeeklyReview"/> card for managers: last week's breaches by stage and by rep, the snooze
/// reasons given, and the on-time rate (stage exits before their deadline ÷ all stage exits).
/// </summary>
public sealed record WeeklyReviewView
{
    public required string Title { get; init; }

    /// <summary>e.g. "Mon 23 Nov – Sun 29 Nov".</summary>
    public required string Period { get; init; }

    /// <summary>e.g. "82%"; "—" when no deal left a stage.</summary>
    public required string OnTimeRate { get; init; }

    /// <summary>e.g. "14 of 17 stage exits were on time."</summary>
    public required string OnTimeDetail { get; init; }

    public IReadOnlyList<ReviewCount> ByStage { get; init; } = [];

    public IReadOnlyList<ReviewCount> ByRep { get; init; } = [];

    public IReadOnlyList<ReviewCount> SnoozeReasons { get; init; } = [];

    /// <summary>Shown when the team missed no deadline.</summary>
    public string? NoBreaches { get; init; }
}
