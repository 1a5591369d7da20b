using System.Text.Json.Nodes;

namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>
/// <c>x[n]</c> as the outermost step of a path (<c>x[n].y</c> is a <see cref="PathExpr"/>). The Element
/// evaluator reads the instance itself, so unlike a path it can fail: out of range, or not a list.
/// </summary>
internal sealed class IndexExpr(Expr instance, int index) : Expr
{
    public Expr Instance { get; } = instance;

    public int Index { get; } = index;

    public override EvalResult Evaluate(EvalScope scope, bool substitute)
    {
        var target = EvaluateOperand(Instance, scope, substitute);
        if (target.Error is not null)
        {
            // element.ts returns nothing at all here; callers then throw (see EvalResult.Broken).
            return EvalResult.Nothing;
        }

        return target.Value switch
        {
            null or JsUndefined => EvalResult.Ok(JsUndefined.Value),
            JsonArray array when Index < array.Count => EvalResult.Ok(JsValues.FromNode(array[Index])),
            JsonArray => EvalResult.Fail($"{Index} is out of range."),
            _ => EvalResult.Fail($"{JsValues.ToJsString(target.Value)} is not a collection."),
        };
    }

    public override string ToAelString() => $"{Instance.ToAelString()}[{Index}]";
}
