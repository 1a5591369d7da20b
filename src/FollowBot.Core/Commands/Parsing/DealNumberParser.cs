namespace FollowBot.Core.Commands.Parsing;

/// <summary>Deal references: #12, ＃12, 12, No.12, No 12, №12. Positive numbers that fit an int; leading zeros allowed.</summary>
internal static class DealNumberParser
{
    private static readonly string[] Prefixes = ["#", "no.", "no", "№"];

    public static bool TryParse(string? text, out int number)
    {
        number = 0;
        var s = InputText.CanonicalValue(text);
        if (s is null) return false;
        foreach (var prefix in Prefixes)
        {
            if (!s.StartsWith(prefix, StringComparison.Ordinal)) continue;
            s = s[prefix.Length..].TrimStart();
            break;
        }
        // int.TryParse alone would also take signs, spaces and other scripts' digits; only ASCII digits are a deal.
        if (s.Length is 0 or > 10 || !s.All(InputText.IsAsciiDigit)) return false;
        return int.TryParse(s, out number) && number > 0;
    }
}
