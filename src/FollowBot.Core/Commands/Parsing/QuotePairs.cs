namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// The quote pairs that group words. ASCII ' is deliberately not one: it is the apostrophe in O'Brien and don't.
/// A quote only opens at the start of a token or of a key's value; elsewhere it is an ordinary character.
/// </summary>
internal static class QuotePairs
{
    /// <summary>The closing quote for an opening one, or '\0' when <paramref name="open"/> does not open a quote.</summary>
    public static char CloserFor(char open) => open switch
    {
        '"' => '"',
        '\u201C' => '\u201D', // “ ”
        '\u2018' => '\u2019', // ‘ ’
        '\u300C' => '\u300D', // 「 」
        '\u300E' => '\u300F', // 『 』 (the nested form of 「」, typed by the same IMEs)
        '\uFF02' => '\uFF02', // ＂ full-width ASCII quote
        _ => '\0',
    };

    public static bool IsOpening(char c) => CloserFor(c) != '\0';

    /// <summary>Index of the quote closing the one at <paramref name="openAt"/>, or -1 when it is never closed.</summary>
    public static int FindClose(string text, int openAt) =>
        openAt + 1 >= text.Length ? -1 : text.IndexOf(CloserFor(text[openAt]), openAt + 1);
}
