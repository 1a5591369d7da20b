using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FollowBot.Core.Cards.Templating.Expressions;

namespace FollowBot.Core.Cards.Templating;

/// <summary>
/// Reads template JSON into <see cref="TemplateNode"/>s, recording each value's path and line, and rejects
/// everything outside the supported subset so that a bad template fails when it is loaded, not when a user
/// first opens the card.
/// </summary>
internal sealed class TemplateReader
{
    // Keys the official engine treats as reserved (and drops) that we do not support.
    private static readonly HashSet<string> UnsupportedKeys = new(StringComparer.Ordinal) { "$root", "$index", "$host", "$_acTemplateVersion" };

    private readonly string fileName;
    private readonly List<long> lineStarts = [0];

    private TemplateReader(string fileName, byte[] utf8)
    {
        this.fileName = fileName;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    public static ObjectTemplateNode Read(string json, string fileName)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var self = new TemplateReader(fileName, utf8);
        var reader = new Utf8JsonReader(utf8);
        try
        {
            reader.Read();
            var root = self.ReadValue(ref reader, "$");
            if (reader.Read())
            {
                throw self.Fail(self.PositionOf(reader.TokenStartIndex, "$"), "Unexpected content after the root value.");
            }

            return root switch
            {
                ObjectTemplateNode { Data: null, When: null } card => card,
                ObjectTemplateNode => throw self.Fail(root.Position, "$data and $when are not supported on the root object."),
                _ => throw self.Fail(root.Position, "A card template must be a JSON object."),
            };
        }
        catch (JsonException ex)
        {
            throw new CardTemplateException(fileName, $"line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}", "Invalid JSON: " + ex.Message, ex);
        }
    }

    private TemplateNode ReadValue(ref Utf8JsonReader reader, string path)
    {
        var position = PositionOf(reader.TokenStartIndex, path);
        return reader.TokenType switch
        {
            JsonTokenType.StartObject => ReadObject(ref reader, position),
            JsonTokenType.StartArray => ReadArray(ref reader, position),
            JsonTokenType.String => ReadString(reader.GetString()!, position),
            JsonTokenType.Number => new LiteralTemplateNode(position, JsonNode.Parse(reader.ValueSpan)),
            JsonTokenType.True or JsonTokenType.False => new LiteralTemplateNode(position, JsonValue.Create(reader.GetBoolean())),
            _ => new LiteralTemplateNode(position, null),
        };
    }

    private ObjectTemplateNode ReadObject(ref Utf8JsonReader reader, TemplatePosition position)
    {
        var properties = new List<KeyValuePair<string, TemplateNode>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Expr? data = null, when = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            var keyPosition = PositionOf(reader.TokenStartIndex, AppendKey(position.Path, key));
            if (!seen.Add(key))
            {
                throw Fail(keyPosition, $"Duplicate property '{key}'.");
            }

            if (UnsupportedKeys.Contains(key) || key.Contains("${", StringComparison.Ordinal))
            {
                throw Fail(keyPosition, $"The property name '{key}' is not supported in templates.");
            }

            reader.Read();
            if (key is "$data" or "$when")
            {
                var directive = ReadDirective(ref reader, keyPosition, key);
                (data, when) = key == "$data" ? (directive, when) : (data, directive);
                continue;
            }

            properties.Add(new(key, ReadValue(ref reader, keyPosition.Path)));
        }

        return new ObjectTemplateNode(position, properties, data, when);
    }

    private ArrayTemplateNode ReadArray(ref Utf8JsonReader reader, TemplatePosition position)
    {
        var items = new List<TemplateNode>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(ReadValue(ref reader, $"{position.Path}[{items.Count}]"));
        }

        return new ArrayTemplateNode(position, items);
    }

    // $data and $when must be exactly one ${…}: upstream drops an element whose $when is anything else, and
    // takes a literal $data as data without binding what is inside it.
    private Expr ReadDirective(ref Utf8JsonReader reader, TemplatePosition position, string key)
    {
        var node = reader.TokenType == JsonTokenType.String ? ReadString(reader.GetString()!, position) : null;
        if (node is ExpressionTemplateNode expression)
        {
            return expression.Expression;
        }

        throw Fail(position, $"{key} must be a single expression such as \"${{items}}\" or \"${{exists(note)}}\".");
    }

    private TemplateNode ReadString(string text, TemplatePosition position)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return new LiteralTemplateNode(position, JsonValue.Create(text));
        }

        IReadOnlyList<object> parts;
        try
        {
            parts = InterpolationScanner.Scan(text);
        }
        catch (ExpressionSyntaxException ex)
        {
            throw Fail(position, $"{ex.Message} (column {ex.Column} of \"{text}\")");
        }

        // Upstream gives the value's own type only when the whole string is one non-constant expression.
        return parts is [Expr expr and not LiteralExpr]
            ? new ExpressionTemplateNode(position, expr)
            : new InterpolatedTemplateNode(position, parts);
    }

    private TemplatePosition PositionOf(long tokenStart, string path)
    {
        var index = lineStarts.BinarySearch(tokenStart);
        return new TemplatePosition(path, index >= 0 ? index + 1 : ~index);
    }

    private CardTemplateException Fail(TemplatePosition position, string problem) =>
        new(fileName, position.ToString(), problem);

    private static string AppendKey(string path, string key) =>
        key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{path}.{key}"
            : $"{path}['{key}']";
}
