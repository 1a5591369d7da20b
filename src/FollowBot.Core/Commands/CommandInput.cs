using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Commands;

/// <summary>
/// A command's arguments, the same whatever they came from: text (positional words plus <c>key=value</c>) or a card
/// (named data only). Keys are canonical English names; Chinese key aliases are mapped on the way in.
/// </summary>
public sealed class CommandInput
{
    private static readonly Dictionary<string, string> KeyAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["公司"] = "company", ["客户"] = "company", ["联系人"] = "contact", ["name"] = "contact",
        ["电话"] = "phone", ["手机"] = "phone", ["tel"] = "phone", ["mobile"] = "phone",
        ["邮箱"] = "email", ["mail"] = "email", ["金额"] = "value", ["价值"] = "value", ["amount"] = "value",
        ["等级"] = "grade", ["级别"] = "grade", ["来源"] = "source", ["负责人"] = "owner",
        ["备注"] = "note", ["阶段"] = "stage", ["截止"] = "due", ["deadline"] = "due", ["期限"] = "due",
        ["原因"] = "reason", ["时间"] = "when", ["内容"] = "text", ["等级别"] = "grade",
    };

    private readonly string _text;
    private readonly int _bodyStart;

    private CommandInput(string text, int bodyStart, IReadOnlyList<Token> positional, IReadOnlyDictionary<string, string> named)
    {
        _text = text;
        _bodyStart = bodyStart;
        Positional = positional;
        Named = named;
    }

    public IReadOnlyList<Token> Positional { get; }

    public IReadOnlyDictionary<string, string> Named { get; }

    /// <summary>True when the input came from a card or form rather than typed text.</summary>
    public bool FromCard { get; private init; }

    /// <summary>The arguments of a typed line; <paramref name="bodyStart"/> is where they begin (after the verb).</summary>
    public static CommandInput FromTokens(string text, int bodyStart, IEnumerable<Token> tokens)
    {
        var positional = new List<Token>();
        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Token? previous = null;
        foreach (var token in tokens)
        {
            if (token.Key is null && previous is { Key: { } key } && Canonical(key) == "value" && IsCurrencyWord(token.Text))
            {
                // `value=5000 USD`: the currency is its own word but belongs to the amount.
                named["value"] += " " + token.Text;
            }
            else if (token.Key is null)
            {
                positional.Add(token);
            }
            else
            {
                named[Canonical(token.Key)] = token.Value;
            }

            previous = token;
        }

        return new CommandInput(text, bodyStart, positional, named);
    }

    /// <summary>A card's data: input ids map to argument names (<see cref="Cards.CardInputs"/>), the routing key <c>verb</c> is dropped.</summary>
    public static CommandInput FromData(string verb, IReadOnlyDictionary<string, string?> data)
    {
        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in data)
        {
            if (value is not null && !string.Equals(key, "verb", StringComparison.OrdinalIgnoreCase))
            {
                named[Canonical(Cards.CardInputs.ToArgumentName(verb, key))] = value;
            }
        }

        return new CommandInput("", 0, [], named) { FromCard = true };
    }

    private static bool IsCurrencyWord(string word) =>
        word is "元" or "美元" or "欧元" or "英镑" or "块" || (word.Length == 3 && word.All(char.IsAsciiLetter));

    public static string Canonical(string key) => KeyAliases.TryGetValue(key, out var k) ? k : key.ToLowerInvariant();

    /// <summary>A named value, trimmed; blank counts as absent (empty form fields).</summary>
    public string? Get(string key) => Named.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public bool Has(string key) => Named.ContainsKey(key);

    /// <summary>Named value, else the positional word at <paramref name="index"/>.</summary>
    public string? GetOrPositional(string key, int index) =>
        Get(key) ?? (index < Positional.Count ? Positional[index].Value : null);

    /// <summary>
    /// The raw text after the first <paramref name="skip"/> positional words, with <c>key=value</c> pieces kept
    /// verbatim: free text such as a note keeps its colons and equals signs. Empty when there is none.
    /// </summary>
    public string RestAfter(int skip)
    {
        var start = skip == 0 ? _bodyStart
            : skip <= Positional.Count ? Positional[skip - 1].Start + Positional[skip - 1].Length
            : _text.Length;
        return start >= _text.Length ? "" : _text[start..].Trim();
    }

    /// <summary>Positional words from <paramref name="skip"/> on, joined by single spaces.</summary>
    public string JoinPositional(int skip) => string.Join(' ', Positional.Skip(skip).Select(t => t.Value));
}
