using System.Text;
using System.Text.Json.Nodes;
using FollowBot.Core.Cards.Templating.Expressions;

namespace FollowBot.Core.Cards.Templating;

/// <summary>
/// Binds a compiled template to data, step for step as <c>Template.internalExpand</c> in adaptivecards-templating
/// 2.3.1 (template-engine.ts). Results are JSON nodes, or <see cref="JsUndefined"/> for "leave the property out".
/// </summary>
internal sealed class TemplateExpander(string fileName, object? root)
{
    private readonly EvalScope scope = new(root);

    public object? Expand(TemplateNode node) => node switch
    {
        ObjectTemplateNode obj => ExpandObject(obj),
        ArrayTemplateNode array => ExpandArray(array),
        ExpressionTemplateNode expression => ToResult(EvaluateWhole(expression.Expression, expression.Position)),
        InterpolatedTemplateNode text => JsonValue.Create(Interpolate(text)),
        LiteralTemplateNode literal => literal.Value?.DeepClone(),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private JsonArray ExpandArray(ArrayTemplateNode array)
    {
        var result = new JsonArray();
        foreach (var item in array.Items)
        {
            switch (Expand(item))
            {
                case null:
                    break; // a dropped element (or a null) leaves no hole
                case JsonArray repeated:
                    // An element whose $data is a list expands to several: splice them in.
                    foreach (var element in repeated.ToList())
                    {
                        repeated.Remove(element);
                        result.Add(element);
                    }

                    break;
                case JsUndefined:
                    result.Add(null); // JSON.stringify writes undefined array items as null
                    break;
                case JsonNode value:
                    result.Add(value);
                    break;
            }
        }

        return result;
    }

    private JsonNode? ExpandObject(ObjectTemplateNode node)
    {
        var saved = scope.Save();
        try
        {
            var contexts = new List<object?> { JsUndefined.Value };
            var isList = false;
            if (node.Data is not null)
            {
                var data = EvaluateWhole(node.Data, node.Position);
                isList = data is JsonArray;
                contexts = data is JsonArray list ? list.Select(JsValues.FromNode).ToList() : [data];
            }

            var copies = new List<JsonObject>();
            for (var i = 0; i < contexts.Count; i++)
            {
                if (isList)
                {
                    scope.Index = (double)i;
                }

                if (contexts[i] is not JsUndefined)
                {
                    scope.Data = contexts[i];
                }

                if (node.When is null || IsTrue(node.When, node.Position))
                {
                    copies.Add(ExpandProperties(node));
                }
            }

            return copies.Count switch
            {
                0 => null,
                1 => copies[0],
                _ => new JsonArray(copies.Select(copy => (JsonNode?)copy).ToArray()),
            };
        }
        finally
        {
            scope.Restore(saved);
        }
    }

    private JsonObject ExpandProperties(ObjectTemplateNode node)
    {
        var result = new JsonObject();
        foreach (var (key, value) in node.Properties)
        {
            var expanded = Expand(value);
            if (expanded is not JsUndefined)
            {
                result[key] = (JsonNode?)expanded;
            }
        }

        return result;
    }

    // $when: evaluated without substitution; only a real boolean true keeps the element.
    private bool IsTrue(Expr when, TemplatePosition position)
    {
        var result = Guard(() => when.Evaluate(scope, substitute: false), when, position);
        return result.Error is null && result.Value is true;
    }

    // A whole-value expression or $data: any failure fails the binding (upstream throws).
    private object? EvaluateWhole(Expr expr, TemplatePosition position)
    {
        var result = Guard(() => expr.Evaluate(scope, substitute: true), expr, position);
        return result.Error is null ? result.Value : throw Fail(position, $"'${{{expr.ToAelString()}}}' failed: {result.Error}");
    }

    // Upstream evaluates each part on its own and writes a failing one back as "${…}"; a null or nothing
    // there makes it throw (it calls toString() on the value).
    private string Interpolate(InterpolatedTemplateNode node)
    {
        var text = new StringBuilder();
        foreach (var part in node.Parts)
        {
            if (part is not Expr expr)
            {
                text.Append((string)part);
                continue;
            }

            EvalResult result;
            try
            {
                result = expr.Evaluate(scope, substitute: true);
            }
            catch (BrokenEvaluationException)
            {
                result = EvalResult.Fail("broken");
            }

            if (result.Broken || (result.Error is null && JsValues.IsNullish(result.Value)))
            {
                throw Fail(node.Position, $"'${{{expr.ToAelString()}}}' is null inside text, which the official engine cannot bind (it calls toString() on it). Leave the property out of the data, or guard the element with $when.");
            }

            text.Append(result.Error is null ? JsValues.ToJsString(result.Value) : "${" + expr.ToAelString() + "}");
        }

        return text.ToString();
    }

    private EvalResult Guard(Func<EvalResult> evaluate, Expr expr, TemplatePosition position)
    {
        EvalResult result;
        try
        {
            result = evaluate();
        }
        catch (BrokenEvaluationException ex)
        {
            throw Fail(position, ex.Message);
        }

        return result.Broken ? throw Fail(position, $"'${{{expr.ToAelString()}}}' evaluated to nothing.") : result;
    }

    private static object? ToResult(object? value) => value is JsUndefined ? value : JsValues.ToNode(value);

    private CardTemplateException Fail(TemplatePosition position, string problem) => new(fileName, position.ToString(), problem);
}
