using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Core.FollowUps;

/// <summary>A claimed row that will be sent now: to a member on their conversation, or to a team channel.</summary>
internal sealed record Delivery(OutboxMessage Row, Deal? Deal, Member? Recipient, ConversationRef Conversation, TeamChannelOptions? TeamChannel)
{
    public Reply? Reply { get; set; }

    public string RecipientName => Recipient?.DisplayName ?? TeamChannel?.Name ?? TeamChannel?.Address ?? "?";
}
