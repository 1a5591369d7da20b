namespace FollowBot.Core.Time;

public sealed partial class BusinessCalendar
{
    /// <summary>
    /// The instant (UTC) a business duration after <paramref name="start"/>.
    /// A zero duration returns <paramref name="start"/>. Otherwise the start is first moved to
    /// <see cref="NextWorkingMoment"/>; then <see cref="BusinessDuration.Days"/> step to the Nth next
    /// working day at the same local wall-clock time (a DST-skipped time becomes the first instant after
    /// the gap); then <see cref="BusinessDuration.Time"/> is consumed inside working periods, crossing
    /// nights, weekends and holidays. A result that exactly uses up a period is that period's end
    /// (17:00 + 1 h = 18:00 the same day; 17:30 + 1 h = 09:30 the next working day).
    /// When the calendar is disabled this is plain addition of <c>Days × 24 h + Time</c>.
    /// </summary>
    public DateTimeOffset Add(DateTimeOffset start, BusinessDuration duration)
    {
        if (duration.IsZero || !Settings.Enabled)
        {
            return start.ToUniversalTime() + duration.ToTimeSpan();
        }

        var moment = NextWorkingMoment(start);
        if (duration.Days > 0)
        {
            moment = AddWorkingDays(moment, duration.Days);
        }

        return AddWorkingTime(moment, duration.Time);
    }

    /// <summary>
    /// Business time between two instants: the total overlap of <c>[from, to)</c> with working periods;
    /// zero when <paramref name="to"/> is not after <paramref name="from"/>.
    /// Consistent with <see cref="Add"/>: <c>Elapsed(s, Add(s, d))</c> is <c>d.Days × (WorkEnd − WorkStart) + d.Time</c>
    /// (exactly, unless a clock change falls inside working hours and makes that day's period shorter or longer).
    /// When the calendar is disabled this is the plain difference.
    /// </summary>
    public TimeSpan Elapsed(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        if (!Settings.Enabled)
        {
            return to - from;
        }

        var total = TimeSpan.Zero;
        var last = LocalDate(to);
        for (var date = LocalDate(from); date <= last; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                total += PeriodOn(date).Overlap(from, to);
            }
        }

        return total;
    }

    // `moment` is working time, so its wall-clock time of day lies inside working hours on any working day.
    private DateTimeOffset AddWorkingDays(DateTimeOffset moment, int days)
    {
        var local = TimeZone.ToLocal(moment);
        var date = DateOnly.FromDateTime(local);
        for (var i = 0; i < days; i++)
        {
            do
            {
                date = date.AddDays(1);
            }
            while (!IsWorkingDay(date));
        }

        // Only a DST gap can push the mapped instant out of the period; normalising again covers it.
        return NextWorkingMoment(TimeZone.ToInstant(date.ToDateTime(TimeOnly.FromDateTime(local))));
    }

    // `moment` is working time; each pass uses up the rest of its period.
    private DateTimeOffset AddWorkingTime(DateTimeOffset moment, TimeSpan time)
    {
        var remaining = time;
        while (true)
        {
            var end = PeriodOn(LocalDate(moment)).End;
            if (remaining <= end - moment)
            {
                return (moment + remaining).ToUniversalTime();
            }

            remaining -= end - moment;
            moment = NextWorkingMoment(end);
        }
    }
}
