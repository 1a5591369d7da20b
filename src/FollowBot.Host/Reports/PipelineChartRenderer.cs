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
            Text(plot, s.Label, (widest / 2.0) + (widest * 0.04), y, 26, Colors.Black, Alignment.MiddleLeft);
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, stages.Count).Select(i => (double)i)], [.. stages.Select(s => s.Name).Reverse()]);
        plot.Axes.Left.TickLabelStyle.FontSize = 28;
        plot.Axes.Left.TickLabelStyle.FontName = _family;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        // The bottom axis only carries the subtitle (period and as-of): its numbers mean nothing on a centred funnel.
        plot.Axes.Bottom.TickLabelStyle.IsVisible = false;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Axes.Bottom.FrameLineStyle.Width = 0;
        plot.Axes.Bottom.Label.Text = chart.Subtitle;
        plot.Axes.Bottom.Label.FontSize = 24;
        plot.Axes.Bottom.Label.FontName = _family;
        plot.Axes.Bottom.Label.ForeColor = Colors.DimGray;
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.HideGrid();

        // Room on the right for the figures beside the widest bar.
        plot.Axes.SetLimitsX(-widest * 0.55, widest * 1.4);

        // Title and key are drawn as text in the plot: ScottPlot's own title and legend measure CJK lines too short
        // and clip the top of the glyphs, while its text plottable draws them whole.
        var top = stages.Count - 0.4;
        Text(plot, chart.Title, 0, top + 0.95, 32, Colors.Black, Alignment.MiddleCenter, bold: true);
        Text(plot, "■ " + chart.OnTrackLabel, -widest * 0.03, top + 0.35, 24, OnTrack, Alignment.MiddleRight);
        Text(plot, "■ " + chart.OverdueLabel, widest * 0.03, top + 0.35, 24, Late, Alignment.MiddleLeft);
        plot.Axes.SetLimitsY(-0.6, top + 1.3);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private void Text(Plot plot, string text, double x, double y, float size, Color colour, Alignment alignment, bool bold = false)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = _family;
        label.LabelFontSize = size;
        label.LabelFontColor = colour;
        label.LabelBold = bold;
        label.LabelAlignment = alignment;
    }
}
