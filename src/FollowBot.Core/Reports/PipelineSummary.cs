using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Core.Reports;

/// <summary>Product §7 for one scope and period: the figures, with what they mean already worked out.</summary>
public sealed record PipelineSummary(
    ReportScope Scope,
    ReportPeriod Period,
    DateTimeOffset AsOf,
    IReadOnlyList<StageSummary> Stages,
    Rate? OnTime,
    Rate? Completion,
    IReadOnlyList<OverdueDeal> MostOverdue,
    IReadOnlyList<RepSummary> Reps,
    IReadOnlyDictionary<MemberId, string> Names)
{
    /// <summary>The open stage with the highest overdue share (ties: more overdue deals, then the earlier stage); null when nothing is overdue.</summary>
    public StageSummary? Bottleneck => Stages.Where(s => s.Overdue > 0)
        .OrderByDescending(s => s.OverdueShare).ThenByDescending(s => s.Overdue).FirstOrDefault();

    public int Open => Stages.Sum(s => s.Count);

    public int Overdue => Stages.Sum(s => s.Overdue);
}

/// <summary>One open stage at the report instant; every open stage appears, empty ones with zeros.</summary>
public sealed record StageSummary(StageDefinition Stage, int Count, int Overdue, double AverageAgeDays, IReadOnlyList<Money> Totals)
{
    public double OverdueShare => Count == 0 ? 0 : (double)Overdue / Count;
}

/// <summary>A share with what it was counted from: <c>Part</c> of <c>Whole</c> (Whole is never 0).</summary>
public sealed record Rate(int Part, int Whole)
{
    public double Value => (double)Part / Whole;

    /// <summary>No rate when there is nothing to count (no exits, nothing closed), rather than a made-up 0 %.</summary>
    public static Rate? Of(int part, int whole) => whole == 0 ? null : new Rate(part, whole);
}

public sealed record RepSummary(MemberId Member, string Name, string ExternalId, int Open, int Overdue);
