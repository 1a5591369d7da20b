using FollowBot.Core.Time;
using Microsoft.Extensions.Time.Testing;
using static FollowBot.Core.Tests.Time.Calendars;

namespace FollowBot.Core.Tests.Time;

public partial class BusinessCalendarTests
{
    [Theory]
    [InlineData("2026-12-02T09:00:00+08:00", true)]
    [InlineData("2026-12-02T17:59:59.9999999+08:00", true)]
    [InlineData("2026-12-02T18:00:00+08:00", false)]
    [InlineData("2026-12-02T08:59:59.9999999+08:00", false)]
    [InlineData("2026-12-05T10:00:00+08:00", false)]
    [InlineData("2026-12-07T10:00:00+08:00", false)]
    public void Working_time_is_start_inclusive_end_exclusive_on_working_days(string instant, bool working) =>
        In(Shanghai, holidays: [MondayDec7]).IsWorkingTime(At(instant)).ShouldBe(working);

    [Theory]
    [InlineData("2026-12-02T10:30+08:00", "2026-12-02T10:30+08:00")]
    [InlineData("2026-12-02T07:00+08:00", "2026-12-02T09:00+08:00")]
    [InlineData("2026-12-02T18:00+08:00", "2026-12-03T09:00+08:00")]
    [InlineData("2026-12-02T20:00+08:00", "2026-12-03T09:00+08:00")]
    [InlineData("2026-12-04T18:30+08:00", "2026-12-08T09:00+08:00")]
    [InlineData("2026-12-06T10:00+08:00", "2026-12-08T09:00+08:00")]
    public void Next_working_moment_is_the_instant_itself_or_the_next_period_start(string instant, string expected)
    {
        var next = In(Shanghai, holidays: [MondayDec7]).NextWorkingMoment(At(instant));

        next.ShouldBe(At(expected));
        next.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Hours_cross_into_the_next_working_day()
    {
        var calendar = In(Shanghai);

        calendar.Add(At("2026-12-01T17:00+08:00"), BusinessDuration.FromHours(4)).ShouldBe(At("2026-12-02T12:00+08:00"));
        calendar.Add(At("2026-12-04T17:00+08:00"), BusinessDuration.FromHours(4)).ShouldBe(At("2026-12-07T12:00+08:00"));
    }

    [Fact]
    public void The_end_of_a_working_period_is_exclusive()
    {
        var calendar = In(Shanghai);

        calendar.Add(At("2026-12-01T17:30+08:00"), BusinessDuration.FromHours(1)).ShouldBe(At("2026-12-02T09:30+08:00"));
    }

    [Fact]
    public void Time_that_exactly_fills_a_period_ends_at_its_close()
    {
        var calendar = In(Shanghai);

        calendar.Add(At("2026-12-01T17:00+08:00"), BusinessDuration.FromHours(1)).ShouldBe(At("2026-12-01T18:00+08:00"));
        calendar.Add(At("2026-12-01T09:00+08:00"), BusinessDuration.FromHours(9)).ShouldBe(At("2026-12-01T18:00+08:00"));
    }

    [Theory]
    [InlineData("2026-12-02T20:00+08:00", "2026-12-03T10:00+08:00")]
    [InlineData("2026-12-06T10:00+08:00", "2026-12-07T10:00+08:00")]
    [InlineData("2026-12-02T06:00+08:00", "2026-12-02T10:00+08:00")]
    public void A_start_outside_working_hours_is_normalised_before_hours_are_added(string start, string expected) =>
        In(Shanghai).Add(At(start), BusinessDuration.FromHours(1)).ShouldBe(At(expected));

    [Fact]
    public void Many_hours_span_several_days_and_skip_holidays()
    {
        var calendar = In(Shanghai, holidays: [MondayDec7]);

        // Fri 9 h, Tue 9 h, Wed 9 h, then 3 h on Thu.
        calendar.Add(At("2026-12-04T09:00+08:00"), BusinessDuration.FromHours(30)).ShouldBe(At("2026-12-10T12:00+08:00"));
    }

    [Fact]
    public void A_zero_duration_returns_the_start_even_outside_working_hours()
    {
        var start = At("2026-12-06T03:00+08:00");

        In(Shanghai).Add(start, default).ShouldBe(start);
    }

    [Fact]
    public void A_stage_due_date_counts_from_the_clock_in_business_time()
    {
        var clock = new FakeTimeProvider(At("2026-12-04T17:00+08:00"));
        var calendar = In(Shanghai, holidays: [MondayDec7]);

        var due = calendar.Add(clock.GetUtcNow(), BusinessDuration.FromDays(2));

        due.ShouldBe(At("2026-12-09T09:00Z"));
    }
}
