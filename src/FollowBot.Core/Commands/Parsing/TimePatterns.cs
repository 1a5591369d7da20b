using System.Text.RegularExpressions;

namespace FollowBot.Core.Commands.Parsing;

/// <summary>The written shapes of a time of day, matched against canonical input with all spaces removed.</summary>
internal static partial class TimePatterns
{
    /// <summary>10:00, 9:30, and the same after a Chinese period word: 下午3:30.</summary>
    [GeneratedRegex(@"^(?<p>上午|早上|早晨|清晨|凌晨|中午|下午|傍晚|晚上|夜里)?(?<h>[0-9]{1,2}):(?<m>[0-9]{2})$")]
    public static partial Regex Clock();

    /// <summary>3pm, 10am, 3:30pm, 12 a.m. (dots already removed).</summary>
    [GeneratedRegex(@"^(?<h>[0-9]{1,2})(?::(?<m>[0-9]{2}))?(?<p>am|pm)$")]
    public static partial Regex TwelveHour();

    /// <summary>14点, 14点30, 14点30分, 3点半, 下午3点, 下午三点, 上午10时.</summary>
    [GeneratedRegex(@"^(?<p>上午|早上|早晨|清晨|凌晨|中午|下午|傍晚|晚上|夜里)?(?<h>[0-9]{1,2}|[零一二两三四五六七八九十]{1,3})[点时](?:(?<m>[0-9]{1,2})分?|(?<half>半))?$")]
    public static partial Regex Chinese();
}
