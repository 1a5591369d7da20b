using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class DateParserTests
{
    private static readonly DateOnly Today = new(2026, 6, 10);

    private static DateOnly Parse(string text, DateOnly? today = null)
    {
        ValueParsers.TryParseDate(text, today ?? Today, out var date).ShouldBeTrue(text);
        return date;
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("2026/12/01")]
    [InlineData("2026.12.01")]
    [InlineData("2026-12-1")]
    [InlineData("２０２６－１２－０１")]
    [InlineData("2026年12月1日")]
    [InlineData("2026年12月1号")]
    [InlineData("Dec 1, 2026")]
    [InlineData("December 1 2026")]
    [InlineData("1 Dec 2026")]
    public void Dates_with_a_year_are_taken_as_written(string text)
    {
        Parse(text).ShouldBe(D(2026, 12, 1));
    }

    [Fact]
    public void A_full_date_in_the_past_is_still_a_date()
    {
        Parse("2020-01-01").ShouldBe(D(2020, 1, 1));
    }

    [Theory]
    [InlineData("12-01")]
    [InlineData("12/1")]
    [InlineData("12.1")]
    [InlineData("12月1日")]
    [InlineData("12月1号")]
    [InlineData("12月1")]
    [InlineData("dec 1")]
    [InlineData("Dec. 1st")]
    [InlineData("1 december")]
    public void Dates_without_a_year_still_to_come_this_year_are_this_year(string text)
    {
        Parse(text).ShouldBe(D(2026, 12, 1));
    }

    [Theory]
    [InlineData("12-01", 2027, 12, 1)]
    [InlineData("1/5", 2027, 1, 5)]
    [InlineData("1月5日", 2027, 1, 5)]
    [InlineData("Jan 5", 2027, 1, 5)]
    public void Dates_without_a_year_already_past_roll_over_to_next_year(string text, int year, int month, int day)
    {
        Parse(text, D(2026, 12, 15)).ShouldBe(D(year, month, day));
    }

    [Fact]
    public void A_date_without_a_year_that_is_today_stays_today()
    {
        Parse("6/10").ShouldBe(Today);
    }

    [Fact]
    public void February_29_without_a_year_is_the_next_one_within_a_year()
    {
        Parse("2/29", D(2027, 6, 1)).ShouldBe(D(2028, 2, 29));
        ValueParsers.TryParseDate("2/29", D(2026, 6, 1), out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("today", 0)]
    [InlineData("Today", 0)]
    [InlineData("今天", 0)]
    [InlineData("tomorrow", 1)]
    [InlineData("TOMORROW", 1)]
    [InlineData("tmr", 1)]
    [InlineData("明天", 1)]
    [InlineData("后天", 2)]
    [InlineData("大后天", 3)]
    [InlineData("in 3d", 3)]
    [InlineData("in 3 days", 3)]
    [InlineData("in 1 day", 1)]
    [InlineData("in 2w", 14)]
    [InlineData("in 1 week", 7)]
    [InlineData("3天后", 3)]
    [InlineData("3天之后", 3)]
    [InlineData("两天后", 2)]
    [InlineData("3日后", 3)]
    [InlineData("2周后", 14)]
    [InlineData("1个星期后", 7)]
    [InlineData("十天以后", 10)]
    public void Relative_words_count_calendar_days_from_today(string text, int days)
    {
        Parse(text).ShouldBe(Today.AddDays(days));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-02-29")]
    [InlineData("2026-04-31")]
    [InlineData("2026-12-01T10:00")]
    [InlineData("2026-12/01")]
    [InlineData("26-12-01")]
    [InlineData("Feb 30")]
    [InlineData("2月30日")]
    [InlineData("13/1")]
    [InlineData("0/1")]
    [InlineData("12/0")]
    [InlineData("Foo 1")]
    [InlineData("yesterday")]
    [InlineData("in 3h")]
    [InlineData("in -3d")]
    [InlineData("3个工作日后")] // business days need the workspace calendar
    [InlineData("12")]
    [InlineData("1.2.3")]
    public void Malformed_or_impossible_dates_are_refused(string text)
    {
        ValueParsers.TryParseDate(text, Today, out var date).ShouldBeFalse(text);
        date.ShouldBe(default);
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("fri")]
    [InlineData("下周一")]
    [InlineData("in 9999d")]
    [InlineData("1-1")]
    public void Dates_past_the_end_of_the_calendar_are_refused_not_thrown(string text)
    {
        ValueParsers.TryParseDate(text, DateOnly.MaxValue, out _).ShouldBeFalse();
    }

    [Fact]
    public void Dates_on_the_last_and_first_days_of_the_calendar_still_parse()
    {
        Parse("12-31", DateOnly.MaxValue).ShouldBe(DateOnly.MaxValue);
        Parse("today", DateOnly.MinValue).ShouldBe(DateOnly.MinValue);
        Parse("tomorrow", DateOnly.MinValue).ShouldBe(DateOnly.MinValue.AddDays(1));
    }
}
