namespace FollowBot.Core.Cards;

/// <summary>One choice of a choice input: what it shows and what it sends.</summary>
public sealed record ChoiceItem(string Title, string Value);
