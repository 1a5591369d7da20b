namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary><c>&amp;&amp;</c> and <c>||</c>: short-circuit, always a boolean; a failing operand counts as false.</summary>
internal sealed class LogicalExpr(string op, Expr left, Expr right) : Expr
{
    public override EvalResult Evaluate(EvalScope scope, bool substitute)
    {
        var isAnd = op == "&&";
        foreach (var operand in new[] { left, right })
        {
            var result = EvaluateOperand(operand, scope, substitute: false);
            var truth = result.Error is null && JsValues.IsLogicTrue(result.Value);
            if (isAnd && !truth)
            {
                return EvalResult.Ok(false);
            }

            if (!isAnd && truth)
            {
                return EvalResult.Ok(true);
            }
        }

        return EvalResult.Ok(isAnd);
    }

    public override string ToAelString() => $"({left.ToAelString()} {op} {right.ToAelString()})";
}
