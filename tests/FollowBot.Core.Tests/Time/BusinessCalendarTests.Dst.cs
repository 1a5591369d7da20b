using FollowBot.Core.Time;
using static FollowBot.Core.Tests.Time.Calendars;

namespace FollowBot.Core.Tests.Time;

// 2026 changes: London Sun 29 Mar (01:00 GMT → 02:00 BST) and Sun 25 Oct (02:00 BST → 01:00 GMT);
// New York Sun 8 Mar and Sun 1 Nov.
public partial class BusinessCalendarTests
{
    [Fact]
    public void London_working_day_after_spring_forward_keeps_nine_to_six_local()
    {
        var london = In("Europe/London");

        london.NextWorkingMoment(At("2026-03-28T12:00Z")).ShouldBe(At("2026-03-30T08:00Z"));
        london.IsWorkingTime(At("2026-03-30T07:59:59Z")).ShouldBeFalse();
        london.IsWorkingTime(At("2026-03-30T08:00Z")).ShouldBeTrue();
        london.IsWorkingTime(At("2026-03-30T16:59:59Z")).ShouldBeTrue();
        london.IsWorkingTime(At("2026-03-30T17:00Z")).ShouldBeFalse();
    }

    [Fact]
    public void London_business_time_across_spring_forward_counts_local_hours()
    {
        var london = In("Europe/London");
        var fridayFivePm = At("2026-03-27T17:00Z");

        london.Add(fridayFivePm, BusinessDuration.FromHours(2)).ShouldBe(At("2026-03-30T10:00+01:00"));
        london.Add(At("2026-03-27T10:00Z"), BusinessDuration.FromDays(1)).ShouldBe(At("2026-03-30T10:00+01:00"));
        london.Elapsed(fridayFivePm, At("2026-03-30T10:00+01:00")).ShouldBe(TimeSpan.FromHours(2));
    }

    [Fact]
    public void London_working_day_after_fall_back_keeps_nine_to_six_local()
    {
        var london = In("Europe/London");

        london.NextWorkingMoment(At("2026-10-24T12:00Z")).ShouldBe(At("2026-10-26T09:00Z"));
        london.Add(At("2026-10-23T17:00+01:00"), BusinessDuration.FromHours(2)).ShouldBe(At("2026-10-26T10:00Z"));
        london.Elapsed(At("2026-10-23T08:00Z"), At("2026-10-26T18:00Z")).ShouldBe(TimeSpan.FromHours(18));
    }

    [Fact]
    public void New_york_days_keep_the_wall_clock_time_across_both_changes()
    {
        var newYork = In("America/New_York");

        newYork.Add(At("2026-03-06T17:00-05:00"), BusinessDuration.FromHours(2)).ShouldBe(At("2026-03-09T14:00Z"));
        newYork.Add(At("2026-10-30T17:00-04:00"), BusinessDuration.FromDays(1)).ShouldBe(At("2026-11-02T22:00Z"));
    }

    [Fact]
    public void A_period_starting_in_the_spring_forward_gap_starts_at_the_first_instant_after_it()
    {
        // 01:30 doesn't exist in London on 29 Mar; the next valid instant is 02:00 BST (01:00Z).
        var london = NightShift("Europe/London", new TimeOnly(1, 30), new TimeOnly(5, 0));

        london.NextWorkingMoment(At("2026-03-29T00:00Z")).ShouldBe(At("2026-03-29T01:00Z"));
        london.Add(At("2026-03-28T01:30Z"), BusinessDuration.FromDays(1)).ShouldBe(At("2026-03-29T01:00Z"));
        london.Elapsed(At("2026-03-29T00:00Z"), At("2026-03-29T12:00Z")).ShouldBe(TimeSpan.FromHours(3));
    }

    [Fact]
    public void A_time_repeated_by_fall_back_means_its_first_occurrence()
    {
        // 01:30 happens twice in London on 25 Oct: 00:30Z (BST) and 01:30Z (GMT).
        var london = NightShift("Europe/London", new TimeOnly(1, 30), new TimeOnly(5, 0));

        london.NextWorkingMoment(At("2026-10-25T00:00Z")).ShouldBe(At("2026-10-25T00:30Z"));
        london.IsWorkingTime(At("2026-10-25T00:29Z")).ShouldBeFalse();
        london.Add(At("2026-10-24T01:30+01:00"), BusinessDuration.FromDays(1)).ShouldBe(At("2026-10-25T00:30Z"));
        london.Elapsed(At("2026-10-25T00:00Z"), At("2026-10-25T12:00Z")).ShouldBe(TimeSpan.FromHours(4.5));
    }

    [Fact]
    public void A_half_hour_spring_forward_gap_ends_at_the_real_transition()
    {
        // Lord Howe Island moves 02:00 → 02:30 (+10:30 → +11:00) on Sun 4 Oct 2026.
        var lordHowe = NightShift("Australia/Lord_Howe", new TimeOnly(2, 15), new TimeOnly(6, 0));

        lordHowe.NextWorkingMoment(At("2026-10-04T01:00+10:30")).ShouldBe(At("2026-10-04T02:30+11:00"));
    }

    private static BusinessCalendar NightShift(string timeZoneId, TimeOnly start, TimeOnly end) =>
        new(BusinessCalendarSettings.Default(timeZoneId) with
        {
            WorkStart = start,
            WorkEnd = end,
            WorkingDays = Enum.GetValues<DayOfWeek>().ToHashSet(),
        });
}
