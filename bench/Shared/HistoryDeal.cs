namespace FollowBot.Bench.Shared;

/// <summary>One deal of <see cref="PipelineHistory"/>, with the stage exits that got it where it is.</summary>
internal sealed record HistoryDeal(
    Guid Id,
    int Number,
    Guid Owner,
    decimal Amount,
    string Currency,
    string Stage,
    int Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset StageEnteredAt,
    DateTimeOffset? StageDueAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<HistoryExit> Exits)
{
    public string Company => $"Company {Number}";
}
