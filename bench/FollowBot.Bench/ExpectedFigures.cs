using FollowBot.Bench.Shared;
using FollowBot.Core.Persistence;

namespace FollowBot.Bench;

/// <summary>
/// The summary's headline figures counted from the generated deals as they stream into the database, so a timed
/// query that answers wrongly (a bad load, a timestamp off by an offset) stops the benchmark instead of timing it.
/// </summary>
internal sealed class ExpectedFigures(PipelineQuery query)
{
    private int _open;
    private int _overdue;
    private int _exits;
    private int _won;
    private int _lost;

    public IEnumerable<HistoryDeal> Observe(IEnumerable<HistoryDeal> deals)
    {
        foreach (var deal in deals)
        {
            _open += deal.Status == 0 ? 1 : 0;
            _overdue += deal.Status == 0 && deal.StageDueAt < query.AsOf ? 1 : 0;
            _exits += deal.Exits.Count(e => e.ExitedAt >= query.From && e.ExitedAt < query.To);
            var closedInPeriod = deal.ClosedAt >= query.From && deal.ClosedAt < query.To;
            _won += closedInPeriod && deal.Status == 1 ? 1 : 0;
            _lost += closedInPeriod && deal.Status == 2 ? 1 : 0;
            yield return deal;
        }
    }

    public void Check(PipelineFigures figures)
    {
        var got = (Open: figures.Stages.Sum(s => s.Count), Overdue: figures.Stages.Sum(s => s.Overdue), figures.Exits.All, figures.Won, figures.Lost);
        var expected = (Open: _open, Overdue: _overdue, All: _exits, Won: _won, Lost: _lost);
        if (got != expected)
        {
            throw new InvalidOperationException($"The summary answered {got}, the generated deals hold {expected}.");
        }
    }
}
