using System.Text;

namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>
/// A member access (<c>a.b</c>, ending in a name). Like the Accessor evaluator it turns the whole chain,
/// indexes included, into one memory path, and substitutes <c>${path}</c> for a missing value when asked.
/// </summary>
internal sealed class PathExpr : Expr
{
    private readonly IReadOnlyList<PathSegment> segments;
    private readonly string path;

    public PathExpr(string name, Expr? instance)
    {
        Name = name;
        Instance = instance;
        var chain = new List<PathSegment> { PathSegment.Property(name) };
        for (var node = instance; node is not null;)
        {
            switch (node)
            {
                case PathExpr p:
                    chain.Add(PathSegment.Property(p.Name));
                    node = p.Instance;
                    break;
                case IndexExpr i:
                    chain.Add(PathSegment.At(i.Index));
                    node = i.Instance;
                    break;
                default:
                    throw new ArgumentException("A path may only contain names and indexes.", nameof(instance));
            }
        }

        chain.Reverse();
        segments = chain;
        path = FormatPath(chain);
    }

    public string Name { get; }

    public Expr? Instance { get; }

    public override EvalResult Evaluate(EvalScope scope, bool substitute)
    {
        var value = scope.GetValue(segments);
        return EvalResult.Ok(value is JsUndefined && substitute ? "${" + path + "}" : value);
    }

    public override string ToAelString() => Instance is null ? Name : Instance.ToAelString() + "." + Name;

    // FunctionUtils.tryAccumulatePath's text: "a.b[0].c".
    private static string FormatPath(IEnumerable<PathSegment> chain)
    {
        var text = new StringBuilder();
        foreach (var segment in chain)
        {
            if (segment.Index is not null)
            {
                text.Append('[').Append(segment.Name).Append(']');
            }
            else
            {
                text.Append(text.Length == 0 ? "" : ".").Append(segment.Name);
            }
        }

        return text.ToString();
    }
}
