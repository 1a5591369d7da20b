using FollowBot.Core.Reports;
using ScottPlot;

namespace FollowBot.Host.Reports;

/// <summary>
/// Draws the stage funnel (product §7) as a PNG sized for a phone held upright and readable without zooming:
/// one centred bar per stage, first stage on top, blue for deals on track and red for overdue, the figures written
/// beside each bar. Words come from the chart in the reader's language.
/// </summary>
public sealed class PipelineChartRenderer
{
    public const int Width = 1000;
    public const int Height = 760;

    private static readonly Color OnTrack = Color.FromHex("#2F6FBA");
    private static readonly Color Late = Color.FromHex("#D13438");
    private static readonly object Registration = new();
    private static bool s_registered;

    private readonly string _family;

    public PipelineChartRenderer(ChartFont? font)
    {
        CanDrawChinese = font is not null;
        _family = font is null ? Fonts.Default : ChartFontResolver.FamilyName;
        if (font is not null)
        {
            // ScottPlot's resolvers are process-wide; one registration serves every renderer.
            lock (Registration)
            {
                if (!s_registered)
                {
                    Fonts.FontResolvers.Insert(0, new ChartFontResolver(font));
                    s_registered = true;
                }
            }
        }
    }

    public bool CanDrawChinese { get; }

    public byte[] RenderPng(PipelineChart chart)
    {
        using var plot = new Plot();
        plot.Font.Set(_family);
        var stages = chart.Stages;
        var widest = Math.Max(1, stages.Max(s => s.OnTrack + s.Overdue));
        var bars = new List<Bar>();
        for (var i = 0; i < stages.Count; i++)
        {
            var s = stages[i];
            var y = stages.Count - 1 - i;
            var left = -(s.OnTrack + s.Overdue) / 2.0;
            bars.Add(new Bar { Position = y, ValueBase = left, Value = left + s.OnTrack, FillColor = OnTrack, LineWidth = 0, Size = 0.72 });
            bars.Add(new Bar { Position = y, ValueBase = left + s.OnTrack, Value = -left, FillColor = Late, LineWidth = 0, Size = 0.72 });
            var label = plot.Add.Text(s.Label, (widest / 2.0) + (widest * 0.04), y);
            label.LabelFontSize = 26;
            label.LabelFontName = _family;
            label.LabelAlignment = Alignment.MiddleLeft;
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, stages.Count).Select(i => (double)i)], [.. stages.Select(s => s.Name).Reverse()]);
        plot.Axes.Left.TickLabelStyle.FontSize = 28;
        plot.Axes.Left.TickLabelStyle.FontName = _family;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.HideGrid();

        // Room on the right for the figures beside the widest bar.
        plot.Axes.SetLimitsX(-widest * 0.55, widest * 1.15);
        plot.Axes.SetLimitsY(-0.6, stages.Count - 0.4);

        plot.Title(chart.Title + "\n" + chart.Subtitle, size: 30);
        plot.Axes.Title.Label.FontName = _family;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.OnTrackLabel, FillColor = OnTrack });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.OverdueLabel, FillColor = Late });
        plot.Legend.FontSize = 24;
        plot.Legend.FontName = _family;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
