using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>
/// The JavaScript value model the official engine works in. A value is <see cref="JsUndefined"/>, null, bool,
/// double, string, <see cref="JsonArray"/> or <see cref="JsonObject"/> (data nodes are read, never changed).
/// </summary>
internal static class JsValues
{
    // JavaScript's Number.EPSILON (2^-52), not .NET's double.Epsilon (the smallest denormal).
    private const double NumberEpsilon = 2.220446049250313e-16;

    // Typed as object on purpose: a switch typed JsonNode would turn bool/double/string back into JsonValues
    // through JsonNode's implicit conversions.
    public static object? FromNode(JsonNode? node)
    {
        if (node is null or JsonObject or JsonArray)
        {
            return node;
        }

        var value = node.AsValue();
        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => (object?)null,
        };
    }

    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        double d => JsonValue.Create(d),
        string s => JsonValue.Create(s),
        JsonNode node => node.DeepClone(),
        _ => throw new InvalidOperationException($"Not a template value: {value.GetType().Name}."),
    };

    public static bool IsNullish(object? value) => value is null or JsUndefined;

    /// <summary>InternalFunctionUtils.isLogicTrue: booleans are themselves, null/undefined false, anything else true (even 0 and "").</summary>
    public static bool IsLogicTrue(object? value) => value is bool b ? b : !IsNullish(value);

    /// <summary>
    /// InternalFunctionUtils.accessProperty: nothing on falsy values; case-insensitive, first match in key order
    /// on objects; arrays and strings only have their index keys ("0", "1", …).
    /// </summary>
    public static object? GetProperty(object? instance, string name)
    {
        switch (instance)
        {
            case JsonObject obj:
                var wanted = name.ToLowerInvariant();
                foreach (var (key, child) in obj)
                {
                    if (SameLowered(key, wanted))
                    {
                        return FromNode(child);
                    }
                }

                return JsUndefined.Value;
            case JsonArray array when TryIndexKey(name, array.Count, out var i):
                return FromNode(array[i]);
            case string s when TryIndexKey(name, s.Length, out var i):
                return s[i].ToString();
            default:
                return JsUndefined.Value;
        }
    }

    // key.toLowerCase() === name.toLowerCase() without lower-casing every key of every object on every lookup (a
    // card's bindings did that thousands of times per render): for ASCII, that equality is an ignore-case compare.
    private static bool SameLowered(string key, string loweredName) =>
        key.Length == loweredName.Length && (Ascii.IsValid(key) && Ascii.IsValid(loweredName)
            ? Ascii.EqualsIgnoreCase(key, loweredName)
            : string.Equals(key.ToLowerInvariant(), loweredName, StringComparison.Ordinal));

    /// <summary>FunctionUtils.commonEquals.</summary>
    public static bool CommonEquals(object? a, object? b)
    {
        if (IsNullish(a) || IsNullish(b))
        {
            return IsNullish(a) && IsNullish(b);
        }

        if (a is JsonArray left && b is JsonArray right)
        {
            return left.Count == right.Count && left.Select((item, i) => CommonEquals(FromNode(item), FromNode(right[i]))).All(x => x);
        }

        if (a is JsonObject && b is JsonObject)
        {
            return StrictDeepEquals(a, b);
        }

        if (a is double x && b is double y && Math.Abs(x - y) < NumberEpsilon)
        {
            return true;
        }

        return StrictEquals(a, b);
    }

    /// <summary>The text JavaScript's <c>value.toString()</c> gives, as string interpolation uses it.</summary>
    public static string ToJsString(object? value) => value switch
    {
        string s => s,
        double d => JsNumber.Format(d),
        bool b => b ? "true" : "false",
        JsonArray array => string.Join(",", array.Select(item => FromNode(item) is var v && IsNullish(v) ? "" : ToJsString(v))),
        JsonObject => "[object Object]",
        _ => throw new InvalidOperationException("null and undefined have no text."),
    };

    private static bool StrictEquals(object? a, object? b) => (a, b) switch
    {
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (double x, double y) => x.Equals(y) && !double.IsNaN(x),
        (bool x, bool y) => x == y,
        _ => ReferenceEquals(a, b),
    };

    // lodash isEqual on plain JSON: same keys (any order), deep-equal values.
    private static bool StrictDeepEquals(object? a, object? b)
    {
        if (a is JsonObject x && b is JsonObject y)
        {
            return x.Count == y.Count && x.All(p => y.ContainsKey(p.Key) && StrictDeepEquals(FromNode(p.Value), FromNode(y[p.Key])));
        }

        if (a is JsonArray l && b is JsonArray r)
        {
            return l.Count == r.Count && l.Select((item, i) => StrictDeepEquals(FromNode(item), FromNode(r[i]))).All(eq => eq);
        }

        return (a is null && b is null) || StrictEquals(a, b);
    }

    private static bool TryIndexKey(string name, int count, out int index)
    {
        // Object.keys gives canonical decimal strings only ("0", "12"), so "01" is not a key.
        index = -1;
        return name.Length > 0 && name.All(char.IsAsciiDigit) && (name == "0" || name[0] != '0')
            && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index < count;
    }
}
