namespace FollowBot.Core.Conversations;

/// <summary>A channel-neutral answer: a line of text and/or a card (card id plus its view model).</summary>
public sealed record Reply(string? Text, CardReply? Card = null);

public sealed record CardReply(string CardId, object View);
