namespace FollowBot.Core.Cards;

/// <summary>A name and how often (formatted for the reader), e.g. a stage and its breaches.</summary>
public sealed record ReviewCount(string Name, string Count);
