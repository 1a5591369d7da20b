namespace FollowBot.Core.Cards;

/// <summary>
/// The <see cref="CardId.PipelineSummary"/> card (product §7). Strings are ready to read; <see cref="ScopeArg"/>
/// and <see cref="PeriodArg"/> are what the drill-down buttons send back (a stage's overdue list, a rep's pipeline).
/// </summary>
public sealed record PipelineSummaryView
{
    public required string Title { get; init; }

    /// <summary>The period and the instant the figures stand at.</summary>
    public required string Subtitle { get; init; }

    /// <summary>The signed chart link; absent where FollowBot has no public address for this channel.</summary>
    public string? ChartUrl { get; init; }

    public required string ChartAlt { get; init; }

    public required string Open { get; init; }

    public required string Overdue { get; init; }

    public required string OnTime { get; init; }

    public required string Completion { get; init; }

    public string? Bottleneck { get; init; }

    public required IReadOnlyList<PipelineStageItem> Stages { get; init; }

    public required IReadOnlyList<PipelineOverdueItem> MostOverdue { get; init; }

    public required IReadOnlyList<PipelineRepItem> Reps { get; init; }

    public required string ScopeArg { get; init; }

    public required string PeriodArg { get; init; }
}
