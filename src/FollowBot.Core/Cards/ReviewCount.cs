namespace FollowBot.Core.Cards;

/// <summary>A name and how often, e.g. a stage and its breaches.</summary>
public sealed record ReviewCount(string Name, int Count);
