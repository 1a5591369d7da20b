using System.Globalization;
using CsCheck;
using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class ValueParsersPropertyTests
{
    private const int Iterations = 10_000;

    [Fact]
    public void No_parser_throws_on_hostile_values_and_each_result_is_sound()
    {
        Gen.Select(MessyText.Value, MessyText.Today).Sample(AllParsersHold, iter: Iterations, threads: 1);
    }

    [Fact]
    public void No_parser_throws_on_whole_hostile_lines_or_a_ten_thousand_char_string()
    {
        Gen.Select(MessyText.Line, MessyText.Today).Sample(AllParsersHold, iter: Iterations, threads: 1);
        foreach (var today in new[] { DateOnly.MinValue, DateOnly.MaxValue })
        {
            AllParsersHold(new string('9', 10_000), today);
            AllParsersHold(string.Concat(Enumerable.Repeat("<at>\uD83D", 2_000)), today);
        }
    }

    [Fact]
    public void Any_amount_written_plainly_parses_back_to_itself()
    {
        Gen.Long[0, 100_000_000_000_000].Select(cents => cents / 100m).Sample(amount =>
        {
            ValueParsers.TryParseAmount(amount.ToString(CultureInfo.InvariantCulture), "USD", out var parsed, out _).ShouldBeTrue();
            parsed.ShouldBe(amount);
            ValueParsers.TryParseAmount(amount.ToString("#,0.##", CultureInfo.InvariantCulture), "USD", out parsed, out _).ShouldBeTrue();
            parsed.ShouldBe(amount);
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Any_iso_date_parses_back_to_itself_whatever_today_is()
    {
        Gen.Select(MessyText.Today, MessyText.Today).Where((date, _) => date.Year >= 1000).Sample((date, today) =>
        {
            ValueParsers.TryParseDate(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today, out var parsed).ShouldBeTrue();
            parsed.ShouldBe(date);
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void A_weekday_name_is_always_within_the_next_seven_days_and_next_week_within_the_next_fourteen()
    {
        string[] names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        Gen.Select(Gen.Int[0, 6], MessyText.Today).Where((_, today) => today < DateOnly.MaxValue.AddDays(-14)).Sample((i, today) =>
        {
            ValueParsers.TryParseDate(names[i], today, out var next).ShouldBeTrue();
            (next.DayNumber - today.DayNumber).ShouldBeInRange(1, 7);
            ValueParsers.TryParseDate("next " + names[i], today, out var nextWeek).ShouldBeTrue();
            (nextWeek.DayNumber - today.DayNumber).ShouldBeInRange(1, 14);
            nextWeek.DayOfWeek.ShouldBe(next.DayOfWeek);
            var daysToSunday = (7 - (int)today.DayOfWeek) % 7;
            (nextWeek.DayNumber - today.DayNumber).ShouldBeInRange(daysToSunday + 1, daysToSunday + 7);
        }, iter: Iterations, threads: 1);
    }

    // On success the value is in range; on failure the outputs are the documented empties.
    private static void AllParsersHold(string text, DateOnly today)
    {
        if (ValueParsers.TryParseAmount(text, "CNY", out var amount, out var currency)) amount.ShouldBeInRange(0m, 1_000_000_000_000m);
        else (amount, currency).ShouldBe((0m, ""));
        if (ValueParsers.TryParseDuration(text, out var days, out var time)) (days + time.TotalMinutes).ShouldBeGreaterThan(0);
        else (days, time).ShouldBe((0, TimeSpan.Zero));
        if (!ValueParsers.TryParseDate(text, today, out var date)) date.ShouldBe(default);
        if (!ValueParsers.TryParseTimeOfDay(text, out var timeOfDay)) timeOfDay.ShouldBe(default);
        if (ValueParsers.TryParseDealNumber(text, out var number)) number.ShouldBeGreaterThan(0);
        else number.ShouldBe(0);
        if (ValueParsers.TryParseGrade(text, out var grade)) "ABC".ShouldContain(grade);
        else grade.ShouldBe('\0');
        if (ValueParsers.TryParsePerson(text, out var person)) person.Value.ShouldNotBeNullOrWhiteSpace();
        else person.Value.ShouldBe("");
    }
}
