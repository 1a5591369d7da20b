using System.Collections.Frozen;

namespace FollowBot.Core.Time;

/// <summary>
/// What a workspace counts as working time.
/// </summary>
/// <param name="TimeZoneId">IANA id the hours are read in, e.g. "Asia/Shanghai".</param>
/// <param name="WorkStart">Local start of each working period (inclusive).</param>
/// <param name="WorkEnd">Local end of each working period (exclusive: 18:00 itself is not working time).</param>
/// <param name="WorkingDays">Weekdays that are normally worked.</param>
/// <param name="Holidays">Public holidays: not worked even when they fall on a working weekday.</param>
/// <param name="MakeUpWorkdays">Make-up working days (调休): worked even when they fall on a weekend.</param>
/// <param name="Enabled">False counts 24/7: every instant is working time.</param>
public sealed record BusinessCalendarSettings(
    string TimeZoneId,
    TimeOnly WorkStart,
    TimeOnly WorkEnd,
    IReadOnlySet<DayOfWeek> WorkingDays,
    IReadOnlySet<DateOnly> Holidays,
    IReadOnlySet<DateOnly> MakeUpWorkdays,
    bool Enabled = true)
{
    private static readonly FrozenSet<DayOfWeek> MondayToFriday = new[]
    {
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
    }.ToFrozenSet();

    /// <summary>09:00–18:00, Monday to Friday, no holidays, in the given IANA zone.</summary>
    public static BusinessCalendarSettings Default(string timeZoneId) => new(
        timeZoneId,
        new TimeOnly(9, 0),
        new TimeOnly(18, 0),
        MondayToFriday,
        FrozenSet<DateOnly>.Empty,
        FrozenSet<DateOnly>.Empty);

    // The generated record equality would compare the sets by reference; two settings that
    // describe the same calendar must be equal (the calendar keeps its own frozen copies).
    /// <summary>Value equality, comparing the day sets by content.</summary>
    public bool Equals(BusinessCalendarSettings? other) =>
        other is not null
        && TimeZoneId == other.TimeZoneId
        && WorkStart == other.WorkStart
        && WorkEnd == other.WorkEnd
        && Enabled == other.Enabled
        && WorkingDays.SetEquals(other.WorkingDays)
        && Holidays.SetEquals(other.Holidays)
        && MakeUpWorkdays.SetEquals(other.MakeUpWorkdays);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(TimeZoneId, WorkStart, WorkEnd, Enabled, WorkingDays.Count, Holidays.Count, MakeUpWorkdays.Count);
}
