using System.Globalization;
using System.Text.RegularExpressions;
using FollowBot.Core.Reports;

namespace FollowBot.Core.Commands.Reports;

/// <summary>
/// The periods a pipeline summary takes, in the member's own calendar: <c>week</c>, <c>month</c> (the default),
/// <c>quarter</c>, <c>year</c>, the previous one (<c>last week</c>, 上月…), a month <c>2026-11</c> (or 2026年11月), a
/// quarter <c>2026-Q4</c>, a year <c>2026</c>, or the last N days <c>last 30d</c> (近30天) including today. Weeks start
/// on Monday.
/// </summary>
public static partial class PipelinePeriod
{
    public const string Default = "month";

    public static bool IsValid(string text) => Pattern().IsMatch(Normalize(text));

    /// <summary>The period <paramref name="text"/> names around <paramref name="today"/>; null when it names none.</summary>
    public static ReportPeriod? Resolve(string? text, DateOnly today, TimeZoneInfo zone)
    {
        var word = Normalize(text ?? Default);
        var m = Pattern().Match(word);
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["n"].Success)
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            return n is < 1 or > 366 ? null : Make(PeriodKind.LastDays, today.AddDays(1 - n), today, zone, $"last{n}d") with { Days = n };
        }

        if (m.Groups["y"].Success)
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (year is < 2000 or > 2100)
            {
                return null;
            }

            if (m.Groups["m"].Success)
            {
                var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                return month is < 1 or > 12 ? null : Month(new DateOnly(year, month, 1), zone);
            }

            if (m.Groups["q"].Success)
            {
                return Quarter(year, int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture), zone);
            }

            return Make(PeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), zone, $"{year}");
        }

        var previous = word.StartsWith("last", StringComparison.Ordinal) || word[0] is '上' or '去';
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return m.Groups["w"].Value switch
        {
            "week" or "周" => previous
                ? Make(PeriodKind.Week, monday.AddDays(-7), monday.AddDays(-1), zone, "lastweek")
                : Make(PeriodKind.Week, monday, monday.AddDays(6), zone, "week"),
            "month" or "月" => Month(new DateOnly(today.Year, today.Month, 1).AddMonths(previous ? -1 : 0), zone),
            "quarter" or "季度" => previous
                ? Quarter(today.Month <= 3 ? today.Year - 1 : today.Year, today.Month <= 3 ? 4 : ((today.Month - 1) / 3), zone)
                : Quarter(today.Year, ((today.Month - 1) / 3) + 1, zone),
            _ => Make(PeriodKind.Year, new DateOnly(today.Year - (previous ? 1 : 0), 1, 1), new DateOnly(today.Year - (previous ? 1 : 0), 12, 31), zone, $"{today.Year - (previous ? 1 : 0)}"),
        };
    }

    private static ReportPeriod Month(DateOnly first, TimeZoneInfo zone) =>
        Make(PeriodKind.Month, first, first.AddMonths(1).AddDays(-1), zone, first.ToString("yyyy-MM", CultureInfo.InvariantCulture));

    private static ReportPeriod? Quarter(int year, int quarter, TimeZoneInfo zone)
    {
        if (quarter is < 1 or > 4)
        {
            return null;
        }

        var first = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return Make(PeriodKind.Quarter, first, first.AddMonths(3).AddDays(-1), zone, $"{year}-Q{quarter}");
    }

    private static ReportPeriod Make(PeriodKind kind, DateOnly first, DateOnly last, TimeZoneInfo zone, string text) =>
        new(kind, first, last, StartOf(first, zone), StartOf(last.AddDays(1), zone), text);

    /// <summary>Local midnight as an instant (the first valid moment where a clock change skips midnight).</summary>
    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    // "last 30d" arrives as one word (the binder joins "last" to the next word); case and spaces don't matter.
    private static string Normalize(string text) => text.Trim().Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    [GeneratedRegex(@"^(?:(?:this|本|这|last|上个?|去)?(?<w>week|month|quarter|year|周|月|季度|年)|今年|(?:last|近|最近)(?<n>\d{1,3})(?:d|days?|天)|(?<y>\d{4})(?:[-/.](?<m>\d{1,2})|年(?<m>\d{1,2})月|-?q(?<q>\d)|年第?(?<q>\d)季度|年)?)$")]
    private static partial Regex Pattern();
}
