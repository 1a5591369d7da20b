using System.Globalization;
using FollowBot.Core.Cards;
using FollowBot.Core.Domain;
using FollowBot.Core.Text;

namespace FollowBot.Core.Reports;

/// <summary>Puts a <see cref="PipelineSummary"/> into words for the card, the chart and the one-line reply.</summary>
public static class PipelineSummaryPresenter
{
    public static PipelineSummaryView View(PipelineSummary summary, Texts t, TimeZoneInfo zone, string? chartUrl) => new()
    {
        Title = t.Format("Pipeline_CardTitle", summary.Scope.Title),
        Subtitle = Subtitle(summary, t, zone),
        ChartUrl = chartUrl,
        ChartAlt = t.Format("Pipeline_ChartAlt", summary.Scope.Title),
        Open = summary.Open.ToString("#,0", t.Culture),
        Overdue = summary.Open == 0 ? "0" : t.Format("Pipeline_CountShare", summary.Overdue, Percent((double)summary.Overdue / summary.Open, t)),
        OnTime = RateText(summary.OnTime, t),
        Completion = RateText(summary.Completion, t),
        Bottleneck = summary.Bottleneck is { } b ? t.Format("Pipeline_BottleneckText", b.Stage.Name(t.Locale), Percent(b.OverdueShare, t)) : null,
        Stages = [.. summary.Stages.Select(s => new PipelineStageItem(
            s.Stage.Key,
            s.Stage.Name(t.Locale),
            s.Count.ToString("#,0", t.Culture) + " · " + (s.Totals.Count == 0 ? "—" : string.Join(" + ", s.Totals.Select(t.Money))),
            s.Count == 0 ? t["Pipeline_StageEmpty"] : t.Format("Pipeline_StageDetail", s.Overdue, Percent(s.OverdueShare, t), Days(s.AverageAgeDays, t)),
            s.Overdue > 0,
            ReferenceEquals(s, summary.Bottleneck)))],
        MostOverdue = [.. summary.MostOverdue.Select(d => new PipelineOverdueItem(
            d.Number,
            d.Company,
            StageName(summary, d.Stage, t),
            summary.Names.GetValueOrDefault(d.Owner, "?"),
            t.Format("Pipeline_Late", Days((summary.AsOf - d.DueAt).TotalDays, t))))],
        Reps = [.. summary.Reps.Select(r => new PipelineRepItem(r.Name, "@" + r.ExternalId, t.Format("Pipeline_RepFigures", r.Open, r.Overdue)))],
        ScopeArg = summary.Scope.Argument,
        PeriodArg = summary.Period.Text,
    };

    public static PipelineChart Chart(PipelineSummary summary, Texts t, TimeZoneInfo zone) => new(
        t.Format("Pipeline_CardTitle", summary.Scope.Title),
        Subtitle(summary, t, zone),
        [.. summary.Stages.Select(s => new PipelineChartStage(
            s.Stage.Name(t.Locale),
            s.Count - s.Overdue,
            s.Overdue,
            s.Overdue == 0 ? s.Count.ToString("#,0", t.Culture) : t.Format("Pipeline_ChartBar", s.Count, s.Overdue, Percent(s.OverdueShare, t))))],
        t["Pipeline_OnTrack"],
        t["Pipeline_OverdueLegend"],
        t.Locale);

    /// <summary>The reply's text line: enough to act on where a channel shows no card.</summary>
    public static string Line(PipelineSummary summary, Texts t, TimeZoneInfo zone) =>
        t.Format("Pipeline_Reply", summary.Scope.Title, PeriodName(summary.Period, t), summary.Open, summary.Overdue, RateText(summary.OnTime, t), RateText(summary.Completion, t))
        + (summary.Bottleneck is { } b ? " " + t.Format("Pipeline_ReplyBottleneck", b.Stage.Name(t.Locale), Percent(b.OverdueShare, t)) : "");

    public static string PeriodName(ReportPeriod period, Texts t) => period.Kind switch
    {
        PeriodKind.Month => t.Format("Period_Month", period.FirstDay.ToDateTime(TimeOnly.MinValue)),
        PeriodKind.Quarter => t.Format("Period_Quarter", period.FirstDay.Year, ((period.FirstDay.Month - 1) / 3) + 1),
        PeriodKind.Year => t.Format("Period_Year", period.FirstDay.Year),
        PeriodKind.LastDays => t.Format("Period_LastDays", period.Days),
        _ => t.Format("Period_Week", t.Date(period.FirstDay), t.Date(period.LastDay)),
    };

    private static string Subtitle(PipelineSummary summary, Texts t, TimeZoneInfo zone) =>
        t.Format("Pipeline_Subtitle", PeriodName(summary.Period, t), t.DateTime(summary.AsOf, zone));

    private static string StageName(PipelineSummary summary, string key, Texts t) =>
        summary.Stages.FirstOrDefault(s => string.Equals(s.Stage.Key, key, StringComparison.OrdinalIgnoreCase))?.Stage.Name(t.Locale) ?? key;

    private static string RateText(Rate? rate, Texts t) =>
        rate is null ? t["Pipeline_NoRate"] : t.Format("Pipeline_Rate", Percent(rate.Value, t), rate.Part, rate.Whole);

    private static string Percent(double share, Texts t) => share.ToString("0%", t.Culture);

    private static string Days(double days, Texts t) => t.Format("Pipeline_Days", days.ToString(days < 10 ? "0.#" : "#,0", t.Culture));
}
