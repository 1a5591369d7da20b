using System.Text.RegularExpressions;

namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// The written shapes of a date, matched against canonical input (folded, lower-case, single spaces, at most
/// <see cref="InputText.MaxValueLength"/> chars). Digits are spelled [0-9] because \d also matches other scripts.
/// </summary>
internal static partial class DatePatterns
{
    /// <summary>2026-12-01, 2026/12/01, 2026.12.01 (one separator, used twice).</summary>
    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<sep>[-/.])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})$")]
    public static partial Regex YearMonthDay();

    /// <summary>12-01, 12/1, 12.1: month first, as in both US and Chinese usage.</summary>
    [GeneratedRegex(@"^(?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})$")]
    public static partial Regex MonthDay();

    /// <summary>12月1日, 12月1号, 2026年12月1日.</summary>
    [GeneratedRegex(@"^(?:(?<y>[0-9]{4}) ?年 ?)?(?<m>[0-9]{1,2}) ?月 ?(?<d>[0-9]{1,2}) ?[日号]?$")]
    public static partial Regex Chinese();

    /// <summary>dec 1, dec. 1st, december 1, 2026.</summary>
    [GeneratedRegex(@"^(?<mon>[a-z]{3,9})\.? ?(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?:,? ?(?<y>[0-9]{4}))?$")]
    public static partial Regex MonthNameFirst();

    /// <summary>1 dec, 1st december 2026.</summary>
    [GeneratedRegex(@"^(?<d>[0-9]{1,2})(?:st|nd|rd|th)? ?(?<mon>[a-z]{3,9})\.?(?:,? ?(?<y>[0-9]{4}))?$")]
    public static partial Regex DayFirst();

    /// <summary>in 3d, in 3 days, in 2 weeks.</summary>
    [GeneratedRegex(@"^in (?<n>[0-9]{1,4}) ?(?<unit>d|days?|w|wks?|weeks?)$")]
    public static partial Regex InDays();

    /// <summary>3天后, 两天之后, 2周后, 1个星期以后.</summary>
    [GeneratedRegex(@"^(?<n>[0-9]{1,4}|[零一二两三四五六七八九十]{1,3}) ?个?(?<unit>天|日|周|星期|礼拜)(?:之后|以后|后)$")]
    public static partial Regex DaysLater();
}
