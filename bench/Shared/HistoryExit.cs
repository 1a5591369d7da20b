namespace FollowBot.Bench.Shared;

/// <summary>A stage a <see cref="HistoryDeal"/> left (its owner held it; amount and currency are the deal's).</summary>
internal sealed record HistoryExit(Guid Id, string Stage, string ToStage, DateTimeOffset EnteredAt, DateTimeOffset DueAt, DateTimeOffset ExitedAt);
