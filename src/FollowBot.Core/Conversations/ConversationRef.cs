namespace FollowBot.Core.Conversations;

/// <summary>Where to reach a member on their own channel: the channel name plus an opaque address the adapter understands.</summary>
public sealed record ConversationRef(string Channel, string Address);
