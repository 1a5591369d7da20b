namespace FollowBot.Core.Cards;

/// <summary>
/// The <see cref="CardId.Digest"/> card, the morning digest: overdue, due today, at risk (due within one business
/// day). Nudges held back by the daily budget are counted in <see cref="Folded"/>; admins also see messages that
/// could not be delivered.
/// </summary>
public sealed record DigestView
{
    public required string Title { get; init; }

    public required string Summary { get; init; }

    public IReadOnlyList<DealListItem> Overdue { get; init; } = [];

    public IReadOnlyList<DealListItem> DueToday { get; init; } = [];

    public IReadOnlyList<DealListItem> AtRisk { get; init; } = [];

    /// <summary>"3 reminders were held back today…"; null when none were.</summary>
    public string? Folded { get; init; }

    /// <summary>Admins only: one line per message given up since the last digest.</summary>
    public IReadOnlyList<string> Failures { get; init; } = [];

    /// <summary>Shown when there is nothing at all.</summary>
    public string? EmptyText { get; init; }
}
