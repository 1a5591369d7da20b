using FollowBot.Core.Domain;

namespace FollowBot.Core.Persistence;

/// <summary>
/// A filtered list of deals in one workspace. <see cref="HeldBy"/> keeps deals owned, or whose current stage is
/// owned, by one of these members (null = everyone in the workspace). Results are ordered by stage deadline,
/// soonest first, deals without a deadline last.
/// </summary>
public sealed record DealQuery(WorkspaceId Workspace)
{
    public IReadOnlyCollection<MemberId>? HeldBy { get; init; }

    public bool OpenOnly { get; init; } = true;

    /// <summary>Only open deals whose stage deadline is before this instant.</summary>
    public DateTimeOffset? DueBefore { get; init; }

    /// <summary>Case-insensitive substring of company or contact name.</summary>
    public string? Text { get; init; }

    /// <summary>Only deals in this stage (key).</summary>
    public string? Stage { get; init; }

    public int Limit { get; init; } = 50;
}
