using System.Text.Json;
using System.Text.Json.Nodes;
using FollowBot.Core.Cards;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Slack.Rendering;

/// <summary>
/// Binds <c>cards/slack/&lt;id&gt;.json</c> with the same binder and view data as the Teams cards. Every string of
/// the data (labels included) is mrkdwn-escaped before binding, and unescaped again everywhere except in mrkdwn text
/// objects and a message's top-level <c>text</c>, so user text can't inject links or mentions where Slack reads
/// mrkdwn, and reads literally everywhere else (plain_text, input values, ids).
/// </summary>
public sealed class BlockKitRenderer(SlackCardTemplates templates)
{
    private static readonly JsonSerializerOptions ViewJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public RenderedCard Render(CardReply card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (JsonSerializer.SerializeToNode(card.View, card.View.GetType(), ViewJson) is not JsonObject data)
        {
            throw new ArgumentException($"A card view must serialize to a JSON object; {card.View.GetType().Name} does not.", nameof(card));
        }

        data["t"] = CardRenderer.LabelsFor(Locales.Culture(card.Locale));
        var bound = Bind(card.CardId, data);
        return bound with { Payload = BlockKitLimits.Fit(bound.Payload), Opener = bound.Opener is { } o ? BlockKitLimits.Fit(o) : null };
    }

    /// <summary>Binds already-serialized view data (with its <c>t</c> labels), without fitting it to Slack's limits.</summary>
    public RenderedCard Bind(string cardId, JsonObject data)
    {
        var escaped = (JsonObject)EscapeStrings(data.DeepClone())!;
        var payload = templates.Source.Get(cardId).Bind(escaped).AsObject();
        var opener = payload["opener"]?.AsObject();
        payload.Remove("opener");
        if (opener is not null)
        {
            Clean(opener, mrkdwnRootText: true);
        }

        Clean(payload, mrkdwnRootText: (string?)payload["type"] is null);
        return new RenderedCard(cardId, payload, opener);
    }

    private static JsonNode? EscapeStrings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    obj[key] = EscapeStrings(obj[key]?.DeepClone());
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = EscapeStrings(array[i]?.DeepClone());
                }

                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(Mrkdwn.Escape((string)value!));
            default:
                return node;
        }
    }

    // Slack refuses nulls (a property whose object $when dropped binds to null), empty fields arrays and empty
    // initial values; and only mrkdwn text keeps its escapes.
    private static void Clean(JsonObject obj, bool mrkdwnRootText)
    {
        var isMrkdwnText = (string?)obj["type"] == "mrkdwn";
        foreach (var key in obj.Select(p => p.Key).ToList())
        {
            var value = obj[key];
            switch (value)
            {
                case null:
                    obj.Remove(key);
                    break;
                case JsonObject child:
                    Clean(child, false);
                    break;
                case JsonArray array:
                    CleanArray(array);
                    if (array.Count == 0 && key is "fields")
                    {
                        obj.Remove(key);
                    }

                    break;
                case JsonValue text when text.GetValueKind() == JsonValueKind.String:
                    var keepEscaped = key == "text" && (isMrkdwnText || mrkdwnRootText);
                    var s = keepEscaped ? (string)text! : Mrkdwn.Unescape((string)text!);
                    if (s.Length == 0 && key.StartsWith("initial_", StringComparison.Ordinal))
                    {
                        obj.Remove(key);
                    }
                    else if (!keepEscaped)
                    {
                        obj[key] = s;
                    }

                    break;
            }
        }
    }

    private static void CleanArray(JsonArray array)
    {
        for (var i = array.Count - 1; i >= 0; i--)
        {
            switch (array[i])
            {
                case null:
                    array.RemoveAt(i);
                    break;
                case JsonObject child:
                    Clean(child, false);
                    break;
                case JsonArray inner:
                    CleanArray(inner);
                    break;
                case JsonValue text when text.GetValueKind() == JsonValueKind.String:
                    array[i] = Mrkdwn.Unescape((string)text!);
                    break;
            }
        }
    }
}
