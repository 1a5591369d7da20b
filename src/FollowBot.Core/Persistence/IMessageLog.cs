using FollowBot.Core.Domain;

namespace FollowBot.Core.Persistence;

/// <summary>
/// Messages FollowBot sent to a member on its own initiative (nudges, digests), newest id last. The Playground reads
/// its members' messages from here; channels with their own delivery keep the record for audit.
/// </summary>
public interface IMessageLog
{
    Task<long> AppendAsync(LoggedMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Appends <paramref name="message"/> unless one was appended under <paramref name="deliveryKey"/> before, by any
    /// process: the key goes in first under a unique index, in the message's own transaction, so both are stored or
    /// neither. Returns the new message's id, or null for a repeat.
    /// </summary>
    Task<long?> AppendOnceAsync(string deliveryKey, LoggedMessage message, CancellationToken cancellationToken);

    /// <summary>Messages for one member with an id greater than <paramref name="afterId"/>, oldest first.</summary>
    Task<IReadOnlyList<LoggedMessage>> ListAsync(WorkspaceId workspace, MemberId member, long afterId, int limit, CancellationToken cancellationToken);

    /// <summary>Messages for everyone in the workspace with an id greater than <paramref name="afterId"/>, oldest first.</summary>
    Task<IReadOnlyList<LoggedMessage>> ListWorkspaceAsync(WorkspaceId workspace, long afterId, int limit, CancellationToken cancellationToken);
}

/// <summary><paramref name="CardJson"/> is the rendered card, as the channel received it.</summary>
public sealed record LoggedMessage(long Id, WorkspaceId Workspace, MemberId Member, string Channel, DateTimeOffset At, string? Text, string? CardJson);
