using FollowBot.Core.Time;
using static FollowBot.Core.Tests.Time.Calendars;

namespace FollowBot.Core.Tests.Time;

public partial class BusinessCalendarTests
{
    [Theory]
    [InlineData("2026-12-04T17:00+08:00")]
    [InlineData("2026-12-04T09:00+00:00")]
    [InlineData("2026-12-04T04:00-05:00")]
    public void A_deadline_is_the_same_instant_whatever_offset_the_start_is_written_in(string start)
    {
        var calendar = In(Shanghai, holidays: [MondayDec7]);

        var due = calendar.Add(At(start), BusinessDuration.FromDays(2));

        due.ShouldBe(At("2026-12-09T09:00Z"));
        due.Offset.ShouldBe(TimeSpan.Zero);
        due.ToString("O", null).ShouldBe("2026-12-09T09:00:00.0000000+00:00");
    }

    [Theory]
    [InlineData("2026-12-04T20:00+08:00")]
    [InlineData("2026-12-04T12:00+00:00")]
    [InlineData("2026-12-04T07:00-05:00")]
    public void Working_time_is_judged_on_the_calendars_clock_not_the_inputs_offset(string instant)
    {
        var calendar = In(Shanghai);

        calendar.IsWorkingTime(At(instant)).ShouldBeFalse();
        calendar.NextWorkingMoment(At(instant)).ShouldBe(At("2026-12-07T01:00Z"));
    }

    [Fact]
    public void Local_date_is_the_calendars_date_of_the_instant()
    {
        // Friday evening in New York is already Saturday in Shanghai.
        In(Shanghai).LocalDate(At("2026-12-04T20:00-05:00")).ShouldBe(SaturdayDec5);
        In("America/New_York").LocalDate(At("2026-12-04T20:00-05:00")).ShouldBe(Date("2026-12-04"));
    }

    [Fact]
    public void In_another_zone_keeps_hours_days_and_holidays_but_reads_them_there()
    {
        var shanghai = In(Shanghai, holidays: [MondayDec7]);

        var newYork = shanghai.InTimeZone("America/New_York");

        newYork.Settings.ShouldBe(shanghai.Settings with { TimeZoneId = "America/New_York" });
        newYork.TimeZone.Id.ShouldBe("America/New_York");
        var nineThirtyInNewYork = At("2026-12-02T09:30-05:00");
        newYork.IsWorkingTime(nineThirtyInNewYork).ShouldBeTrue();
        shanghai.IsWorkingTime(nineThirtyInNewYork).ShouldBeFalse();
        newYork.IsWorkingDay(MondayDec7).ShouldBeFalse();
    }

    [Fact]
    public void In_an_unknown_zone_is_rejected() =>
        Should.Throw<ArgumentException>(() => In(Shanghai).InTimeZone("Nowhere/Land")).Message.ShouldContain("'Nowhere/Land'");
}
