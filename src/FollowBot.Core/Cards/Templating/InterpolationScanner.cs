using FollowBot.Core.Cards.Templating.Expressions;

namespace FollowBot.Core.Cards.Templating;

/// <summary>
/// Splits a template string into text and <c>${…}</c> parts the way the official engine's string-interpolation
/// lexer does (a <c>${</c> runs to the first <c>}</c> outside a quoted string). Where that lexer would quietly
/// keep a malformed <c>${</c> as text, or treat a backtick or backslash specially, we refuse instead.
/// </summary>
internal static class InterpolationScanner
{
    public static IReadOnlyList<object> Scan(string text)
    {
        if (text.IndexOfAny(['`', '\\']) is var bad and >= 0)
        {
            throw new ExpressionSyntaxException($"'{text[bad]}' is not supported in a string that contains ${{…}}.", bad + 1);
        }

        var parts = new List<object>();
        var start = 0;
        for (var open = text.IndexOf("${", StringComparison.Ordinal); open >= 0; open = text.IndexOf("${", start, StringComparison.Ordinal))
        {
            if (open > start)
            {
                parts.Add(text[start..open]);
            }

            var close = FindClose(text, open + 2);
            var inner = text[(open + 2)..close];
            if (string.IsNullOrWhiteSpace(inner))
            {
                throw new ExpressionSyntaxException("Empty ${}.", open + 1);
            }

            try
            {
                parts.Add(ExpressionParser.Parse(inner));
            }
            catch (ExpressionSyntaxException ex)
            {
                throw new ExpressionSyntaxException($"{ex.Message} In '${{{inner}}}'.", open + 2 + ex.Column);
            }

            start = close + 1;
        }

        if (start < text.Length)
        {
            parts.Add(text[start..]);
        }

        return parts;
    }

    private static int FindClose(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '}':
                    return i;
                case '\'' or '"':
                    var end = text.IndexOf(text[i], i + 1);
                    i = end >= 0 ? end : throw new ExpressionSyntaxException("Unterminated string literal.", i + 1);
                    break;
                case '{' or '\r' or '\n':
                    throw new ExpressionSyntaxException($"'{Printable(text[i])}' is not allowed inside ${{…}}.", i + 1);
            }
        }

        throw new ExpressionSyntaxException("Unterminated ${: missing '}'.", from - 1);
    }

    private static string Printable(char c) => c switch { '\r' => "\\r", '\n' => "\\n", _ => c.ToString() };
}
