namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary><c>!x</c>: true for false, null and missing values, and for an operand that fails.</summary>
internal sealed class NotExpr(Expr operand) : Expr
{
    public override EvalResult Evaluate(EvalScope scope, bool substitute)
    {
        var result = EvaluateOperand(operand, scope, substitute: false);
        return EvalResult.Ok(result.Error is not null || !JsValues.IsLogicTrue(result.Value));
    }

    public override string ToAelString() => $"!({operand.ToAelString()})";
}
