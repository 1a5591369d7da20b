using System.Collections.Frozen;

namespace FollowBot.Core.Time;

/// <summary>
/// Working hours, working days, public holidays and make-up workdays of one time zone.
/// Inputs are instants with any offset; every instant returned is in UTC (offset 0).
/// All wall-clock reasoning happens in <see cref="TimeZone"/>, never in the server's zone.
/// Immutable and thread-safe.
/// </summary>
public sealed partial class BusinessCalendar
{
    private readonly FrozenSet<DayOfWeek> _workingDays;
    private readonly FrozenSet<DateOnly> _holidays;
    private readonly FrozenSet<DateOnly> _makeUpWorkdays;

    /// <summary>Builds a calendar from settings.</summary>
    /// <exception cref="ArgumentException">
    /// Unknown time zone, <c>WorkEnd &lt;= WorkStart</c>, no working weekdays, or a date that is both a holiday and a make-up workday.
    /// </exception>
    public BusinessCalendar(BusinessCalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        TimeZone = Validate(settings);
        // Frozen copies: the caller's sets may be mutable, and a calendar is shared across threads.
        _workingDays = settings.WorkingDays.ToFrozenSet();
        _holidays = settings.Holidays.ToFrozenSet();
        _makeUpWorkdays = settings.MakeUpWorkdays.ToFrozenSet();
        Settings = settings with { WorkingDays = _workingDays, Holidays = _holidays, MakeUpWorkdays = _makeUpWorkdays };
    }

    /// <summary>The settings this calendar was built from (with the day sets snapshotted).</summary>
    public BusinessCalendarSettings Settings { get; }

    /// <summary>The zone working hours are read in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>
    /// The same hours, days and holidays read in another zone, e.g. a member's own quiet hours.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown time zone.</exception>
    public BusinessCalendar InTimeZone(string timeZoneId) => new(Settings with { TimeZoneId = timeZoneId });

    /// <summary>
    /// Whether a local date is worked: a make-up workday always is, a holiday never is,
    /// otherwise its weekday decides. Every day is a working day when the calendar is disabled.
    /// </summary>
    public bool IsWorkingDay(DateOnly localDate) =>
        !Settings.Enabled
        || _makeUpWorkdays.Contains(localDate)
        || (!_holidays.Contains(localDate) && _workingDays.Contains(localDate.DayOfWeek));

    /// <summary>
    /// Whether the instant falls in a working period <c>[WorkStart, WorkEnd)</c> of a working day;
    /// always true when the calendar is disabled.
    /// </summary>
    public bool IsWorkingTime(DateTimeOffset instant)
    {
        if (!Settings.Enabled)
        {
            return true;
        }

        var date = LocalDate(instant);
        return IsWorkingDay(date) && PeriodOn(date).Contains(instant);
    }

    /// <summary>
    /// The instant itself (in UTC) if it is working time, else the start of the next working period.
    /// </summary>
    public DateTimeOffset NextWorkingMoment(DateTimeOffset instant)
    {
        if (!Settings.Enabled)
        {
            return instant.ToUniversalTime();
        }

        // Terminates: the constructor guarantees a working weekday, and holidays are finite.
        for (var date = LocalDate(instant); ; date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }

            var period = PeriodOn(date);
            if (period.Start < period.End && instant < period.End)
            {
                return (instant > period.Start ? instant : period.Start).ToUniversalTime();
            }
        }
    }

    /// <summary>The calendar's local date of an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZone.ToLocal(instant));

    // Each date's hours are resolved on the wall clock, so a DST change never shifts 09:00–18:00.
    private WorkingPeriod PeriodOn(DateOnly date) =>
        new(TimeZone.ToInstant(date.ToDateTime(Settings.WorkStart)), TimeZone.ToInstant(date.ToDateTime(Settings.WorkEnd)));
}
