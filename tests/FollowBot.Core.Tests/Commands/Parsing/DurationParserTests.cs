using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class DurationParserTests
{
    private static (int Days, TimeSpan Time) Parse(string text)
    {
        ValueParsers.TryParseDuration(text, out var days, out var time).ShouldBeTrue(text);
        return (days, time);
    }

    [Theory]
    [InlineData("30m", 30)]
    [InlineData("30min", 30)]
    [InlineData("30mins", 30)]
    [InlineData("30 minutes", 30)]
    [InlineData("30分钟", 30)]
    [InlineData("30分", 30)]
    [InlineData("三十分钟", 30)]
    [InlineData("半小时", 30)]
    [InlineData("4h", 240)]
    [InlineData("4hr", 240)]
    [InlineData("4hrs", 240)]
    [InlineData("4 hours", 240)]
    [InlineData("1 hour", 60)]
    [InlineData("4小时", 240)]
    [InlineData("4个小时", 240)]
    [InlineData("1.5h", 90)]
    [InlineData("0.25h", 15)]
    [InlineData("1.5小时", 90)]
    [InlineData("４ｈ", 240)] // full width
    [InlineData("4H", 240)]
    [InlineData("25h", 1500)] // business hours are not folded into days: the calendar decides how long a day is
    public void Hours_and_minutes_are_business_time(string text, int minutes)
    {
        Parse(text).ShouldBe((0, TimeSpan.FromMinutes(minutes)));
    }

    [Theory]
    [InlineData("2d", 2)]
    [InlineData("2 days", 2)]
    [InlineData("1 day", 1)]
    [InlineData("2天", 2)]
    [InlineData("两天", 2)]
    [InlineData("2日", 2)]
    [InlineData("2个工作日", 2)]
    [InlineData("2工作日", 2)]
    [InlineData("2 business days", 2)]
    [InlineData("1w", 5)]
    [InlineData("1 week", 5)]
    [InlineData("2 weeks", 10)]
    [InlineData("1周", 5)]
    [InlineData("一周", 5)]
    [InlineData("1个星期", 5)]
    [InlineData("2礼拜", 10)]
    [InlineData("十天", 10)]
    public void Days_and_weeks_are_whole_business_days_with_a_week_of_five(string text, int days)
    {
        Parse(text).ShouldBe((days, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("1d4h", 1, 240)]
    [InlineData("1d 4h", 1, 240)]
    [InlineData("2 days 4 hours", 2, 240)]
    [InlineData("1w2d", 7, 0)]
    [InlineData("4h30m", 0, 270)]
    [InlineData("1天4小时", 1, 240)]
    [InlineData("4h1d", 1, 240)]
    [InlineData("0d4h", 0, 240)]
    public void Parts_combine(string text, int days, int minutes)
    {
        Parse(text).ShouldBe((days, TimeSpan.FromMinutes(minutes)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("2")] // no unit: 2 what?
    [InlineData("-2d")]
    [InlineData("1.5d")]
    [InlineData("1.5w")]
    [InlineData("0.5w")]
    [InlineData("半天")]
    [InlineData("1.01h")] // not whole minutes
    [InlineData("2.5m")]
    [InlineData("0d")]
    [InlineData("0h0m")]
    [InlineData("1d2d")]
    [InlineData("1d 2 days")]
    [InlineData("5mo")]
    [InlineData("5y")]
    [InlineData("d")]
    [InlineData("1 0d")]
    [InlineData("1.2.3h")]
    [InlineData("10001d")]
    [InlineData("9999999999d")]
    [InlineData("2dd")]
    [InlineData("2 d ays")]
    public void Malformed_fractional_day_zero_or_repeated_durations_are_refused(string text)
    {
        ValueParsers.TryParseDuration(text, out var days, out var time).ShouldBeFalse(text);
        (days, time).ShouldBe((0, TimeSpan.Zero));
    }

    [Fact]
    public void Ten_thousand_days_is_the_largest_count()
    {
        Parse("10000d").Days.ShouldBe(10_000);
    }
}
