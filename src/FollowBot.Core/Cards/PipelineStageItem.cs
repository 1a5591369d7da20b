namespace FollowBot.Core.Cards;

/// <param name="Key">The stage key a drill-down button sends.</param>
/// <param name="Figures">"12 · ¥1,200,000" — count and value per currency.</param>
/// <param name="Detail">"3 overdue (25%) · 4.2 days in stage on average".</param>
public sealed record PipelineStageItem(string Key, string Name, string Figures, string Detail, bool HasOverdue, bool IsBottleneck);
