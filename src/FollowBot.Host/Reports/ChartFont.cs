using SkiaSharp;

namespace FollowBot.Host.Reports;

/// <summary>
/// The typeface charts are drawn with: one that has Chinese glyphs, so zh-Hans labels show as text and not as
/// empty boxes. Looked for in the configured file, then in the files of Debian's CJK font packages (.ci/run installs
/// fonts-noto-cjk), then through fontconfig. Null when the machine has none: charts then fall back to English.
/// </summary>
public sealed class ChartFont
{
    /// <summary>Debian's paths, best first: Noto Sans CJK (its SC face is picked), WenQuanYi Micro Hei, Droid Sans Fallback.</summary>
    public static readonly IReadOnlyList<string> KnownFiles =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    ];

    private const string Probe = "漏斗线索合同回款";

    private ChartFont(SKTypeface regular, SKTypeface bold, string path)
    {
        Regular = regular;
        Bold = bold;
        Path = path;
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public string Path { get; }

    public string Family => Regular.FamilyName;

    public static ChartFont? Find(string? configuredFile)
    {
        foreach (var file in new[] { configuredFile }.Concat(KnownFiles).OfType<string>().Where(File.Exists))
        {
            if (Load(file) is { } regular)
            {
                // Noto ships its bold as a sibling file; elsewhere bold text uses the regular face.
                var boldFile = file.Replace("-Regular", "-Bold", StringComparison.Ordinal);
                var bold = boldFile != file && File.Exists(boldFile) ? Load(boldFile) ?? regular : regular;
                return new ChartFont(regular, bold, file);
            }
        }

        var matched = SKFontManager.Default.MatchCharacter(Probe[0]);
        return matched is not null && HasGlyphs(matched) ? new ChartFont(matched, matched, "fontconfig:" + matched.FamilyName) : null;
    }

    /// <summary>True when every character of <paramref name="text"/> has a real glyph (id 0 is the "missing" box).</summary>
    public static bool HasGlyphs(SKTypeface typeface, string text = Probe)
    {
        using var font = new SKFont(typeface);
        return font.GetGlyphs(text).All(g => g != 0);
    }

    // A collection (.ttc) holds one face per region; Chinese readers want the Simplified Chinese one.
    private static SKTypeface? Load(string file)
    {
        SKTypeface? first = null;
        for (var index = 0; index < 16 && SKTypeface.FromFile(file, index) is { } face; index++)
        {
            if (!HasGlyphs(face))
            {
                continue;
            }

            first ??= face;
            if (face.FamilyName.EndsWith(" SC", StringComparison.Ordinal))
            {
                return face;
            }
        }

        return first;
    }
}
