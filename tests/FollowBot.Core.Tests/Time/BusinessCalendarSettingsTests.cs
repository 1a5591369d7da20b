using FollowBot.Core.Time;

namespace FollowBot.Core.Tests.Time;

public class BusinessCalendarSettingsTests
{
    [Fact]
    public void Default_is_nine_to_six_monday_to_friday_without_holidays()
    {
        var settings = BusinessCalendarSettings.Default(Calendars.Shanghai);

        settings.TimeZoneId.ShouldBe(Calendars.Shanghai);
        settings.WorkStart.ShouldBe(new TimeOnly(9, 0));
        settings.WorkEnd.ShouldBe(new TimeOnly(18, 0));
        settings.WorkingDays.Order().ShouldBe(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
        settings.Holidays.ShouldBeEmpty();
        settings.MakeUpWorkdays.ShouldBeEmpty();
        settings.Enabled.ShouldBeTrue();
    }

    [Fact]
    public void Settings_with_the_same_days_are_equal_whatever_set_holds_them()
    {
        var holiday = Calendars.Date("2026-10-01");
        var a = BusinessCalendarSettings.Default(Calendars.Shanghai) with { Holidays = new HashSet<DateOnly> { holiday } };
        var b = BusinessCalendarSettings.Default(Calendars.Shanghai) with { Holidays = new SortedSet<DateOnly> { holiday } };

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ShouldNotBe(b with { Holidays = new HashSet<DateOnly>() });
        a.ShouldNotBe(a with { Enabled = false });
    }

    [Fact]
    public void Calendar_keeps_a_snapshot_of_the_sets_it_was_given()
    {
        var holidays = new HashSet<DateOnly>();
        var settings = BusinessCalendarSettings.Default(Calendars.Shanghai) with { Holidays = holidays };
        var calendar = new BusinessCalendar(settings);

        holidays.Add(Calendars.Date("2026-12-07"));

        calendar.IsWorkingDay(Calendars.Date("2026-12-07")).ShouldBeTrue();
        calendar.Settings.Holidays.ShouldBeEmpty();
    }
}
