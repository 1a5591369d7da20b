namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>
/// A parsed <c>${…}</c> expression. Each node mirrors one adaptive-expressions evaluator (4.23, as used by
/// adaptivecards-templating 2.3.1), including how it passes the "substitute missing paths" option down.
/// </summary>
internal abstract class Expr
{
    /// <param name="substitute">
    /// Whether a missing path evaluates to the text <c>${path}</c> (the templating engine's nullSubstitution).
    /// Operators and most functions turn it off for their operands.
    /// </param>
    public abstract EvalResult Evaluate(EvalScope scope, bool substitute);

    /// <summary>Expression.toString(): the text the official engine writes back as <c>${…}</c> when a part fails.</summary>
    public abstract string ToAelString();

    /// <summary>Reads a child's result the way the JavaScript evaluators destructure it: nothing there throws.</summary>
    protected static EvalResult EvaluateOperand(Expr operand, EvalScope scope, bool substitute)
    {
        var result = operand.Evaluate(scope, substitute);
        return result.Broken ? throw new BrokenEvaluationException(operand.ToAelString()) : result;
    }
}
