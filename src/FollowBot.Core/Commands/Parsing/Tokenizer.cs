namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// Splits a command line into <see cref="Token"/>s: any Unicode white space separates; quotes and Teams
/// mentions group; <c>key=value</c> forms carry their key. One forward scan, so any input ends in linear time.
/// </summary>
public static class Tokenizer
{
    public static TokenizeResult Tokenize(string? text)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text)) return new TokenizeResult(tokens, null);
        var lastMentionClose = AtTagMention.LastClose(text);
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) return new TokenizeResult(tokens, null);
            var token = ReadToken(text, i, lastMentionClose);
            if (token is null)
            {
                return new TokenizeResult(tokens, new ParseError(ParseErrorCodes.UnterminatedQuote, text[i..]));
            }
            tokens.Add(token);
            i = token.Start + token.Length;
        }
    }

    /// <summary>The token starting at <paramref name="start"/> (not white space), or null for an unterminated quote.</summary>
    private static Token? ReadToken(string text, int start, int lastMentionClose)
    {
        var keyLength = KeyScanner.KeyLength(text, start);
        if (keyLength == 0) return ReadValue(text, start, start, null, lastMentionClose);
        var key = KeyScanner.Normalize(text.AsSpan(start, keyLength));
        return ReadValue(text, start, start + keyLength + 1, key, lastMentionClose);
    }

    /// <summary>Reads the value part at <paramref name="at"/>: quoted, a Teams mention, or up to the next white space.</summary>
    private static Token? ReadValue(string text, int start, int at, string? key, int lastMentionClose)
    {
        if (at < text.Length && QuotePairs.IsOpening(text[at]))
        {
            // The closing quote ends the token even without a space after it: Chinese puts none (“回访”明天).
            var close = QuotePairs.FindClose(text, at);
            return close < 0 ? null : Make(text, start, close + 1, key, at + 1, close, quoted: true);
        }
        var mentionEnd = at < text.Length ? AtTagMention.End(text, at, lastMentionClose) : -1;
        if (mentionEnd > 0) return Make(text, start, mentionEnd, key, at, mentionEnd, quoted: false);
        var end = at;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        return Make(text, start, end, key, at, end, quoted: false);
    }

    private static Token Make(string text, int start, int end, string? key, int valueStart, int valueEnd, bool quoted) =>
        new(text[start..end], key, text[valueStart..valueEnd], start, end - start, quoted);
}
