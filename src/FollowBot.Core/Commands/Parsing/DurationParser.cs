namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// Durations as one or more (count, unit) parts: "2d", "1d4h", "2 days 4 hours", "2个工作日", "半小时".
/// Days must be whole (a "half day" means different hours to different teams), hours may be fractional when
/// they come out in whole minutes (1.5h = 90 min). Each unit at most once; a total of zero is refused.
/// </summary>
internal static class DurationParser
{
    private const decimal MaxCount = 10_000m; // keeps days and minutes far from int/TimeSpan limits

    public static bool TryParse(string? text, out int days, out TimeSpan time)
    {
        days = 0;
        time = TimeSpan.Zero;
        var s = InputText.CanonicalValue(text);
        if (s is null) return false;
        var seen = new HashSet<DurationUnit>();
        decimal totalDays = 0, totalMinutes = 0;
        var pos = 0;
        while (pos < s.Length)
        {
            if (!SmallNumber.TryRead(s, ref pos, out var count) || count > MaxCount) return false;
            SkipSpaceAndClassifier(s, ref pos);
            if (!DurationUnits.TryRead(s, ref pos, out var unit) || !seen.Add(unit)) return false;
            if (!TryAdd(unit, count, ref totalDays, ref totalMinutes)) return false;
            if (pos < s.Length && s[pos] == ' ') pos++;
        }
        if (totalDays + totalMinutes == 0) return false;
        days = (int)totalDays;
        time = TimeSpan.FromMinutes((double)totalMinutes);
        return true;
    }

    private static bool TryAdd(DurationUnit unit, decimal count, ref decimal days, ref decimal minutes)
    {
        var isDays = unit is DurationUnit.Week or DurationUnit.Day;
        if (isDays && count != decimal.Truncate(count)) return false; // 1.5d, 0.5w, 半天
        var amount = unit switch
        {
            DurationUnit.Week => count * 5,
            DurationUnit.Hour => count * 60,
            _ => count,
        };
        if (amount != decimal.Truncate(amount)) return false; // 1.01h, 2.5m: not whole minutes
        if (isDays) days += amount;
        else minutes += amount;
        return true;
    }

    // "2 days", "2个工作日", "4个小时": a space or the classifier 个 may sit between count and unit.
    private static void SkipSpaceAndClassifier(string s, ref int pos)
    {
        if (pos < s.Length && s[pos] == ' ') pos++;
        if (pos < s.Length && s[pos] == '个') pos++;
    }
}
