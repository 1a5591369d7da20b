namespace FollowBot.Core.Cards;

/// <summary>
/// The <see cref="CardId.Nudge"/> card to a stage owner: which deal, how late, and the buttons Done/advance,
/// Snooze (with reason presets), Reassign and Open. Every button carries <see cref="Tag"/>, so a click on an old
/// nudge is answered as out of date instead of acting on a deal that has moved on.
/// </summary>
public sealed record NudgeView
{
    public required int Number { get; init; }

    public required string Company { get; init; }

    /// <summary>The headline, e.g. "Deadline passed" or "Follow-up reminder".</summary>
    public required string Title { get; init; }

    /// <summary>One sentence: stage and how late, e.g. "Needs &amp; quote was due Tue 2 Dec, 17:00 — 3 business hours ago."</summary>
    public required string Summary { get; init; }

    public required string StageName { get; init; }

    public required string Owner { get; init; }

    public string? Due { get; init; }

    public string? Amount { get; init; }

    /// <summary>The reminder's own text (remind rung only).</summary>
    public string? Note { get; init; }

    /// <summary>"Reminder 2 of 4" on repeats; null on the first.</summary>
    public string? Repeat { get; init; }

    /// <summary>Opaque: what this nudge was about (see <c>NudgeTag</c>).</summary>
    public required string Tag { get; init; }

    /// <summary>Snooze reasons offered as presets, in the reader's language.</summary>
    public required IReadOnlyList<ChoiceItem> Reasons { get; init; }
}
