namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>
/// <c>== != &lt; &lt;= &gt; &gt;=</c> (ComparisonEvaluator): operands without substitution; an operand that fails,
/// or a null/missing operand of an ordering, gives false; ordering a number against a string is an error.
/// </summary>
internal sealed class ComparisonExpr(string op, Expr left, Expr right) : Expr
{
    private bool IsOrdering => op is "<" or "<=" or ">" or ">=";

    public override EvalResult Evaluate(EvalScope scope, bool substitute)
    {
        var values = new object?[2];
        var operands = new[] { left, right };
        for (var i = 0; i < 2; i++)
        {
            var result = EvaluateOperand(operands[i], scope, substitute: false);
            if (result.Error is not null || (IsOrdering && JsValues.IsNullish(result.Value)))
            {
                return EvalResult.Ok(false);
            }

            values[i] = result.Value;
        }

        return op switch
        {
            "==" => EvalResult.Ok(JsValues.CommonEquals(values[0], values[1])),
            "!=" => EvalResult.Ok(!JsValues.CommonEquals(values[0], values[1])),
            _ => Order(values[0], values[1]),
        };
    }

    public override string ToAelString() => $"({left.ToAelString()} {op} {right.ToAelString()})";

    private EvalResult Order(object? a, object? b)
    {
        int sign;
        if (a is double x && b is double y && !double.IsNaN(x) && !double.IsNaN(y))
        {
            sign = x.CompareTo(y);
        }
        else if (a is string s && b is string t)
        {
            // JavaScript compares strings by UTF-16 code unit, which is .NET's ordinal comparison.
            sign = string.CompareOrdinal(s, t);
        }
        else
        {
            return EvalResult.Fail($"{JsValues.ToJsString(a)} and {JsValues.ToJsString(b)} must be comparable.");
        }

        return EvalResult.Ok(op switch
        {
            "<" => sign < 0,
            "<=" => sign <= 0,
            ">" => sign > 0,
            _ => sign >= 0,
        });
    }
}
