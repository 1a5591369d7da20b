using System.Globalization;
using System.Text;

namespace FollowBot.Core.Time;

/// <summary>
/// A span of business time, counted by a <see cref="BusinessCalendar"/>.
/// <see cref="Days"/> are whole business days: the same local wall-clock time on the Nth next working day.
/// <see cref="Time"/> is business time consumed inside working periods after the days are added;
/// it may exceed one day (30 business hours stay 30 hours, they are not turned into days).
/// Both parts are never negative.
/// </summary>
public readonly record struct BusinessDuration(int Days, TimeSpan Time)
{
    // Validated here rather than in Add so that a negative duration can't exist at all:
    // "due 2 days ago" has no meaning for an SLA and would silently move a deadline backwards.
    /// <summary>Whole business days; never negative.</summary>
    public int Days { get; init => field = NotNegative(value, nameof(Days)); } = NotNegative(Days, nameof(Days));

    /// <summary>Business time after the days; never negative, may exceed one day.</summary>
    public TimeSpan Time { get; init => field = NotNegative(value, nameof(Time)); } = NotNegative(Time, nameof(Time));

    /// <summary>True when adding this duration is a no-op.</summary>
    public bool IsZero => Days == 0 && Time == TimeSpan.Zero;

    /// <summary>Whole business days (same wall-clock time on the Nth next working day).</summary>
    public static BusinessDuration FromDays(int days) => new(days, TimeSpan.Zero);

    /// <summary>Business hours; always kept as <see cref="Time"/>, so 30 h is 30 working hours, not 1 day 6 h.</summary>
    public static BusinessDuration FromHours(double hours) =>
        double.IsFinite(hours) && hours >= 0
            ? new(0, TimeSpan.FromHours(hours))
            : throw new ArgumentOutOfRangeException(nameof(hours), hours, "Business hours must be a finite, non-negative number.");

    /// <summary>Business minutes, kept as <see cref="Time"/>.</summary>
    public static BusinessDuration FromMinutes(int minutes) => new(0, TimeSpan.FromMinutes(NotNegative(minutes, nameof(minutes))));

    /// <summary>
    /// The configuration form: the day part of the span is business days, the rest business time.
    /// "2.00:00:00" is 2 business days, "04:00:00" is 4 business hours, "00:00:05" is 5 seconds.
    /// </summary>
    public static BusinessDuration FromTimeSpan(TimeSpan span) =>
        new(NotNegative(span, nameof(span)).Days, span - TimeSpan.FromDays(span.Days));

    /// <summary>Inverse of <see cref="FromTimeSpan"/>: <c>Days × 1 day + Time</c> (the configuration form).</summary>
    public TimeSpan ToTimeSpan() => TimeSpan.FromDays(Days) + Time;

    /// <summary>Compact invariant form for logs and replies: "2d", "4h", "30m", "1d4h", "5s", "0m" for zero.</summary>
    public override string ToString()
    {
        if (IsZero)
        {
            return "0m";
        }

        var text = new StringBuilder();
        Append(text, Days, "d");
        Append(text, (long)Time.TotalHours, "h");
        Append(text, Time.Minutes, "m");
        // Seconds carry any sub-second rest as a decimal so the text never hides part of the duration.
        var seconds = (decimal)(Time.Ticks % TimeSpan.TicksPerMinute) / TimeSpan.TicksPerSecond;
        if (seconds != 0)
        {
            text.Append(seconds.ToString("0.#######", CultureInfo.InvariantCulture)).Append('s');
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, long value, string unit)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    private static int NotNegative(int value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "A business duration can't be negative.");

    private static TimeSpan NotNegative(TimeSpan value, string name) =>
        value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, value, "A business duration can't be negative.");
}
