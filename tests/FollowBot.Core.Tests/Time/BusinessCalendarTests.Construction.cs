using FollowBot.Core.Time;

namespace FollowBot.Core.Tests.Time;

public partial class BusinessCalendarTests
{
    [Fact]
    public void Rejects_an_unknown_time_zone_naming_it()
    {
        var error = Should.Throw<ArgumentException>(() => Calendars.In("Mars/Olympus_Mons"));

        error.Message.ShouldContain("Unknown time zone 'Mars/Olympus_Mons'");
        error.ParamName.ShouldBe("settings");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejects_a_blank_time_zone(string timeZoneId) =>
        Should.Throw<ArgumentException>(() => Calendars.In(timeZoneId)).Message.ShouldContain("Unknown time zone");

    [Theory]
    [InlineData(18, 9, "WorkEnd (09:00) must be later than WorkStart (18:00)")]
    [InlineData(9, 9, "WorkEnd (09:00) must be later than WorkStart (09:00)")]
    public void Rejects_working_hours_that_end_at_or_before_they_start(int start, int end, string message)
    {
        var settings = BusinessCalendarSettings.Default(Calendars.Shanghai) with
        {
            WorkStart = new TimeOnly(start, 0),
            WorkEnd = new TimeOnly(end, 0),
        };

        Should.Throw<ArgumentException>(() => new BusinessCalendar(settings)).Message.ShouldContain(message);
    }

    [Fact]
    public void Rejects_an_enabled_calendar_without_working_weekdays()
    {
        var settings = BusinessCalendarSettings.Default(Calendars.Shanghai) with { WorkingDays = new HashSet<DayOfWeek>() };

        Should.Throw<ArgumentException>(() => new BusinessCalendar(settings)).Message.ShouldContain("at least one weekday");
        Should.NotThrow(() => new BusinessCalendar(settings with { Enabled = false }));
    }

    [Fact]
    public void Rejects_a_date_that_is_both_a_holiday_and_a_make_up_workday()
    {
        var day = Calendars.Date("2026-10-10");

        Should.Throw<ArgumentException>(() => Calendars.In(Calendars.Shanghai, holidays: [day], makeUpWorkdays: [day]))
            .Message.ShouldContain("2026-10-10 can't be both a holiday and a make-up workday");
    }

    [Fact]
    public void Exposes_its_settings_and_resolved_zone()
    {
        var settings = BusinessCalendarSettings.Default("Europe/London");

        var calendar = new BusinessCalendar(settings);

        calendar.Settings.ShouldBe(settings);
        calendar.TimeZone.Id.ShouldBe("Europe/London");
    }
}
