namespace FollowBot.Core.Domain;

/// <summary>
/// The tracked record (product §3): a lead while in stage <c>lead</c>, an order after. State changes go through
/// methods that keep the invariants; each returns what changed so the handler can write the timeline.
/// </summary>
public sealed partial class Deal
{
    private Deal()
    {
        Company = Stage = Currency = "";
    }

    public Deal(
        WorkspaceId workspaceId,
        int number,
        string company,
        MemberId owner,
        string currency,
        StageDefinition firstStage,
        DateTimeOffset? stageDueAt,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(company);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        Id = DealId.New();
        WorkspaceId = workspaceId;
        Number = number;
        Company = company.Trim();
        OwnerId = owner;
        StageOwnerId = owner;
        Currency = currency;
        Grade = Grade.B;
        Stage = firstStage.Key;
        Status = DealStatus.Open;
        StageEnteredAt = now;
        StageDueAt = stageDueAt;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public DealId Id { get; private set; }
    public WorkspaceId WorkspaceId { get; private set; }

    /// <summary>Shown as <c>#12</c>; unique within the workspace.</summary>
    public int Number { get; private set; }

    public string Company { get; private set; }
    public string? ContactName { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public decimal? Amount { get; private set; }
    public string Currency { get; private set; }
    public Grade Grade { get; private set; }
    public string? Source { get; private set; }
    public string Stage { get; private set; }
    public DealStatus Status { get; private set; }
    public MemberId OwnerId { get; private set; }

    /// <summary>Who is accountable for the current stage and receives its nudges.</summary>
    public MemberId StageOwnerId { get; private set; }

    public DateTimeOffset StageEnteredAt { get; private set; }
    public DateTimeOffset? StageDueAt { get; private set; }

    /// <summary>True when someone set <c>due=</c> for this stage, so grade changes don't recompute it.</summary>
    public bool DueOverridden { get; private set; }

    /// <summary>Snoozes of the current stage; more than three escalates (product §6).</summary>
    public int SnoozeCount { get; private set; }

    public DateTimeOffset? NextFollowUpAt { get; private set; }
    public string? NextFollowUpNote { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Optimistic concurrency token: every change bumps it; a save against a stale version is refused.</summary>
    public int Version { get; private set; }

    public bool IsOpen => Status == DealStatus.Open;

    public Money? Value => Amount is { } a ? new Money(a, Currency) : null;

    public bool IsOverdue(DateTimeOffset now) => IsOpen && StageDueAt is { } due && due < now;

    /// <summary>Rule of product §8: a rep may see and edit what they own or whose current stage they own.</summary>
    public bool IsHeldBy(MemberId member) => OwnerId == member || StageOwnerId == member;
}
