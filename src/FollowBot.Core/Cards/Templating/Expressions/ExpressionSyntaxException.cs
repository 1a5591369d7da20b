namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>An expression outside the supported subset; <see cref="Column"/> is 1-based within the expression.</summary>
internal sealed class ExpressionSyntaxException(string message, int column) : Exception(message)
{
    public int Column { get; } = column;
}
