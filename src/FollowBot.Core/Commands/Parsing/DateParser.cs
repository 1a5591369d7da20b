using System.Text.RegularExpressions;

namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// Dates relative to the member's own <c>today</c> (callers pass it in: Core never reads the clock).
/// Tries each written shape in turn; the shapes cannot overlap, so the order only matters for speed.
/// </summary>
internal static class DateParser
{
    private static readonly Dictionary<string, int> Keywords = new(StringComparer.Ordinal)
    {
        ["today"] = 0, ["今天"] = 0, ["今日"] = 0,
        ["tomorrow"] = 1, ["tmr"] = 1, ["tmrw"] = 1, ["明天"] = 1, ["明日"] = 1,
        ["day after tomorrow"] = 2, ["后天"] = 2, ["大后天"] = 3,
    };

    public static bool TryParse(string? text, DateOnly today, out DateOnly date)
    {
        date = default;
        var s = InputText.CanonicalValue(text);
        if (s is null) return false;
        if (Keywords.TryGetValue(s, out var offset)) return CalendarMath.TryAddDays(today, offset, out date);
        return Weekdays.TryParse(s, today, out date)
            || TryRelative(s, today, out date)
            || TryNumeric(s, today, out date)
            || TryMonthName(s, today, out date);
    }

    // "in 3d" and "3天后" count calendar days: business days would need the workspace calendar, which Core's
    // caller owns, so "3个工作日后" is deliberately not understood here.
    private static bool TryRelative(string s, DateOnly today, out DateOnly date)
    {
        date = default;
        var match = DatePatterns.InDays().Match(s);
        if (!match.Success) match = DatePatterns.DaysLater().Match(s);
        if (!match.Success) return false;
        var pos = 0;
        var n = match.Groups["n"].Value;
        if (!SmallNumber.TryRead(n, ref pos, out var count) || pos != n.Length) return false;
        var unit = match.Groups["unit"].Value;
        var perUnit = unit.StartsWith('d') || unit is "天" or "日" ? 1 : 7;
        return CalendarMath.TryAddDays(today, (long)count * perUnit, out date);
    }

    private static bool TryNumeric(string s, DateOnly today, out DateOnly date)
    {
        date = default;
        var match = DatePatterns.YearMonthDay().Match(s);
        if (!match.Success) match = DatePatterns.Chinese().Match(s);
        if (!match.Success) match = DatePatterns.MonthDay().Match(s);
        return match.Success && TryBuild(match, Number(match, "m"), today, out date);
    }

    private static bool TryMonthName(string s, DateOnly today, out DateOnly date)
    {
        date = default;
        var match = DatePatterns.MonthNameFirst().Match(s);
        if (!match.Success) match = DatePatterns.DayFirst().Match(s);
        return match.Success && TryBuild(match, MonthNames.Number(match.Groups["mon"].Value), today, out date);
    }

    private static bool TryBuild(Match match, int month, DateOnly today, out DateOnly date)
    {
        var day = Number(match, "d");
        return match.Groups["y"].Success
            ? CalendarMath.TryCreate(Number(match, "y"), month, day, out date)
            : CalendarMath.TryNextOccurrence(month, day, today, out date);
    }

    // Groups are at most four ASCII digits (see DatePatterns), so int.Parse cannot fail.
    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, provider: null);
}
