namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// The tokens of a line. When <see cref="Error"/> is set (an unterminated quote), <see cref="Tokens"/> holds the
/// tokens before the offending one; the error's Input is the rest of the line from that token on.
/// </summary>
public sealed record TokenizeResult(IReadOnlyList<Token> Tokens, ParseError? Error);
