namespace FollowBot.Core.Cards.Templating.Expressions;

internal enum TokenKind
{
    Identifier,
    Number,
    String,
    Operator,
    Punctuation,
    End,
}
