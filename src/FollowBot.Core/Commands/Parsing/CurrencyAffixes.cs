namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// Takes the currency off either end of an amount: symbols and codes in front (¥5000, USD 5000),
/// codes and Chinese names behind (5000usd, 5万元, 3000美元, 200块). Input is canonical (see <see cref="InputText"/>).
/// </summary>
internal static class CurrencyAffixes
{
    // Longest first, so 美元 wins over 元 and 块钱 over 块.
    private static readonly (string Text, string Currency)[] Names =
    [
        ("人民币", "CNY"), ("块钱", "CNY"), ("美元", "USD"), ("美金", "USD"), ("欧元", "EUR"), ("英镑", "GBP"),
        ("日元", "JPY"), ("港元", "HKD"), ("港币", "HKD"), ("rmb", "CNY"),
        ("元", "CNY"), ("块", "CNY"), ("¥", "CNY"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"),
    ];

    /// <summary>
    /// Splits <paramref name="s"/> into the number part and the currency (null when none is written).
    /// False when the two ends name different currencies ("$5000 EUR").
    /// </summary>
    public static bool TrySplit(string s, out string number, out string? currency)
    {
        var prefix = TakePrefix(ref s);
        var suffix = TakeSuffix(ref s);
        number = s.Trim();
        currency = prefix ?? suffix;
        return prefix is null || suffix is null || prefix == suffix;
    }

    private static string? TakePrefix(ref string s)
    {
        foreach (var (text, currency) in Names)
        {
            if (!s.StartsWith(text, StringComparison.Ordinal)) continue;
            s = s[text.Length..];
            return currency;
        }
        if (s.Length < 3 || !IsoCurrencies.Contains(s.AsSpan(0, 3))) return null;
        var code = s[..3].ToUpperInvariant();
        s = s[3..];
        return code;
    }

    private static string? TakeSuffix(ref string s)
    {
        foreach (var (text, currency) in Names)
        {
            if (!s.EndsWith(text, StringComparison.Ordinal)) continue;
            s = s[..^text.Length];
            return currency;
        }
        if (s.Length < 3 || !IsoCurrencies.Contains(s.AsSpan(s.Length - 3))) return null;
        var code = s[^3..].ToUpperInvariant();
        s = s[..^3];
        return code;
    }
}
