using System.Globalization;

namespace FollowBot.Core.Domain;

/// <summary>The two languages FollowBot speaks (product §9).</summary>
public static class Locales
{
    public const string English = "en";
    public const string Chinese = "zh-Hans";

    /// <summary>Maps what a channel reports (zh-CN, zh-cn, zh_CN, en-US, zh-Hans-CN, zh) onto one of ours; null when unknown.</summary>
    public static string? Normalize(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var l = locale.Trim().Replace('_', '-').ToLowerInvariant();
        if (l is "zh" or "cn" or "中文" || l.StartsWith("zh-", StringComparison.Ordinal))
        {
            // Traditional-script locales are still closer to zh-Hans than to English for this audience.
            return Chinese;
        }

        return l is "en" or "english" || l.StartsWith("en-", StringComparison.Ordinal) ? English : null;
    }

    public static CultureInfo Culture(string locale) =>
        CultureInfo.GetCultureInfo(locale == Chinese ? Chinese : English);
}
