using System.Globalization;

namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>
/// Parses the expression inside <c>${…}</c>. The subset: paths (<c>a.b[0].c</c>, heads <c>$root</c>,
/// <c>$data</c>, <c>$index</c>), string/number/boolean literals, <c>!</c>, comparisons, <c>&amp;&amp;</c>,
/// <c>||</c>, parentheses and count/exists/empty. Precedence follows the official ANTLR grammar
/// (ExpressionAntlrParser.g4), where <c>==</c> binds tighter than <c>&lt;</c>:
/// <c>!</c> &gt; <c>== !=</c> &gt; <c>&lt; &lt;= &gt; &gt;=</c> &gt; <c>&amp;&amp;</c> &gt; <c>||</c>.
/// </summary>
internal sealed class ExpressionParser
{
    private static readonly Dictionary<string, int> BinaryPrecedence = new(StringComparer.Ordinal)
    {
        ["||"] = 1, ["&&"] = 2, ["<"] = 3, ["<="] = 3, [">"] = 3, [">="] = 3, ["=="] = 4, ["!="] = 4,
    };

    private readonly IReadOnlyList<ExpressionToken> tokens;
    private int position;

    private ExpressionParser(string text) => tokens = ExpressionLexer.Tokenize(text);

    public static Expr Parse(string text)
    {
        var parser = new ExpressionParser(text);
        var expr = parser.ParseBinary(1);
        var next = parser.Peek();
        return next.Kind == TokenKind.End ? expr : throw Unexpected(next);
    }

    private ExpressionToken Peek() => tokens[position];

    private ExpressionToken Next() => tokens[position++];

    private Expr ParseBinary(int minPrecedence)
    {
        var left = ParseUnary();
        while (Peek() is { Kind: TokenKind.Operator } op && BinaryPrecedence.TryGetValue(op.Text, out var precedence) && precedence >= minPrecedence)
        {
            Next();
            var right = ParseBinary(precedence + 1);
            left = op.Text is "&&" or "||" ? new LogicalExpr(op.Text, left, right) : new ComparisonExpr(op.Text, left, right);
        }

        return left;
    }

    private Expr ParseUnary()
    {
        if (Peek() is { Kind: TokenKind.Operator, Text: "!" })
        {
            Next();
            return new NotExpr(ParseUnary());
        }

        return ParsePrimary();
    }

    private Expr ParsePrimary()
    {
        var token = Next();
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new LiteralExpr(double.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            case TokenKind.String:
                return new LiteralExpr(token.Text);
            case TokenKind.Punctuation when token.Text == "(":
                var inner = ParseBinary(1);
                Expect(")");
                return inner;
            case TokenKind.Identifier:
                return ParseIdentifier(token);
            default:
                throw Unexpected(token);
        }
    }

    private Expr ParseIdentifier(ExpressionToken token)
    {
        if (Peek() is { Kind: TokenKind.Punctuation, Text: "(" })
        {
            return ParseCall(token);
        }

        switch (token.Text)
        {
            case "true" or "false":
                return new LiteralExpr(token.Text == "true");
            case "null" or "undefined":
                throw new ExpressionSyntaxException($"'{token.Text}' is not supported; test with exists(x) or empty(x).", token.Column);
            case "$host":
                throw new ExpressionSyntaxException("$host is not supported: cards bind only the view data.", token.Column);
            case "$root" or "$data" or "$index":
                break;
            default:
                if (token.Text.StartsWith('$'))
                {
                    throw new ExpressionSyntaxException($"'{token.Text}' is not supported; use $root, $data or $index.", token.Column);
                }

                break;
        }

        return ParsePathTail(new PathExpr(token.Text, null));
    }

    private Expr ParsePathTail(Expr path)
    {
        while (Peek() is { Kind: TokenKind.Punctuation, Text: "." or "[" } step)
        {
            Next();
            if (step.Text == ".")
            {
                var name = Next();
                if (name.Kind != TokenKind.Identifier || name.Text.StartsWith('$'))
                {
                    throw new ExpressionSyntaxException("Expected a property name after '.'.", name.Column);
                }

                path = new PathExpr(name.Text, path);
            }
            else
            {
                var index = Next();
                if (index.Kind != TokenKind.Number || !int.TryParse(index.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var i))
                {
                    throw new ExpressionSyntaxException("Only whole-number indexes like [0] are supported.", index.Column);
                }

                Expect("]");
                path = new IndexExpr(path, i);
            }
        }

        if (Peek() is { Kind: TokenKind.Punctuation, Text: "(" } call)
        {
            throw new ExpressionSyntaxException("Only count, exists and empty can be called.", call.Column);
        }

        return path;
    }

    private CallExpr ParseCall(ExpressionToken name)
    {
        if (!CallExpr.Names.Contains(name.Text))
        {
            throw new ExpressionSyntaxException($"Unknown function '{name.Text}'; only count, exists and empty are supported.", name.Column);
        }

        Expect("(");
        var argument = ParseBinary(1);
        if (Peek() is { Text: "," } comma)
        {
            throw new ExpressionSyntaxException($"{name.Text}() takes exactly one argument.", comma.Column);
        }

        Expect(")");

        // Upstream's validator rejects count(1), count(true), count(a == b) … when the template is parsed.
        if (name.Text == "count" && argument is not (PathExpr or IndexExpr or LiteralExpr { Value: string }))
        {
            throw new ExpressionSyntaxException("count() needs a path or a string.", name.Column);
        }

        return new CallExpr(name.Text, argument);
    }

    private void Expect(string text)
    {
        var token = Next();
        if (token.Text != text || token.Kind is TokenKind.String or TokenKind.End)
        {
            throw new ExpressionSyntaxException($"Expected '{text}' but found {Describe(token)}.", token.Column);
        }
    }

    private static ExpressionSyntaxException Unexpected(ExpressionToken token) =>
        new($"Unexpected {Describe(token)}.", token.Column);

    private static string Describe(ExpressionToken token) =>
        token.Kind == TokenKind.End ? "end of expression" : $"'{token.Text}'";
}
