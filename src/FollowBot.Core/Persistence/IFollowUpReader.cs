using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;

namespace FollowBot.Core.Persistence;

/// <summary>
/// Bulk reads across workspaces for the follow-up engine, which works on many deals and members at once (one query
/// per kind and batch, never one per row). Nothing returned is tracked for saving.
/// </summary>
public interface IFollowUpReader
{
    Task<IReadOnlyList<Deal>> DealsAsync(IReadOnlyCollection<DealId> ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<Member>> MembersAsync(IReadOnlyCollection<MemberId> ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<Workspace>> WorkspacesAsync(IReadOnlyCollection<WorkspaceId> ids, CancellationToken cancellationToken);

    /// <summary>Each member's most recently refreshed conversation; members without one are missing from the result.</summary>
    Task<IReadOnlyDictionary<MemberId, ConversationRef>> ConversationsAsync(IReadOnlyCollection<MemberId> ids, CancellationToken cancellationToken);

    /// <summary>One page of every member of every workspace, in id order.</summary>
    Task<IReadOnlyList<Member>> MemberPageAsync(int skip, int take, CancellationToken cancellationToken);

    /// <summary>What the weekly review counts for deals owned, or whose stage is owned, by <paramref name="team"/> in <c>[from, to)</c>.</summary>
    Task<ReviewFacts> ReviewFactsAsync(WorkspaceId workspace, IReadOnlyCollection<MemberId> team, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
