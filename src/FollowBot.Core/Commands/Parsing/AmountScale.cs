namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// The multiplier written after an amount's number: k/m in English chat, 千/万/亿 in Chinese
/// ("w" is the everyday pinyin shorthand for 万). At most one: "5kk" is refused by the number parser.
/// </summary>
internal static class AmountScale
{
    // Longest first, so 千万 wins over 万.
    private static readonly (string Suffix, decimal Multiplier)[] Scales =
    [
        ("千万", 10_000_000m), ("百万", 1_000_000m), ("十万", 100_000m),
        ("亿", 100_000_000m), ("万", 10_000m), ("千", 1_000m),
        ("k", 1_000m), ("m", 1_000_000m), ("w", 10_000m),
    ];

    /// <summary>Removes a scale suffix from <paramref name="number"/> and returns its multiplier (1 when none).</summary>
    public static decimal Take(ref string number)
    {
        foreach (var (suffix, multiplier) in Scales)
        {
            if (!number.EndsWith(suffix, StringComparison.Ordinal)) continue;
            number = number[..^suffix.Length];
            return multiplier;
        }
        return 1m;
    }
}
