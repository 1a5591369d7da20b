namespace FollowBot.Core.Domain;

// Version 7 GUIDs sort by creation time, so index order follows time (architecture §2.5).
public readonly record struct WorkspaceId(Guid Value)
{
    public static WorkspaceId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct MemberId(Guid Value)
{
    public static MemberId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct DealId(Guid Value)
{
    public static DealId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
