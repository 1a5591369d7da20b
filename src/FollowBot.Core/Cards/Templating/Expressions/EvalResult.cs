namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>
/// What adaptive-expressions' <c>tryEvaluate</c> returns: a value or an error message. <see cref="Broken"/> stands
/// for the case where its <c>Element</c> evaluator returns nothing at all (it does when the indexed value itself
/// failed), which makes every caller that reads the result throw.
/// </summary>
internal readonly record struct EvalResult(object? Value, string? Error, bool Broken)
{
    public static readonly EvalResult Nothing = new(JsUndefined.Value, null, true);

    public static EvalResult Ok(object? value) => new(value, null, false);

    public static EvalResult Fail(string error) => new(JsUndefined.Value, error, false);
}
