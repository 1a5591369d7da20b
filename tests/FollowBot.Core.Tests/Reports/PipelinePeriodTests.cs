using FollowBot.Core.Commands.Reports;
using FollowBot.Core.Reports;

namespace FollowBot.Core.Tests.Reports;

/// <summary>Periods in the member's own calendar (Shanghai, UTC+8); "today" is Wednesday 2026-11-25.</summary>
public class PipelinePeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Theory]
    [InlineData(null, PeriodKind.Month, "2026-11-01", "2026-11-30", "2026-11")]
    [InlineData("month", PeriodKind.Month, "2026-11-01", "2026-11-30", "2026-11")]
    [InlineData("本月", PeriodKind.Month, "2026-11-01", "2026-11-30", "2026-11")]
    [InlineData("lastmonth", PeriodKind.Month, "2026-10-01", "2026-10-31", "2026-10")]
    [InlineData("上个月", PeriodKind.Month, "2026-10-01", "2026-10-31", "2026-10")]
    [InlineData("week", PeriodKind.Week, "2026-11-23", "2026-11-29", "week")]
    [InlineData("本周", PeriodKind.Week, "2026-11-23", "2026-11-29", "week")]
    [InlineData("上周", PeriodKind.Week, "2026-11-16", "2026-11-22", "lastweek")]
    [InlineData("quarter", PeriodKind.Quarter, "2026-10-01", "2026-12-31", "2026-Q4")]
    [InlineData("lastquarter", PeriodKind.Quarter, "2026-07-01", "2026-09-30", "2026-Q3")]
    [InlineData("2026-Q1", PeriodKind.Quarter, "2026-01-01", "2026-03-31", "2026-Q1")]
    [InlineData("2026年第2季度", PeriodKind.Quarter, "2026-04-01", "2026-06-30", "2026-Q2")]
    [InlineData("year", PeriodKind.Year, "2026-01-01", "2026-12-31", "2026")]
    [InlineData("今年", PeriodKind.Year, "2026-01-01", "2026-12-31", "2026")]
    [InlineData("去年", PeriodKind.Year, "2025-01-01", "2025-12-31", "2025")]
    [InlineData("2026-02", PeriodKind.Month, "2026-02-01", "2026-02-28", "2026-02")]
    [InlineData("2024年2月", PeriodKind.Month, "2024-02-01", "2024-02-29", "2024-02")]
    [InlineData("last30d", PeriodKind.LastDays, "2026-10-27", "2026-11-25", "last30d")]
    [InlineData("last 7 days", PeriodKind.LastDays, "2026-11-19", "2026-11-25", "last7d")]
    [InlineData("近30天", PeriodKind.LastDays, "2026-10-27", "2026-11-25", "last30d")]
    public void Names_whole_local_days(string? text, PeriodKind kind, string first, string last, string again)
    {
        var period = PipelinePeriod.Resolve(text, Today, Shanghai).ShouldNotBeNull();

        (period.Kind, period.FirstDay, period.LastDay, period.Text).ShouldBe((kind, DateOnly.Parse(first), DateOnly.Parse(last), again));
        // Local midnight in Shanghai is 16:00 UTC the day before.
        period.From.ShouldBe(new DateTimeOffset(DateOnly.Parse(first).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-8));
        period.To.ShouldBe(new DateTimeOffset(DateOnly.Parse(last).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-8));
        PipelinePeriod.Resolve(period.Text, Today, Shanghai)!.FirstDay.ShouldBe(period.FirstDay, "the text asks for the same period again");
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("last0d")]
    [InlineData("last999d")]
    [InlineData("2026-Q5")]
    [InlineData("1999")]
    [InlineData("fortnight")]
    public void Refuses_what_names_no_period(string text) => PipelinePeriod.Resolve(text, Today, Shanghai).ShouldBeNull();

    [Fact]
    public void Figures_stand_at_the_end_of_a_past_period_and_now_in_a_running_one()
    {
        var now = new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);
        var october = PipelinePeriod.Resolve("2026-10", Today, Shanghai)!;
        var november = PipelinePeriod.Resolve("month", Today, Shanghai)!;

        october.AsOf(now).ShouldBe(october.To);
        november.AsOf(now).ShouldBe(now);
    }
}
