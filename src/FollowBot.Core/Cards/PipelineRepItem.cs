namespace FollowBot.Core.Cards;

/// <param name="Person">What the rep's button sends as the scope (<c>@</c> and their channel user id).</param>
/// <param name="Figures">"8 open · 2 overdue".</param>
public sealed record PipelineRepItem(string Name, string Person, string Figures);
