using System.Text;

namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// Brings typed values to one canonical spelling before parsing. Chinese IMEs in full-width mode type
/// ＃１２, ５万, ２０２６－１２－０１ or ￥, so every value parser folds width first and then only knows ASCII.
/// Not string.Normalize(FormKC): it throws on lone surrogates, and errors here must be values.
/// </summary>
internal static class InputText
{
    /// <summary>Values longer than this are not amounts, dates or durations; refusing them early bounds the work.</summary>
    public const int MaxValueLength = 64;

    /// <summary>Width-folds, lower-cases ASCII letters, turns every white space into ' ', collapses runs and trims.</summary>
    public static string Canonical(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = FoldChar(raw);
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                continue;
            }
            sb.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }

    /// <summary>Canonical form, or null when the trimmed input is empty or longer than <see cref="MaxValueLength"/>.</summary>
    public static string? CanonicalValue(string? text)
    {
        if (text is null) return null;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty || trimmed.Length > MaxValueLength) return null;
        return Canonical(trimmed.ToString());
    }

    public static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0), // full-width ASCII block
        '\u3000' => ' ',
        '\uFFE5' => '\u00A5', // ￥ full-width yen/yuan sign
        '\uFFE1' => '\u00A3', // ￡
        _ => c,
    };

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
