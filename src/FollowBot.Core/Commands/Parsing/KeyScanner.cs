using System.Text;

namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// Recognises the key of <c>key=value</c>, <c>key:value</c>, <c>key：value</c>, <c>key＝value</c>.
/// Keys are letters only (ASCII, '_', CJK, or their full-width forms): digits are excluded so that
/// <c>10:30</c> and <c>下午3:30</c> stay words, and a colon followed by "//" is a URL scheme, not a key.
/// </summary>
internal static class KeyScanner
{
    public const int MaxKeyLength = 20;

    /// <summary>Length of the key starting at <paramref name="start"/> (the separator follows it), or 0 when there is none.</summary>
    public static int KeyLength(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start <= MaxKeyLength && IsKeyChar(text[i])) i++;
        var length = i - start;
        if (length is 0 or > MaxKeyLength || i >= text.Length) return 0;
        var sep = text[i];
        if (sep is '=' or '\uFF1D') return length;
        if (sep is not (':' or '\uFF1A')) return 0;
        var isUrl = text.AsSpan(i + 1).StartsWith("//", StringComparison.Ordinal);
        return isUrl ? 0 : length;
    }

    /// <summary>The key as commands compare it: full-width folded, ASCII lower-cased, CJK kept.</summary>
    public static string Normalize(ReadOnlySpan<char> key)
    {
        var sb = new StringBuilder(key.Length);
        foreach (var raw in key)
        {
            var c = InputText.FoldChar(raw);
            sb.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
        }
        return sb.ToString();
    }

    private static bool IsKeyChar(char raw)
    {
        var c = InputText.FoldChar(raw);
        return InputText.IsAsciiLetter(c) || c == '_' || IsCjkLetter(c);
    }

    // BMP ideographs (Ext A, Unified, Compatibility) plus kana and Hangul; CJK punctuation is not a letter.
    private static bool IsCjkLetter(char c) =>
        c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF'
            or >= '\u3041' and <= '\u30FF' and not '\u30FB' or >= '\uAC00' and <= '\uD7A3';
}
