namespace FollowBot.Core.Cards;

/// <summary>
/// The <see cref="CardId.Deal"/> card. Every text is display-ready in the member's language (formatted money,
/// local dates, localized stage and status names); optional ones are null when there is nothing to show.
/// </summary>
public sealed record DealView
{
    public required int Number { get; init; }

    public required string Company { get; init; }

    public required string StageName { get; init; }

    public required string Status { get; init; }

    /// <summary>False for won and lost deals: the card then shows no action buttons.</summary>
    public required bool IsOpen { get; init; }

    public required string Owner { get; init; }

    public required string StageOwner { get; init; }

    public string? Amount { get; init; }

    public string? Grade { get; init; }

    public string? Contact { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Source { get; init; }

    /// <summary>The stage deadline, e.g. "Tue 3 Dec, 17:00".</summary>
    public string? Due { get; init; }

    public bool Overdue { get; init; }

    public string? NextFollowUp { get; init; }

    public string? NextFollowUpNote { get; init; }

    /// <summary>Newest first, already cut to what fits a card (about 10 entries).</summary>
    public IReadOnlyList<DealTimelineItem> Timeline { get; init; } = [];
}
