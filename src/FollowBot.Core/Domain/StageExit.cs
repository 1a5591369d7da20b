namespace FollowBot.Core.Domain;

/// <summary>
/// A deal leaving a stage: what the on-time rate counts and what a past period's pipeline is rebuilt from.
/// Written by the store in the same transaction as the move, from the deal as it stood in the stage it left.
/// </summary>
public sealed class StageExit
{
    private StageExit()
    {
        Stage = ToStage = Currency = "";
    }

    /// <summary>What the deal was in <paramref name="stage"/>: its owners, deadline and value when it left at <paramref name="exitedAt"/>.</summary>
    public StageExit(
        WorkspaceId workspaceId,
        DealId dealId,
        string stage,
        string toStage,
        MemberId ownerId,
        MemberId stageOwnerId,
        DateTimeOffset enteredAt,
        DateTimeOffset? dueAt,
        DateTimeOffset exitedAt,
        Money? value,
        string currency)
    {
        Id = Guid.CreateVersion7();
        WorkspaceId = workspaceId;
        DealId = dealId;
        Stage = stage;
        ToStage = toStage;
        OwnerId = ownerId;
        StageOwnerId = stageOwnerId;
        EnteredAt = enteredAt;
        DueAt = dueAt;
        ExitedAt = exitedAt;
        Amount = value?.Amount;
        Currency = value?.Currency ?? currency;
    }

    public Guid Id { get; private set; }
    public WorkspaceId WorkspaceId { get; private set; }
    public DealId DealId { get; private set; }

    /// <summary>The stage left.</summary>
    public string Stage { get; private set; }

    public string ToStage { get; private set; }
    public MemberId OwnerId { get; private set; }
    public MemberId StageOwnerId { get; private set; }
    public DateTimeOffset EnteredAt { get; private set; }

    /// <summary>The deadline in force when the deal left (after any snooze or <c>due=</c>); null when the stage had none.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public DateTimeOffset ExitedAt { get; private set; }
    public decimal? Amount { get; private set; }
    public string Currency { get; private set; }

    /// <summary>Left at or before the deadline (<see cref="Deal.IsOverdue"/> counts a deadline as missed only once passed).</summary>
    public bool OnTime => DueAt is { } due && ExitedAt <= due;
}
