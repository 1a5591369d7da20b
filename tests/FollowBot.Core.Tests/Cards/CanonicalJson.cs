using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FollowBot.Core.Tests.Cards;

/// <summary>
/// JSON text for comparing two bindings: object keys sorted, numbers by value (5000.50 = 5000.5), indented so a
/// failing comparison shows a readable diff.
/// </summary>
internal static class CanonicalJson
{
    public static string Of(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text, 0);
        return text.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder text, int depth)
    {
        var indent = new string(' ', 2 * (depth + 1));
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                text.Append('{');
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append('\n').Append(indent).Append(JsonSerializer.Serialize(key)).Append(": ");
                    Write(value, text, depth + 1);
                }

                text.Append('\n').Append(' ', 2 * depth).Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                foreach (var item in array)
                {
                    text.Append('\n').Append(indent);
                    Write(item, text, depth + 1);
                }

                text.Append('\n').Append(' ', 2 * depth).Append(']');
                break;
            default:
                var scalar = node.AsValue();
                text.Append(scalar.GetValueKind() == JsonValueKind.Number
                    ? double.Parse(scalar.ToJsonString(), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)
                    : scalar.ToJsonString());
                break;
        }
    }
}
