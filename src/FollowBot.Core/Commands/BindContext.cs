namespace FollowBot.Core.Commands;

/// <summary>What binding needs to read relative values: the member's local date and the workspace currency.</summary>
public sealed record BindContext(DateOnly Today, string DefaultCurrency);
