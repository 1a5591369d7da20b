using System.Text.Json.Nodes;
using FollowBot.Core.Cards.Templating.Expressions;

namespace FollowBot.Core.Cards.Templating;

/// <summary>
/// A card layout with <c>${…}</c> bindings, in the subset of Adaptive Cards templating that we support
/// (see <see cref="ExpressionParser"/>). Binding gives the same JSON as Microsoft's adaptivecards-templating
/// 2.3.1 for that subset, edge cases included: a missing path binds to the text <c>${path}</c>, a
/// whole-value <c>"${x}"</c> keeps x's JSON type, <c>$data</c> over a list repeats the element.
/// </summary>
public sealed class CardTemplate
{
    private readonly ObjectTemplateNode root;

    private CardTemplate(string fileName, ObjectTemplateNode root)
    {
        FileName = fileName;
        Name = Path.GetFileNameWithoutExtension(fileName);
        this.root = root;
    }

    /// <summary>The card id: the file name without directory and extension.</summary>
    public string Name { get; }

    public string FileName { get; }

    /// <exception cref="CardTemplateException">Invalid JSON or syntax outside the supported subset.</exception>
    public static CardTemplate Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        return new CardTemplate(fileName, TemplateReader.Read(json, fileName));
    }

    /// <exception cref="CardTemplateException">The data makes the official engine fail too (e.g. a null inside text).</exception>
    public JsonNode Bind(JsonNode data)
    {
        var expander = new TemplateExpander(FileName, JsValues.FromNode(data));
        return (JsonNode)expander.Expand(root)!;
    }
}
