namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// Teams writes a mention as <c>&lt;at&gt;Jane Doe&lt;/at&gt;</c>; the name may hold spaces, so the whole tag is one token.
/// An opening tag with no closing tag after it is just a word.
/// </summary>
internal static class AtTagMention
{
    public const string Open = "<at>";
    public const string Close = "</at>";

    /// <summary>
    /// End (exclusive) of the mention starting at <paramref name="at"/>, or -1 when there is none.
    /// <paramref name="lastClose"/> is the line's last "&lt;/at&gt;" index, so a line full of unclosed tags is not
    /// searched again and again (keeps tokenizing linear).
    /// </summary>
    public static int End(string text, int at, int lastClose)
    {
        if (at > lastClose || !text.AsSpan(at).StartsWith(Open, StringComparison.OrdinalIgnoreCase)) return -1;
        var close = text.IndexOf(Close, at + Open.Length, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? -1 : close + Close.Length;
    }

    public static int LastClose(string text) => text.LastIndexOf(Close, StringComparison.OrdinalIgnoreCase);
}
