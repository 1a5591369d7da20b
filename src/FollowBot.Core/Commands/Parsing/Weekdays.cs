namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// Weekday names: mon..sun / monday..sunday and 周一..周日, 星期一..星期日 (星期天), 礼拜一..礼拜天, 周1..周7.
/// "fri" is the next Friday strictly after today (on a Friday: a week later, since "today" has its own word);
/// "next fri" / 下周五 is the Friday of next week, weeks running Monday to Sunday as in China and ISO 8601.
/// </summary>
internal static class Weekdays
{
    private static readonly Dictionary<string, DayOfWeek> English = new(StringComparer.Ordinal)
    {
        ["mon"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday, ["weds"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["thursday"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
    };

    private static readonly string[] ChinesePrefixes = ["星期", "礼拜", "周"];

    public static bool TryParse(string s, DateOnly today, out DateOnly date)
    {
        date = default;
        if (s.StartsWith("next ", StringComparison.Ordinal) && English.TryGetValue(s[5..], out var day)) return NextWeek(today, day, out date);
        if (s.StartsWith('下') && TryChinese(s.AsSpan(s.StartsWith("下个", StringComparison.Ordinal) ? 2 : 1), out day)) return NextWeek(today, day, out date);
        if (English.TryGetValue(s, out day) || TryChinese(s, out day)) return NextStrictly(today, day, out date);
        return false;
    }

    private static bool NextStrictly(DateOnly today, DayOfWeek day, out DateOnly date)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return CalendarMath.TryAddDays(today, ahead == 0 ? 7 : ahead, out date);
    }

    // The coming Sunday closes this week (today, if today is Sunday); next week is the seven days after it.
    private static bool NextWeek(DateOnly today, DayOfWeek day, out DateOnly date)
    {
        var toSunday = (7 - (int)today.DayOfWeek) % 7;
        var intoWeek = ((int)day - (int)DayOfWeek.Monday + 7) % 7;
        return CalendarMath.TryAddDays(today, toSunday + 1 + intoWeek, out date);
    }

    private static bool TryChinese(ReadOnlySpan<char> s, out DayOfWeek day)
    {
        day = default;
        foreach (var prefix in ChinesePrefixes)
        {
            if (s.Length != prefix.Length + 1 || !s.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var index = "日一二三四五六".IndexOf(s[^1]);
            if (index < 0) index = "天123456".IndexOf(s[^1]);
            if (index < 0 && s[^1] == '7') index = 0;
            if (index < 0) return false;
            day = (DayOfWeek)index;
            return true;
        }
        return false;
    }
}
