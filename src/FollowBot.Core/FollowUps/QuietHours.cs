using System.Collections.Concurrent;
using FollowBot.Core.Options;
using FollowBot.Core.Time;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// A recipient's working hours: the workspace calendar (hours, days, holidays, make-up days) read on the
/// recipient's own clock (product §6). With the calendar switched off every moment is working time.
/// </summary>
public sealed class QuietHours(WorkspaceSettings settings)
{
    private readonly ConcurrentDictionary<string, BusinessCalendar> _byZone = new(StringComparer.Ordinal);

    public BusinessCalendar Workspace => settings.Calendar;

    /// <summary>The calendar in <paramref name="timeZoneId"/>; an unknown zone falls back to the workspace's own.</summary>
    public BusinessCalendar For(string? timeZoneId) =>
        TimeZones.IsValid(timeZoneId) ? _byZone.GetOrAdd(timeZoneId!, id => settings.Calendar.InTimeZone(id)) : settings.Calendar;

    /// <summary>Null when a message may go now; otherwise when the recipient's next working period starts.</summary>
    public DateTimeOffset? WaitUntil(string? timeZoneId, DateTimeOffset now)
    {
        var calendar = For(timeZoneId);
        return calendar.IsWorkingTime(now) ? null : calendar.NextWorkingMoment(now);
    }
}
