using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Core.Reports;

/// <summary>Asks the database for the figures of one scope and period, and turns them into rates, a bottleneck and names.</summary>
public sealed class PipelineReporter(IPipelineReport report, IMemberStore members)
{
    public async Task<PipelineSummary> SummarizeAsync(
        Workspace workspace, ReportScope scope, ReportPeriod period, DateTimeOffset asOf, bool live, Pipeline pipeline, CancellationToken cancellationToken)
    {
        var figures = await report.SummarizeAsync(new PipelineQuery(workspace.Id, scope.HeldBy, period.From, period.To, asOf) { Live = live }, cancellationToken);
        var byStage = figures.Stages.ToDictionary(s => s.Stage, StringComparer.OrdinalIgnoreCase);
        var stages = pipeline.OpenStages.Select(stage => byStage.TryGetValue(stage.Key, out var f)
                ? new StageSummary(stage, f.Count, f.Overdue, f.Count == 0 ? 0 : f.AgeSeconds / 86400.0 / f.Count, f.Totals)
                : new StageSummary(stage, 0, 0, 0, []))
            .ToList();

        // Reps are the team's members; a personal report has none to list.
        var reps = scope.IsPersonal ? [] : figures.Reps;
        var people = await members.GetManyAsync(workspace.Id, [.. figures.MostOverdue.Select(d => d.Owner).Concat(reps.Select(r => r.Member)).Distinct()], cancellationToken);
        var byId = people.ToDictionary(m => m.Id);
        return new PipelineSummary(
            scope,
            period,
            asOf,
            stages,
            Rate.Of(figures.Exits.OnTime, figures.Exits.WithDeadline),
            Rate.Of(figures.Won, figures.Won + figures.Lost),
            figures.MostOverdue,
            [.. reps.Where(r => byId.ContainsKey(r.Member)).Select(r => new RepSummary(r.Member, byId[r.Member].DisplayName, byId[r.Member].ExternalId, r.Open, r.Overdue))],
            byId.ToDictionary(p => p.Key, p => p.Value.DisplayName));
    }
}
