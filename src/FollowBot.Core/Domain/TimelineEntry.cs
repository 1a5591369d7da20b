namespace FollowBot.Core.Domain;

/// <summary>One line of a deal's append-only history (product §3). Never updated or deleted.</summary>
public sealed class TimelineEntry
{
    private TimelineEntry()
    {
        Channel = "";
    }

    public TimelineEntry(Deal deal, TimelineKind kind, MemberId? actorId, DateTimeOffset at, string channel)
    {
        Id = Guid.CreateVersion7();
        WorkspaceId = deal.WorkspaceId;
        DealId = deal.Id;
        Kind = kind;
        ActorId = actorId;
        At = at;
        Channel = channel;
    }

    public Guid Id { get; private set; }
    public WorkspaceId WorkspaceId { get; private set; }
    public DealId DealId { get; private set; }
    public TimelineKind Kind { get; private set; }

    /// <summary>Null when FollowBot itself acted (nudges, escalations).</summary>
    public MemberId? ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }
    public string Channel { get; private set; }
    public string? MessageLink { get; init; }

    /// <summary>The field that changed, or the stage key for stage moves.</summary>
    public string? Field { get; init; }

    public string? Before { get; init; }
    public string? After { get; init; }

    /// <summary>Note text, snooze reason, lost reason, reminder text.</summary>
    public string? Text { get; init; }
}
