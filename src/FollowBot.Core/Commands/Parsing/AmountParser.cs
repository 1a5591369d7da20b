using System.Globalization;

namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// Amounts: [currency] number [scale] [currency]. The number is digits with optional 3-digit grouping and an
/// optional decimal part; anything else ("1,5", "1.2.3", "-5", ".5") is refused rather than guessed.
/// </summary>
internal static class AmountParser
{
    private const decimal Max = 1_000_000_000_000m;

    public static bool TryParse(string? text, string? defaultCurrency, out decimal amount, out string currency)
    {
        amount = 0;
        currency = string.Empty;
        var s = InputText.CanonicalValue(text);
        if (s is null || !CurrencyAffixes.TrySplit(s, out var number, out var written)) return false;
        var multiplier = AmountScale.Take(ref number);
        if (!TryParseNumber(number.TrimEnd(), out var value)) return false;
        value = Math.Round(value * multiplier, 2, MidpointRounding.AwayFromZero);
        if (value > Max) return false;
        amount = value;
        currency = written ?? (defaultCurrency ?? string.Empty).Trim().ToUpperInvariant();
        return true;
    }

    private static bool TryParseNumber(string s, out decimal value)
    {
        value = 0;
        var dot = s.IndexOf('.');
        var whole = dot < 0 ? s : s[..dot];
        var fraction = dot < 0 ? "" : s[(dot + 1)..];
        if (dot >= 0 && (fraction.Length == 0 || !fraction.All(InputText.IsAsciiDigit))) return false;
        if (!IsGroupedInteger(whole)) return false;
        var digits = whole.Replace(",", "", StringComparison.Ordinal) + (dot < 0 ? "" : "." + fraction);
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // "5000" or "5,000" / "12,345,678": a first group of 1–3 digits, then groups of exactly 3. "1,5" is a European
    // decimal or a typo; guessing wrong would store an amount 1000 times off, so it is refused.
    private static bool IsGroupedInteger(string s)
    {
        if (s.Length == 0) return false;
        var groups = s.Split(',');
        if (groups.Length == 1) return s.All(InputText.IsAsciiDigit) && s.Length <= 13;
        if (groups[0].Length is 0 or > 3) return false;
        return groups.All(g => g.All(InputText.IsAsciiDigit)) && groups.Skip(1).All(g => g.Length == 3);
    }
}
