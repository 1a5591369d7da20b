namespace FollowBot.Core.Cards;

/// <summary>The <see cref="CardId.Help"/> card: all commands, or the one asked about.</summary>
public sealed record HelpView(string Title, string Intro, IReadOnlyList<HelpCommandItem> Commands);
