namespace FollowBot.Core.Commands.Parsing;

/// <summary>Spellings of <see cref="DurationUnit"/>, English and Chinese, as they appear in canonical input.</summary>
internal static class DurationUnits
{
    // Longest first, so "min" is not read as "m" followed by garbage "in", and 工作日 before 日.
    private static readonly (string Text, DurationUnit Unit)[] Spellings = new (string, DurationUnit)[]
    {
        ("business days", DurationUnit.Day), ("business day", DurationUnit.Day), ("working days", DurationUnit.Day),
        ("working day", DurationUnit.Day), ("workdays", DurationUnit.Day), ("workday", DurationUnit.Day),
        ("minutes", DurationUnit.Minute), ("minute", DurationUnit.Minute), ("weeks", DurationUnit.Week),
        ("hours", DurationUnit.Hour), ("week", DurationUnit.Week), ("hour", DurationUnit.Hour),
        ("days", DurationUnit.Day), ("mins", DurationUnit.Minute), ("day", DurationUnit.Day),
        ("hrs", DurationUnit.Hour), ("min", DurationUnit.Minute), ("wks", DurationUnit.Week),
        ("工作日", DurationUnit.Day), ("wk", DurationUnit.Week), ("hr", DurationUnit.Hour),
        ("小时", DurationUnit.Hour), ("钟头", DurationUnit.Hour), ("分钟", DurationUnit.Minute),
        ("星期", DurationUnit.Week), ("礼拜", DurationUnit.Week),
        ("w", DurationUnit.Week), ("d", DurationUnit.Day), ("h", DurationUnit.Hour), ("m", DurationUnit.Minute),
        ("周", DurationUnit.Week), ("天", DurationUnit.Day), ("日", DurationUnit.Day), ("分", DurationUnit.Minute),
    }.OrderByDescending(p => p.Item1.Length).ToArray();

    public static bool TryRead(string s, ref int pos, out DurationUnit unit)
    {
        foreach (var (text, u) in Spellings)
        {
            if (string.CompareOrdinal(s, pos, text, 0, text.Length) != 0) continue;
            pos += text.Length;
            unit = u;
            return true;
        }
        unit = default;
        return false;
    }
}
