namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// The values people type into commands, in English and Simplified Chinese, half- or full-width.
/// Every method returns false (never throws) for input it does not understand; on false the out values are
/// zero / empty and must not be used. The engine maps false to the matching <see cref="ParseErrorCodes"/> key.
/// </summary>
public static class ValueParsers
{
    /// <summary>5000, 5,000, 5k, 1.2m, ¥5000, $5000, 5000 USD, 5万, 1.5万元 … Negative or above 1e12: false.</summary>
    public static bool TryParseAmount(string text, string defaultCurrency, out decimal amount, out string currency) =>
        AmountParser.TryParse(text, defaultCurrency, out amount, out currency);

    /// <summary>30m, 4h, 1.5h, 2d, 1w (= 5 business days), 2天, 4小时, 2个工作日, 1d4h. Days are business days, time is business time.</summary>
    public static bool TryParseDuration(string text, out int days, out TimeSpan time) =>
        DurationParser.TryParse(text, out days, out time);

    /// <summary>2026-12-01, 12/1, 12月1日, Dec 1, tomorrow, 明天, fri, 周五, next mon, 下周一, in 3d, 3天后; relative to <paramref name="today"/>.</summary>
    public static bool TryParseDate(string text, DateOnly today, out DateOnly date) =>
        DateParser.TryParse(text, today, out date);

    /// <summary>10:00, 9:30, 14点, 14点半, 下午3点, 上午10点, 3pm, 10am, 3:30pm.</summary>
    public static bool TryParseTimeOfDay(string text, out TimeOnly time) =>
        TimeOfDayParser.TryParse(text, out time);

    /// <summary>#12, ＃12, 12, No.12 → 12. Positive numbers only.</summary>
    public static bool TryParseDealNumber(string text, out int number) =>
        DealNumberParser.TryParse(text, out number);

    /// <summary>A/B/C in any case or width (also "A级") → 'A'..'C'.</summary>
    public static bool TryParseGrade(string text, out char grade) =>
        GradeParser.TryParse(text, out grade);

    /// <summary>@alice, &lt;@U123&gt;, &lt;@U123|jane&gt;, &lt;at&gt;Jane Doe&lt;/at&gt;, or a bare name.</summary>
    public static bool TryParsePerson(string text, out PersonRef person) =>
        PersonParser.TryParse(text, out person);
}
