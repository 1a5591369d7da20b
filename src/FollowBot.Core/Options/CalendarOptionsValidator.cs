using FollowBot.Core.Time;
using Microsoft.Extensions.Options;

namespace FollowBot.Core.Options;

/// <summary>Reports every problem at once (house rule 6), so a misconfigured start fails with the whole list.</summary>
public sealed class CalendarOptionsValidator : IValidateOptions<CalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendarOptions options)
    {
        var failures = new List<string>();
        if (!TimeZones.IsValid(options.TimeZone))
        {
            failures.Add($"FollowBot:Calendar:TimeZone '{options.TimeZone}' is not a known IANA time zone (e.g. Asia/Shanghai, Europe/London).");
        }

        if (options.WorkEnd <= options.WorkStart)
        {
            failures.Add($"FollowBot:Calendar:WorkEnd ({options.WorkEnd}) must be after WorkStart ({options.WorkStart}).");
        }

        if (options.Holidays.Intersect(options.MakeUpDays).FirstOrDefault() is { } both && both != default)
        {
            failures.Add($"FollowBot:Calendar: {both:yyyy-MM-dd} is both a holiday and a make-up working day.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
