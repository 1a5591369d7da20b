using FollowBot.Core.Domain;

namespace FollowBot.Core.FollowUps;

/// <summary>What the planner needs of an open deal whose deadline, reminder or snooze count calls for a ladder.</summary>
public sealed record DueDeal(
    DealId Id,
    WorkspaceId WorkspaceId,
    string Stage,
    DateTimeOffset? StageDueAt,
    DateTimeOffset? NextFollowUpAt,
    int SnoozeCount);
