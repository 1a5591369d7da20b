using System.Net;

namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// People as written in a command: a Teams mention (the name; Teams sends no id in the text, the engine matches
/// it to the activity's mention entities), a Slack mention (the user id, the only stable handle), <c>@name</c>
/// (Playground) or a bare name. The name is kept as typed apart from trimming.
/// </summary>
internal static class PersonParser
{
    private const int MaxLength = 200;

    public static bool TryParse(string? text, out PersonRef person)
    {
        person = new PersonRef(PersonRefKind.Name, string.Empty);
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s) || s.Length > MaxLength) return false;
        if (s.StartsWith(AtTagMention.Open, StringComparison.OrdinalIgnoreCase)
            && s.EndsWith(AtTagMention.Close, StringComparison.OrdinalIgnoreCase))
        {
            // Teams HTML-encodes the name inside the tag (O&#39;Brien, &amp;).
            var inner = s[AtTagMention.Open.Length..^AtTagMention.Close.Length];
            return TryName(WebUtility.HtmlDecode(inner), out person);
        }
        if (s.StartsWith("<@", StringComparison.Ordinal) && s.EndsWith('>')) return TrySlackId(s[2..^1], out person);
        if (s[0] is '@' or '\uFF20') return TryName(s[1..], out person);
        return TryName(s, out person);
    }

    // <@U123> or <@U123|jane>: Slack ids are upper-case letters and digits (U…, W… in Enterprise Grid).
    private static bool TrySlackId(string inner, out PersonRef person)
    {
        person = new PersonRef(PersonRefKind.UserId, string.Empty);
        var bar = inner.IndexOf('|', StringComparison.Ordinal);
        var id = bar < 0 ? inner : inner[..bar];
        if (id.Length is 0 or > 32 || !id.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9')) return false;
        person = new PersonRef(PersonRefKind.UserId, id);
        return true;
    }

    // A name must be something a person could be called: no markup left over, no control chars, no broken UTF-16
    // (it is stored and shown back, and a lone surrogate breaks JSON and database encoders downstream).
    private static bool TryName(string raw, out PersonRef person)
    {
        var name = raw.Trim();
        person = new PersonRef(PersonRefKind.Name, string.Empty);
        if (name.Length == 0 || name[0] is '@' or '\uFF20') return false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsControl(c) || c is '<' or '>') return false;
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1])) i++;
            else if (char.IsSurrogate(c)) return false;
        }
        person = new PersonRef(PersonRefKind.Name, name);
        return true;
    }
}
