using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;

namespace FollowBot.Core.Persistence;

/// <summary>
/// The outbox of messages FollowBot sends on its own (product §6). Rows are inserted first under a unique key and
/// claimed with a conditional update, so any number of hosts can share one database without sending anything twice.
/// </summary>
public interface IFollowUpOutbox
{
    /// <summary>
    /// Open deals that need rows: a stage deadline passed with no <see cref="Rungs.Nudge"/> row for (deal, stage,
    /// deadline); a follow-up reminder passed with no reminder row; more than <paramref name="snoozeLimit"/> snoozes
    /// with no <see cref="Rungs.Snoozes"/> row for the current deadline.
    /// </summary>
    Task<IReadOnlyList<DueDeal>> FindUnplannedAsync(DateTimeOffset now, int snoozeLimit, int limit, CancellationToken cancellationToken);

    /// <summary>Inserts the rows; a row whose key exists already (another host planned it) is left alone. Returns how many were new.</summary>
    Task<int> AddAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> pending rows due by <paramref name="dueBy"/> that nobody holds at
    /// <paramref name="now"/> (or whose holder's lease ended by then), earliest first, for <paramref name="claimant"/>
    /// until <paramref name="leaseUntil"/>.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string claimant, DateTimeOffset dueBy, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Records outcomes of rows claimed by <paramref name="claimant"/> (a row since taken over by another host is left
    /// to it), appends the timeline entries and extends the claimant's lease on the rows it still holds to
    /// <paramref name="leaseUntil"/>, in one transaction. Returns how many pending rows it still holds.
    /// </summary>
    Task<int> CompleteAsync(string claimant, IReadOnlyList<OutboxOutcome> outcomes, IReadOnlyList<TimelineEntry> timeline, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// For each (member, local day), takes up to the wanted number of the member's <paramref name="max"/> messages
    /// that day, in one transaction; returns how many each got.
    /// </summary>
    Task<IReadOnlyDictionary<(MemberId Member, DateOnly Day), int>> ReserveBudgetsAsync(
        IReadOnlyList<(MemberId Member, DateOnly Day, int Wanted)> requests, int max, CancellationToken cancellationToken);

    /// <summary>Rows of one workspace in a status that settled at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> SettledAsync(WorkspaceId workspace, OutboxStatus status, DateTimeOffset since, int limit, CancellationToken cancellationToken);

    /// <summary>Rows folded for one member at or after <paramref name="since"/> (their digest lists these deals).</summary>
    Task<IReadOnlyList<OutboxMessage>> FoldedForAsync(MemberId member, DateTimeOffset since, CancellationToken cancellationToken);

    Task<OutboxMessage?> FindAsync(string key, CancellationToken cancellationToken);
}
