using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class WeekdaysTests
{
    // A Wednesday: June 2026 runs Mon 8, Tue 9, Wed 10 … Sun 14, Mon 15 … Sun 21.
    private static readonly DateOnly Today = new(2026, 6, 10);

    private static DateOnly Parse(string text, DateOnly today)
    {
        ValueParsers.TryParseDate(text, today, out var date).ShouldBeTrue(text);
        return date;
    }

    private static DateOnly June(int day) => new(2026, 6, day);

    [Fact]
    public void The_test_today_is_a_wednesday()
    {
        Today.DayOfWeek.ShouldBe(DayOfWeek.Wednesday);
    }

    [Theory]
    [InlineData("thu", 11)]
    [InlineData("thursday", 11)]
    [InlineData("Fri", 12)]
    [InlineData("sat", 13)]
    [InlineData("sun", 14)]
    [InlineData("mon", 15)]
    [InlineData("monday", 15)]
    [InlineData("tue", 16)]
    [InlineData("tues", 16)]
    [InlineData("周四", 11)]
    [InlineData("周五", 12)]
    [InlineData("周六", 13)]
    [InlineData("周日", 14)]
    [InlineData("周天", 14)]
    [InlineData("星期一", 15)]
    [InlineData("星期天", 14)]
    [InlineData("星期日", 14)]
    [InlineData("礼拜一", 15)]
    [InlineData("礼拜二", 16)]
    [InlineData("周1", 15)]
    [InlineData("周7", 14)]
    public void A_weekday_name_is_the_next_such_day_after_today(string text, int juneDay)
    {
        Parse(text, Today).ShouldBe(June(juneDay));
    }

    [Theory]
    [InlineData("wed")]
    [InlineData("wednesday")]
    [InlineData("周三")]
    [InlineData("星期三")]
    [InlineData("礼拜三")]
    public void A_weekday_name_on_that_same_weekday_means_next_week(string text)
    {
        Parse(text, Today).ShouldBe(June(17));
    }

    [Theory]
    [InlineData("next mon", 15)]
    [InlineData("next wed", 17)]
    [InlineData("next friday", 19)]
    [InlineData("next sun", 21)]
    [InlineData("下周一", 15)]
    [InlineData("下周三", 17)]
    [InlineData("下周五", 19)]
    [InlineData("下周日", 21)]
    [InlineData("下星期五", 19)]
    [InlineData("下礼拜五", 19)]
    [InlineData("下个星期五", 19)]
    public void Next_weekday_is_that_day_in_the_week_after_the_coming_sunday(string text, int juneDay)
    {
        Parse(text, Today).ShouldBe(June(juneDay));
    }

    [Fact]
    public void Next_weekday_said_on_a_sunday_is_in_the_week_starting_tomorrow()
    {
        var sunday = June(14);
        Parse("下周一", sunday).ShouldBe(June(15));
        Parse("next sun", sunday).ShouldBe(June(21));
        Parse("sun", sunday).ShouldBe(June(21));
    }

    [Theory]
    [InlineData("next")]
    [InlineData("next week")]
    [InlineData("下周")]
    [InlineData("周八")]
    [InlineData("周")]
    [InlineData("mon 1")]
    [InlineData("nextmon")]
    public void Incomplete_or_unknown_weekdays_are_refused(string text)
    {
        ValueParsers.TryParseDate(text, Today, out _).ShouldBeFalse(text);
    }
}
