namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>
/// Splits an expression into tokens, following ExpressionAntlrLexer.g4 for what we accept: identifiers are
/// ASCII letters, digits and '_' (optionally after one '$'), numbers are <c>12</c> or <c>1.5</c>, strings use
/// single or double quotes. Anything else (other operators, escapes, non-ASCII names) is rejected here.
/// </summary>
internal static class ExpressionLexer
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!"];

    public static IReadOnlyList<ExpressionToken> Tokenize(string text)
    {
        var tokens = new List<ExpressionToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var column = i + 1;
            if (c is ' ' or '\t')
            {
                i++;
            }
            else if (char.IsAsciiLetter(c) || c is '_' or '$')
            {
                var start = i++;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new(TokenKind.Identifier, text[start..i], column));
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(new(TokenKind.Number, ReadNumber(text, ref i), column));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(new(TokenKind.String, ReadString(text, ref i), column));
            }
            else if (c is '(' or ')' or '[' or ']' or '.' or ',')
            {
                tokens.Add(new(TokenKind.Punctuation, c.ToString(), column));
                i++;
            }
            else
            {
                var op = Operators.FirstOrDefault(o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0)
                    ?? throw new ExpressionSyntaxException($"'{c}' is not supported here.", column);
                if (op is "<" && i + 1 < text.Length && text[i + 1] == '>')
                {
                    throw new ExpressionSyntaxException("'<>' is not supported; use '!='.", column);
                }

                tokens.Add(new(TokenKind.Operator, op, column));
                i += op.Length;
            }
        }

        tokens.Add(new(TokenKind.End, "", text.Length + 1));
        return tokens;
    }

    private static string ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '_'))
        {
            throw new ExpressionSyntaxException($"'{text[start..(i + 1)]}' is not a number or a name.", start + 1);
        }

        return text[start..i];
    }

    private static string ReadString(string text, ref int i)
    {
        var quote = text[i];
        var start = i++;
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\')
            {
                // Upstream unescapes \n, \t, \' …; we keep strings plain rather than re-implement that.
                throw new ExpressionSyntaxException("Backslash escapes are not supported in string literals.", i + 1);
            }

            i++;
        }

        if (i >= text.Length)
        {
            throw new ExpressionSyntaxException("Unterminated string literal.", start + 1);
        }

        i++;
        return text[(start + 1)..(i - 1)];
    }
}
