using System.Text.RegularExpressions;

namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// Times of day: 24-hour clock, am/pm, and Chinese "N点" with an optional period word (上午/下午/晚上…) that says
/// which half of the day a 1–12 hour means. A bare number ("10") is refused: it could be a deal or an amount.
/// </summary>
internal static class TimeOfDayParser
{
    public static bool TryParse(string? text, out TimeOnly time)
    {
        time = default;
        var s = InputText.CanonicalValue(text);
        if (s is null) return false;
        s = s.Replace(" ", "", StringComparison.Ordinal).Replace("a.m.", "am", StringComparison.Ordinal)
            .Replace("p.m.", "pm", StringComparison.Ordinal);
        var match = TimePatterns.Clock().Match(s);
        if (!match.Success) match = TimePatterns.Chinese().Match(s);
        if (match.Success) return TryChineseOr24(match, out time);
        match = TimePatterns.TwelveHour().Match(s);
        return match.Success && TryTwelveHour(match, out time);
    }

    private static bool TryTwelveHour(Match match, out TimeOnly time)
    {
        time = default;
        var hour = int.Parse(match.Groups["h"].ValueSpan, provider: null);
        if (hour is < 1 or > 12) return false;
        var pm = match.Groups["p"].Value == "pm";
        return TryCreate((hour % 12) + (pm ? 12 : 0), Minutes(match), out time);
    }

    private static bool TryChineseOr24(Match match, out TimeOnly time)
    {
        time = default;
        var h = match.Groups["h"].Value;
        var pos = 0;
        if (!SmallNumber.TryRead(h, ref pos, out var parsed) || pos != h.Length) return false;
        var hour = ChinesePeriod.ToClockHour(match.Groups["p"].Value, (int)parsed);
        var minute = match.Groups["half"].Success ? 30 : Minutes(match);
        return TryCreate(hour, minute, out time);
    }

    private static int Minutes(Match match) =>
        match.Groups["m"].Success ? int.Parse(match.Groups["m"].ValueSpan, provider: null) : 0;

    private static bool TryCreate(int hour, int minute, out TimeOnly time)
    {
        time = default;
        if (hour is < 0 or > 23 || minute is < 0 or > 59) return false;
        time = new TimeOnly(hour, minute);
        return true;
    }
}
