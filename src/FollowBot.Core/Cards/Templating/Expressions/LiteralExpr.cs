namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>A string, number or boolean constant.</summary>
internal sealed class LiteralExpr(object value) : Expr
{
    public object Value { get; } = value;

    public override EvalResult Evaluate(EvalScope scope, bool substitute) => EvalResult.Ok(Value);

    public override string ToAelString() => Value switch
    {
        string s => "'" + s.Replace("'", "\\'", StringComparison.Ordinal) + "'",
        _ => JsValues.ToJsString(Value),
    };
}
