using System.Text.RegularExpressions;

namespace FollowBot.Slack.Inbound;

/// <summary>
/// Turns Slack's message text back into what the person typed (https://docs.slack.dev/messaging/formatting-message-text):
/// Slack auto-links emails and URLs as <c>&lt;mailto:a@b.com|a@b.com&gt;</c> / <c>&lt;http://x|x&gt;</c>, writes
/// mentions as <c>&lt;@U123|name&gt;</c> and escapes <c>&amp; &lt; &gt;</c>. Mentions stay <c>&lt;@U123&gt;</c>,
/// which is how the command parser reads a Slack person.
/// </summary>
public static partial class SlackText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Angle brackets in Slack text are always Slack's own sequences: a typed '<' arrives as "&lt;".
        var unwrapped = Special().Replace(text, m => Unwrap(m.Groups["body"].Value, m.Groups["label"].Success ? m.Groups["label"].Value : null));
        return Rendering.Mrkdwn.Unescape(unwrapped);
    }

    /// <summary>Removes the leading mention of the bot from an <c>app_mention</c> ("&lt;@UBOT&gt; lead Acme" → "lead Acme").</summary>
    public static string WithoutMention(string text, string? botUserId)
    {
        var trimmed = text.TrimStart();
        if (botUserId is not null && trimmed.StartsWith($"<@{botUserId}>", StringComparison.Ordinal))
        {
            return trimmed[(botUserId.Length + 3)..].TrimStart(' ', ',', ':', '，', '：');
        }

        return trimmed;
    }

    private static string Unwrap(string body, string? label) => body[0] switch
    {
        '@' => $"<{body}>",
        '#' => "#" + (label ?? body[1..]),
        '!' => label ?? "@" + body[1..].Split('^')[0],
        _ when body.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) => label ?? body["mailto:".Length..],
        _ when body.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) => label ?? body["tel:".Length..],
        _ => label ?? body,
    };

    [GeneratedRegex(@"<(?<body>[^<>|]+)(\|(?<label>[^<>]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex Special();
}
