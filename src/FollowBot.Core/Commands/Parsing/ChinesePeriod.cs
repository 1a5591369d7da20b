namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// Turns an hour said with a Chinese period of the day into a 0–23 clock hour, or -1 when they contradict
/// (上午15点). An hour already past 12 is accepted after an afternoon word (下午15点 is how some people write it).
/// </summary>
internal static class ChinesePeriod
{
    public static int ToClockHour(string period, int hour) => period switch
    {
        "" => hour,
        "凌晨" => hour switch { 12 => 0, < 12 => hour, _ => -1 },
        "上午" or "早上" or "早晨" or "清晨" => hour <= 12 ? hour : -1,
        "中午" => hour is 1 or 2 ? hour + 12 : hour is >= 11 and <= 13 ? hour : -1,
        // 晚上12点 is midnight and 晚上1点 is 1 a.m. (the small hours still count as "tonight").
        "晚上" or "夜里" => hour switch { 12 => 0, < 5 => hour, < 12 => hour + 12, _ => hour },
        _ => hour < 12 ? hour + 12 : hour, // 下午, 傍晚; 下午12点 is noon
    };
}
