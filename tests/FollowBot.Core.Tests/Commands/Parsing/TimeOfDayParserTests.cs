using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class TimeOfDayParserTests
{
    [Theory]
    [InlineData("10:00", 10, 0)]
    [InlineData("9:30", 9, 30)]
    [InlineData("09:30", 9, 30)]
    [InlineData("0:00", 0, 0)]
    [InlineData("23:59", 23, 59)]
    [InlineData("14\uFF1A00", 14, 0)] // full-width colon
    [InlineData("14点", 14, 0)]
    [InlineData("14时", 14, 0)]
    [InlineData("14点30", 14, 30)]
    [InlineData("14点30分", 14, 30)]
    [InlineData("3点半", 3, 30)]
    [InlineData("下午3点", 15, 0)]
    [InlineData("下午 3点", 15, 0)]
    [InlineData("下午三点", 15, 0)]
    [InlineData("下午3点半", 15, 30)]
    [InlineData("下午3:30", 15, 30)]
    [InlineData("下午15点", 15, 0)]
    [InlineData("下午12点", 12, 0)]
    [InlineData("上午10点", 10, 0)]
    [InlineData("早上九点", 9, 0)]
    [InlineData("中午12点", 12, 0)]
    [InlineData("中午1点", 13, 0)]
    [InlineData("晚上8点", 20, 0)]
    [InlineData("晚上12点", 0, 0)]
    [InlineData("夜里2点", 2, 0)]
    [InlineData("凌晨1点", 1, 0)]
    [InlineData("十点", 10, 0)]
    [InlineData("3pm", 15, 0)]
    [InlineData("3PM", 15, 0)]
    [InlineData("3 pm", 15, 0)]
    [InlineData("3p.m.", 15, 0)]
    [InlineData("10am", 10, 0)]
    [InlineData("3:30pm", 15, 30)]
    [InlineData("12am", 0, 0)]
    [InlineData("12pm", 12, 0)]
    [InlineData("１０：００", 10, 0)]
    public void Clock_am_pm_and_chinese_times_are_understood(string text, int hour, int minute)
    {
        ValueParsers.TryParseTimeOfDay(text, out var time).ShouldBeTrue(text);
        time.ShouldBe(new TimeOnly(hour, minute));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("10")] // a bare number could be a deal or an amount
    [InlineData("24:00")]
    [InlineData("10:60")]
    [InlineData("9:5")]
    [InlineData("10:00:00")]
    [InlineData("13pm")]
    [InlineData("0am")]
    [InlineData("25点")]
    [InlineData("上午15点")]
    [InlineData("中午5点")]
    [InlineData("14点60分")]
    [InlineData("-1:00")]
    [InlineData("10h")]
    public void Malformed_or_impossible_times_are_refused(string text)
    {
        ValueParsers.TryParseTimeOfDay(text, out var time).ShouldBeFalse(text);
        time.ShouldBe(default);
    }
}
