namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// One piece of a command line. <see cref="Text"/> is exactly the raw slice
/// <c>line.Substring(Start, Length)</c>, so a command that wants free text (a note may contain ':' or '=')
/// takes the original line from a token's <see cref="Start"/> instead of re-joining tokens.
/// <see cref="Value"/> is always a contiguous piece of <see cref="Text"/>: quotes are dropped, nothing is unescaped.
/// </summary>
/// <param name="Text">The token as typed, quotes and key included.</param>
/// <param name="Key">For <c>key=value</c> / <c>key:value</c>: the key, ASCII lower-cased and width-folded, CJK kept; else null.</param>
/// <param name="Value">The word, the text inside the quotes, or the part after the key separator (may be empty).</param>
/// <param name="Start">Index of the first char of <see cref="Text"/> in the original line.</param>
/// <param name="Length">Length of <see cref="Text"/>.</param>
/// <param name="Quoted">True when <see cref="Value"/> came from inside a quote pair.</param>
public sealed record Token(string Text, string? Key, string Value, int Start, int Length, bool Quoted);
