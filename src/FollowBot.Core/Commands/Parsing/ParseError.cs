namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// A mistake in what the member typed, as data: <see cref="Code"/> is a resource key (see <see cref="ParseErrorCodes"/>)
/// the engine turns into one friendly localized line, <see cref="Input"/> the text to quote back to them.
/// </summary>
public sealed record ParseError(string Code, string Input);
