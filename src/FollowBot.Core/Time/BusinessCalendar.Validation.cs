using System.Globalization;

namespace FollowBot.Core.Time;

public sealed partial class BusinessCalendar
{
    // Settings come from admins and configuration, so every message names the offending value.
    private static TimeZoneInfo Validate(BusinessCalendarSettings settings)
    {
        if (settings.WorkEnd <= settings.WorkStart)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"WorkEnd ({settings.WorkEnd:HH\\:mm}) must be later than WorkStart ({settings.WorkStart:HH\\:mm}); a working period can't be empty or cross midnight."),
                nameof(settings));
        }

        if (settings.WorkingDays is null || settings.Holidays is null || settings.MakeUpWorkdays is null)
        {
            throw new ArgumentException("WorkingDays, Holidays and MakeUpWorkdays must not be null (use empty sets).", nameof(settings));
        }

        // Without a working weekday, counting past the last make-up day would never end.
        if (settings.Enabled && settings.WorkingDays.Count == 0)
        {
            throw new ArgumentException("WorkingDays must contain at least one weekday when the calendar is enabled.", nameof(settings));
        }

        var clash = settings.Holidays.Where(settings.MakeUpWorkdays.Contains).Order().ToList();
        if (clash.Count > 0)
        {
            throw new ArgumentException(
                $"{string.Join(", ", clash.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))} can't be both a holiday and a make-up workday.",
                nameof(settings));
        }

        return FindZone(settings);
    }

    private static TimeZoneInfo FindZone(BusinessCalendarSettings settings)
    {
        var timeZoneId = settings.TimeZoneId;
        if (!string.IsNullOrWhiteSpace(timeZoneId))
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                // Fall through to one clear message below.
            }
        }

        throw new ArgumentException(
            $"Unknown time zone '{timeZoneId}'. Use an IANA id such as 'Asia/Shanghai' or 'Europe/London'.",
            nameof(settings));
    }
}
