using FollowBot.Core.Reports;
using FollowBot.Host.Reports;
using SkiaSharp;

namespace FollowBot.Host.Tests.Reports;

/// <summary>The funnel PNG in both languages, decoded again; Chinese must come out as glyphs, not empty boxes.</summary>
public class PipelineChartRendererTests
{
    private static readonly ChartFont Font = ChartFont.Find(null)
        ?? throw new InvalidOperationException($"No CJK font on this machine (looked at {string.Join(", ", ChartFont.KnownFiles)}); .ci/run installs fonts-noto-cjk, or run `apt-get install fonts-noto-cjk`.");

    public static TheoryData<string> Languages => ["en", "zh-Hans"];

    private static PipelineChart Chart(string locale) => locale == "en"
        ? new("Pipeline — My team", "December 2026 · as of Tue 1 Dec, 10:00",
            [new("Lead", 4, 1, "5 · 1 overdue (20%)"), new("Needs & quote", 2, 2, "4 · 2 overdue (50%)"), new("Contract", 3, 0, "3"), new("Delivery", 0, 0, "0"), new("Payment & after-sales", 1, 0, "1")],
            "On track", "Overdue", locale)
        : new("销售漏斗 — 我的团队", "2026年12月 · 截至 12月1日 周二 10:00",
            [new("线索", 4, 1, "5 · 逾期 1（20%）"), new("需求与报价", 2, 2, "4 · 逾期 2（50%）"), new("合同", 3, 0, "3"), new("交付", 0, 0, "0"), new("回款与售后", 1, 0, "1")],
            "正常", "逾期", locale);

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_chart_is_a_png_of_the_phone_friendly_size(string locale)
    {
        var png = new PipelineChartRenderer(Font).RenderPng(Chart(locale));

        png[..8].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        using var bitmap = SKBitmap.Decode(png);
        (bitmap.Width, bitmap.Height).ShouldBe((PipelineChartRenderer.Width, PipelineChartRenderer.Height));

        // Both bar colours are drawn: on-track blue and overdue red.
        var colours = Pixels(bitmap).ToHashSet();
        colours.ShouldContain(new SKColor(0x2F, 0x6F, 0xBA));
        colours.ShouldContain(new SKColor(0xD1, 0x34, 0x38));
    }

    [Fact]
    public void The_chart_font_has_real_chinese_glyphs_and_draws_each_character_differently()
    {
        ChartFont.HasGlyphs(Font.Regular, "销售漏斗线索需求与报价合同交付回款与售后逾期正常").ShouldBeTrue(Font.Path);

        // A missing glyph draws the same empty box for every character; real glyphs differ from one another.
        var drawn = "漏斗合同".Select(c => Draw(Font.Regular, c.ToString())).ToList();
        drawn.Distinct().Count().ShouldBe(4);
        drawn.ShouldAllBe(d => d.Ink > 20);
    }

    [Fact]
    public void Chinese_labels_put_ink_where_english_ones_do()
    {
        // The same figures with Chinese words: the image is drawn (not blank where the words are) and differs.
        var renderer = new PipelineChartRenderer(Font);
        using var en = SKBitmap.Decode(renderer.RenderPng(Chart("en")));
        using var zh = SKBitmap.Decode(renderer.RenderPng(Chart("zh-Hans")));

        var inkZh = Pixels(zh).Count(p => p.Red < 128 && p.Green < 128 && p.Blue < 128);
        var inkEn = Pixels(en).Count(p => p.Red < 128 && p.Green < 128 && p.Blue < 128);
        inkZh.ShouldBeGreaterThan(inkEn / 3);
        Pixels(zh).SequenceEqual(Pixels(en)).ShouldBeFalse();
    }

    private static IEnumerable<SKColor> Pixels(SKBitmap bitmap) => bitmap.Pixels;

    private static (string Hash, int Ink) Draw(SKTypeface typeface, string text)
    {
        using var bitmap = new SKBitmap(64, 64);
        using (var canvas = new SKCanvas(bitmap))
        using (var font = new SKFont(typeface, 48))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false })
        {
            canvas.Clear(SKColors.White);
            canvas.DrawText(text, 4, 52, font, paint);
        }

        var ink = bitmap.Pixels.Count(p => p.Red < 128);
        return (Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bitmap.Bytes)), ink);
    }
}
