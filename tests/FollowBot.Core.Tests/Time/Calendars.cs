using System.Globalization;
using FollowBot.Core.Time;

namespace FollowBot.Core.Tests.Time;

/// <summary>Calendars and instants the tests share, so each test states only what it varies.</summary>
internal static class Calendars
{
    public const string Shanghai = "Asia/Shanghai";

    public static BusinessCalendar In(string timeZoneId, DateOnly[]? holidays = null, DateOnly[]? makeUpWorkdays = null) =>
        new(BusinessCalendarSettings.Default(timeZoneId) with
        {
            Holidays = (holidays ?? []).ToHashSet(),
            MakeUpWorkdays = (makeUpWorkdays ?? []).ToHashSet(),
        });

    public static BusinessCalendar Disabled(string timeZoneId) =>
        new(BusinessCalendarSettings.Default(timeZoneId) with { Enabled = false });

    /// <summary>An ISO-8601 instant with its offset, e.g. "2026-12-04T17:00+08:00".</summary>
    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    public static DateOnly Date(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
