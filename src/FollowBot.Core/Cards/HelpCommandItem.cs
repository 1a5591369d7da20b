namespace FollowBot.Core.Cards;

/// <param name="Usage">How to type it, e.g. <c>snooze &lt;deal&gt; &lt;duration&gt; [reason]</c>.</param>
/// <param name="Alias">The Chinese verb, e.g. <c>暂缓</c>.</param>
public sealed record HelpCommandItem(string Usage, string Alias, string Description);
