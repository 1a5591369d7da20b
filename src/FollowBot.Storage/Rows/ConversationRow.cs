using FollowBot.Core.Domain;

namespace FollowBot.Storage.Rows;

/// <summary>A member's address on one channel (the opaque JSON the channel adapter understands).</summary>
internal sealed class ConversationRow
{
    public WorkspaceId WorkspaceId { get; set; }

    public MemberId MemberId { get; set; }

    public string Channel { get; set; } = "";

    public string Address { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
