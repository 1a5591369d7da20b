namespace FollowBot.Core.Reports;

/// <summary>
/// What the stage funnel image shows, every word in the reader's language: per open stage (first stage first) the
/// deals on track and overdue. The host draws it (Core holds no drawing library).
/// </summary>
public sealed record PipelineChart(
    string Title,
    string Subtitle,
    IReadOnlyList<PipelineChartStage> Stages,
    string OnTrackLabel,
    string OverdueLabel,
    string Locale);

/// <param name="Label">"3 overdue · 25%" or just the count, drawn beside the bar.</param>
public sealed record PipelineChartStage(string Name, int OnTrack, int Overdue, string Label);
