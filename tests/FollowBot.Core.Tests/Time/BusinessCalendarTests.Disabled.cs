using FollowBot.Core.Time;
using static FollowBot.Core.Tests.Time.Calendars;

namespace FollowBot.Core.Tests.Time;

public partial class BusinessCalendarTests
{
    [Fact]
    public void A_disabled_calendar_adds_plain_days_and_hours()
    {
        var calendar = Disabled(Shanghai);
        var fridayFivePm = At("2026-12-04T17:00+08:00");

        calendar.Add(fridayFivePm, BusinessDuration.FromDays(2)).ShouldBe(At("2026-12-06T17:00+08:00"));
        calendar.Add(fridayFivePm, new BusinessDuration(1, TimeSpan.FromHours(4))).ShouldBe(At("2026-12-05T21:00+08:00"));
        calendar.Add(fridayFivePm, BusinessDuration.FromHours(4)).Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_disabled_calendar_counts_elapsed_time_24_7()
    {
        var calendar = Disabled(Shanghai);

        calendar.Elapsed(At("2026-12-04T17:00+08:00"), At("2026-12-07T17:00+08:00")).ShouldBe(TimeSpan.FromHours(72));
        calendar.Elapsed(At("2026-12-07T17:00+08:00"), At("2026-12-04T17:00+08:00")).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_disabled_calendar_treats_every_instant_as_working_time()
    {
        var calendar = new BusinessCalendar(BusinessCalendarSettings.Default(Shanghai) with
        {
            Holidays = new HashSet<DateOnly> { MondayDec7 },
            Enabled = false,
        });
        var sundayNight = At("2026-12-06T03:00+08:00");

        calendar.IsWorkingTime(sundayNight).ShouldBeTrue();
        calendar.IsWorkingDay(MondayDec7).ShouldBeTrue();
        calendar.NextWorkingMoment(sundayNight).ShouldBe(sundayNight);
        calendar.NextWorkingMoment(sundayNight).Offset.ShouldBe(TimeSpan.Zero);
    }
}
