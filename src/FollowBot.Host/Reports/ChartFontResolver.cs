using ScottPlot;
using SkiaSharp;

namespace FollowBot.Host.Reports;

/// <summary>Hands ScottPlot the chart typeface (the right face of a font collection) under one family name.</summary>
internal sealed class ChartFontResolver(ChartFont font) : IFontResolver
{
    public const string FamilyName = "FollowBot Chart";

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        fontName == FamilyName ? (weight >= FontWeight.SemiBold ? font.Bold : font.Regular) : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == FamilyName ? (bold ? font.Bold : font.Regular) : null;
}
