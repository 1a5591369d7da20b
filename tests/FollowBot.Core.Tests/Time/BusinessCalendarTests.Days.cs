using FollowBot.Core.Time;
using static FollowBot.Core.Tests.Time.Calendars;

namespace FollowBot.Core.Tests.Time;

// Week used throughout: Fri 2026-12-04, Sat 05, Sun 06, Mon 07, Tue 08, Wed 09.
public partial class BusinessCalendarTests
{
    private static readonly DateOnly MondayDec7 = Date("2026-12-07");
    private static readonly DateOnly SaturdayDec5 = Date("2026-12-05");

    [Fact]
    public void Weekdays_work_weekends_rest_holidays_rest_and_make_up_days_work()
    {
        var calendar = In(Shanghai, holidays: [MondayDec7], makeUpWorkdays: [SaturdayDec5]);

        calendar.IsWorkingDay(Date("2026-12-04")).ShouldBeTrue();
        calendar.IsWorkingDay(SaturdayDec5).ShouldBeTrue();
        calendar.IsWorkingDay(Date("2026-12-06")).ShouldBeFalse();
        calendar.IsWorkingDay(MondayDec7).ShouldBeFalse();
        calendar.IsWorkingDay(Date("2026-12-08")).ShouldBeTrue();
    }

    [Fact]
    public void Two_business_days_from_friday_afternoon_over_a_monday_holiday_is_wednesday_afternoon()
    {
        var calendar = In(Shanghai, holidays: [MondayDec7]);

        var due = calendar.Add(At("2026-12-04T17:00+08:00"), BusinessDuration.FromDays(2));

        due.ShouldBe(At("2026-12-09T17:00+08:00"));
        due.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_make_up_saturday_counts_as_a_working_day()
    {
        var calendar = In(Shanghai, makeUpWorkdays: [SaturdayDec5]);

        calendar.Add(At("2026-12-04T10:00+08:00"), BusinessDuration.FromDays(1)).ShouldBe(At("2026-12-05T10:00+08:00"));
        calendar.IsWorkingTime(At("2026-12-05T10:00+08:00")).ShouldBeTrue();
    }

    [Fact]
    public void Days_keep_the_wall_clock_time_of_the_start()
    {
        var calendar = In(Shanghai);

        calendar.Add(At("2026-11-30T10:15:30+08:00"), BusinessDuration.FromDays(3)).ShouldBe(At("2026-12-03T10:15:30+08:00"));
        calendar.Add(At("2026-12-04T09:00+08:00"), BusinessDuration.FromDays(5)).ShouldBe(At("2026-12-11T09:00+08:00"));
    }

    [Fact]
    public void Days_then_hours_consume_the_hours_after_the_days()
    {
        var calendar = In(Shanghai, holidays: [MondayDec7]);

        var due = calendar.Add(At("2026-12-04T17:00+08:00"), new BusinessDuration(1, TimeSpan.FromHours(4)));

        // Fri 17:00 → 1 day → Tue 17:00 → 1 h Tue + 3 h Wed.
        due.ShouldBe(At("2026-12-09T12:00+08:00"));
    }

    [Fact]
    public void A_start_outside_working_hours_is_normalised_before_days_are_added()
    {
        var calendar = In(Shanghai);

        calendar.Add(At("2026-12-02T20:00+08:00"), BusinessDuration.FromDays(1)).ShouldBe(At("2026-12-04T09:00+08:00"));
        calendar.Add(At("2026-12-06T11:00+08:00"), BusinessDuration.FromDays(1)).ShouldBe(At("2026-12-08T09:00+08:00"));
    }

    [Fact]
    public void Consecutive_holidays_and_weekends_are_all_skipped()
    {
        // A Golden-Week-like run: Thu 1 Oct to Wed 7 Oct off, Sat 10 Oct a make-up day.
        var holidays = Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d)).ToArray();
        var calendar = In(Shanghai, holidays: holidays, makeUpWorkdays: [Date("2026-10-10")]);

        var due = calendar.Add(At("2026-09-30T15:00+08:00"), BusinessDuration.FromDays(3));

        // Wed 30 Sep → Thu 8 Oct, Fri 9 Oct, Sat 10 Oct (make-up).
        due.ShouldBe(At("2026-10-10T15:00+08:00"));
    }
}
