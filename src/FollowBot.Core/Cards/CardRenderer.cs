using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FollowBot.Core.Cards.Templating;

namespace FollowBot.Core.Cards;

/// <summary>Turns a card view into channel JSON: view data plus the culture's labels (as <c>t</c>), bound to the template.</summary>
public sealed class CardRenderer(ICardTemplateSource templates)
{
    /// <summary>
    /// camelCase like the templates; nulls are left out so that <c>$when="${!empty(x)}"</c> hides them (a null
    /// inside text would make the official engine fail).
    /// </summary>
    private static readonly JsonSerializerOptions ViewJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public JsonNode Render(string cardId, object view, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(culture);
        var template = templates.Get(cardId);
        if (JsonSerializer.SerializeToNode(view, view.GetType(), ViewJson) is not JsonObject data)
        {
            throw new ArgumentException($"A card view must serialize to a JSON object; {view.GetType().Name} does not.", nameof(view));
        }

        if (data.ContainsKey("t"))
        {
            throw new ArgumentException($"{view.GetType().Name} has a property 't', which is reserved for card labels.", nameof(view));
        }

        data["t"] = LabelsFor(culture);
        return template.Bind(data);
    }

    /// <summary>The labels object the templates read as <c>t</c>.</summary>
    public static JsonObject LabelsFor(CultureInfo culture)
    {
        var labels = new JsonObject();
        foreach (var (key, text) in CardLabels.For(culture))
        {
            labels[key] = text;
        }

        return labels;
    }
}
