namespace FollowBot.Core.Cards.Templating.Expressions;

/// <summary>
/// The memory an expression reads: <c>$root</c>, the current <c>$data</c> and <c>$index</c>, as the official
/// engine's TemplateObjectMemory exposes them. Values use the <see cref="JsValues"/> representation.
/// </summary>
internal sealed class EvalScope(object? root)
{
    private object? data = JsUndefined.Value;

    public object? Root { get; } = root;

    /// <summary>Falls back to <see cref="Root"/> while no <c>$data</c> was set, as EvaluationContext.$data does.</summary>
    public object? Data
    {
        get => data is JsUndefined ? Root : data;
        set => data = value;
    }

    public object? Index { get; set; } = JsUndefined.Value;

    public (object? Data, object? Index) Save() => (data, Index);

    public void Restore((object? Data, object? Index) state) => (data, Index) = state;

    /// <summary>SimpleObjectMemory.getValue: walks the path; any failed step yields undefined, never an error.</summary>
    public object? GetValue(IReadOnlyList<PathSegment> segments)
    {
        var head = segments[0];
        object? current = head.Name switch
        {
            "$root" => Root,
            "$data" => Data,
            "$index" => Index,
            _ => null,
        };
        var start = 1;
        if (!head.Name.StartsWith('$'))
        {
            // Paths not starting with '$' are read from $data (TemplateObjectMemory prefixes "$data.").
            current = Data;
            start = 0;
        }

        for (var i = start; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Index is int index && current is System.Text.Json.Nodes.JsonArray array)
            {
                if (index >= array.Count)
                {
                    return JsUndefined.Value;
                }

                current = JsValues.FromNode(array[index]);
            }
            else
            {
                current = JsValues.GetProperty(current, segment.Name);
            }
        }

        return current;
    }
}
