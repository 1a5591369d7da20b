namespace FollowBot.Core.Conversations;

/// <summary>A channel-neutral answer: a line of text and/or a card (card id plus its view model).</summary>
public sealed record Reply(string? Text, CardReply? Card = null);

/// <summary>A card to render from the channel's template <paramref name="CardId"/>; labels in <paramref name="Locale"/>.</summary>
public sealed record CardReply(string CardId, object View, string Locale = Domain.Locales.English);
