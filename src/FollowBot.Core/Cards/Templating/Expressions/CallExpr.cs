using System.Text.Json.Nodes;

namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>The three functions we allow: <c>count(x)</c>, <c>exists(x)</c>, <c>empty(x)</c>.</summary>
internal sealed class CallExpr(string name, Expr argument) : Expr
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { "count", "exists", "empty" };

    public override EvalResult Evaluate(EvalScope scope, bool substitute) => name switch
    {
        "count" => Count(scope, substitute),
        "exists" => Exists(scope),
        _ => Empty(scope),
    };

    public override string ToAelString() => $"{name}({argument.ToAelString()})";

    // count keeps the substitution option, so count(missing) counts the characters of "${missing}", as upstream does.
    private EvalResult Count(EvalScope scope, bool substitute)
    {
        var result = EvaluateOperand(argument, scope, substitute);
        if (result.Error is not null)
        {
            return result;
        }

        return result.Value switch
        {
            string s => EvalResult.Ok((double)s.Length),
            JsonArray array => EvalResult.Ok((double)array.Count),
            JsonObject obj => EvalResult.Ok((double)obj.Count),
            null => EvalResult.Fail("Cannot convert undefined or null to object"),
            _ => EvalResult.Fail($"{argument.ToAelString()} must be a string, list, map or object."),
        };
    }

    private EvalResult Exists(EvalScope scope)
    {
        var result = EvaluateOperand(argument, scope, substitute: false);
        return EvalResult.Ok(result.Error is null && !JsValues.IsNullish(result.Value));
    }

    private EvalResult Empty(EvalScope scope)
    {
        var result = EvaluateOperand(argument, scope, substitute: false);
        if (result.Error is not null)
        {
            return EvalResult.Ok(false);
        }

        return EvalResult.Ok(result.Value switch
        {
            null or JsUndefined => true,
            string s => s.Length == 0,
            JsonArray array => array.Count == 0,
            JsonObject obj => obj.Count == 0,
            _ => false, // numbers and booleans fail empty's argument check, which reads as false
        });
    }
}
