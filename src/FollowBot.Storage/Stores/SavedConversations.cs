using System.Collections.Concurrent;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Storage.Stores;

/// <summary>
/// The conversation references this instance last wrote. Every message carries its reference, but it almost never
/// changes: writing it each time made a read-only command like <c>mine</c> a database write (a lock and a commit per
/// message, the largest cost in issue 9's profile). A reference is written again when it changes, and at least
/// once per <see cref="Refresh"/> so the row's UpdatedAt still tells which chat a member used last. Another instance
/// writing a different reference only makes this one write again when its own differs: never a stale skip of a change.
/// </summary>
internal sealed class SavedConversations
{
    public static readonly TimeSpan Refresh = TimeSpan.FromHours(1);
    private const int Capacity = 100_000;

    private readonly ConcurrentDictionary<(WorkspaceId, MemberId, string), (string Address, DateTimeOffset At)> _saved = new();

    public bool IsCurrent(WorkspaceId workspace, MemberId member, ConversationRef reference, DateTimeOffset now) =>
        _saved.TryGetValue((workspace, member, reference.Channel), out var saved)
        && string.Equals(saved.Address, reference.Address, StringComparison.Ordinal)
        && now - saved.At < Refresh;

    public void Remember(WorkspaceId workspace, MemberId member, ConversationRef reference, DateTimeOffset now)
    {
        if (_saved.Count >= Capacity)
        {
            _saved.Clear(); // a bound, not an eviction policy: forgetting only costs one more write per member
        }

        _saved[(workspace, member, reference.Channel)] = (reference.Address, now);
    }
}
