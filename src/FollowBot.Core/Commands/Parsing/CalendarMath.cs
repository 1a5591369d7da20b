namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// Date arithmetic that returns false instead of throwing: DateOnly's constructor and AddDays throw outside
/// years 1–9999, and "tomorrow" must not crash for any <c>today</c> a caller passes.
/// </summary>
internal static class CalendarMath
{
    public static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12) return false;
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    public static bool TryAddDays(DateOnly from, long days, out DateOnly date)
    {
        date = default;
        var dayNumber = from.DayNumber + days;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber) return false;
        date = DateOnly.FromDayNumber((int)dayNumber);
        return true;
    }

    /// <summary>
    /// A date written without a year ("12-01", "12月1日") means the next time it comes round: this year, or next
    /// year when it is already past. Today itself counts as this year. Feb 29 lands on the next leap year only if
    /// that is next year; a day that exists in neither year is refused.
    /// </summary>
    public static bool TryNextOccurrence(int month, int day, DateOnly today, out DateOnly date)
    {
        if (TryCreate(today.Year, month, day, out date) && date >= today) return true;
        return TryCreate(today.Year + 1, month, day, out date);
    }
}
