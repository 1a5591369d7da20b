namespace FollowBot.Slack.Rendering;

/// <summary>
/// Slack mrkdwn escaping (https://docs.slack.dev/messaging/formatting-message-text#escaping): exactly
/// <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, ampersand first, so user text can't become a link, mention or
/// <c>&lt;!channel&gt;</c>. Nothing else is encoded.
/// </summary>
public static class Mrkdwn
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>The exact inverse of <see cref="Escape"/> (one left-to-right pass, so "&amp;lt;" becomes "&lt;").</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '&')
            {
                var rest = text.AsSpan(i);
                if (rest.StartsWith("&amp;", StringComparison.Ordinal))
                {
                    result.Append('&');
                    i += 4;
                    continue;
                }

                if (rest.StartsWith("&lt;", StringComparison.Ordinal) || rest.StartsWith("&gt;", StringComparison.Ordinal))
                {
                    result.Append(rest[1] == 'l' ? '<' : '>');
                    i += 3;
                    continue;
                }
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    /// <summary>Cuts escaped text to at most <paramref name="max"/> characters without splitting an entity.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text[..(max - 1)];
        var amp = cut.LastIndexOf('&');
        if (amp >= 0 && amp > cut.Length - 5 && !cut[amp..].Contains(';', StringComparison.Ordinal))
        {
            cut = cut[..amp];
        }

        return cut + "…";
    }
}
