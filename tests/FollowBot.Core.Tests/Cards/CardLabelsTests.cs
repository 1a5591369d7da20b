using System.Globalization;
using FollowBot.Core.Cards;

namespace FollowBot.Core.Tests.Cards;

public class CardLabelsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    [Fact]
    public void English_and_chinese_define_the_same_keys()
    {
        CardLabels.Keys.ShouldNotBeEmpty();
        CardLabels.ReadKeys(Chinese).ShouldBe(CardLabels.Keys);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void No_label_is_empty(string culture)
    {
        foreach (var (key, text) in CardLabels.For(CultureInfo.GetCultureInfo(culture)))
        {
            text.Trim().ShouldNotBeEmpty($"label '{key}' is empty for {culture}");
        }
    }

    [Fact]
    public void Chinese_labels_are_translated_not_copied()
    {
        var english = CardLabels.For(English);
        var chinese = CardLabels.For(Chinese);
        var copied = english.Keys.Where(k => english[k] == chinese[k]).ToList();
        copied.ShouldBeEmpty();
        chinese["timeline"].ShouldBe("跟进记录");
        chinese["won"].ShouldBe("赢单");
    }

    [Theory]
    [InlineData("zh-CN", "推进")]
    [InlineData("zh-SG", "推进")]
    [InlineData("en-GB", "Advance")]
    [InlineData("fr-FR", "Advance")]
    public void Regional_cultures_fall_back_to_their_language(string culture, string advance) =>
        CardLabels.For(CultureInfo.GetCultureInfo(culture))["advance"].ShouldBe(advance);
}
