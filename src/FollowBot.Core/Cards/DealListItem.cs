namespace FollowBot.Core.Cards;

public sealed record DealListItem
{
    public required int Number { get; init; }

    public required string Company { get; init; }

    public required string StageName { get; init; }

    public required string Owner { get; init; }

    public string? Due { get; init; }

    public bool Overdue { get; init; }

    public string? Amount { get; init; }
}
