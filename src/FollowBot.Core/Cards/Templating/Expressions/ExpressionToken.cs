namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>A lexical token; <see cref="Column"/> is 1-based within the expression text.</summary>
internal readonly record struct ExpressionToken(TokenKind Kind, string Text, int Column);
