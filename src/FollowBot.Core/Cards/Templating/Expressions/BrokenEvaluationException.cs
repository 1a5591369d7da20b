namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>
/// Mirrors the JavaScript TypeError the official engine hits when a function reads the result of an
/// <c>Element</c> evaluation that returned nothing (see <see cref="EvalResult.Broken"/>). Only the
/// string-interpolation loop catches it; everywhere else it fails the whole binding.
/// </summary>
internal sealed class BrokenEvaluationException(string expression)
    : Exception($"'{expression}' evaluated to nothing (an index into a value that could not be read).")
{
    public string Expression { get; } = expression;
}
