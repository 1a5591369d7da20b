using System.Text.RegularExpressions;

namespace FollowBot.Core.Commands.Reports;

/// <summary>The periods a pipeline summary takes: week, month, quarter, a month like 2026-11, or last 30d.</summary>
public static partial class PipelinePeriod
{
    public static bool IsValid(string text) => Pattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^(week|month|quarter|year|本周|本月|本季度|今年|\d{4}-\d{1,2}|last\d+d|近\d+天)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
