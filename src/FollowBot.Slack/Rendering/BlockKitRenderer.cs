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
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonObject> EscapedLabels = new(StringComparer.Ordinal);

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

        // Fresh nodes of our own: escaped in place, and the labels come escaped already (issue 9's profile: cloning
        // every subtree at every level, and escaping the 82 labels again for each message, was a third of a reply).
        EscapeInPlace(data);
        data["t"] = EscapedLabels.GetOrAdd(card.Locale ?? "", static locale => (JsonObject)EscapeInPlace(CardRenderer.LabelsFor(Locales.Culture(locale)))).DeepClone();
        var bound = BindEscaped(card.CardId, data);
        return bound with { Payload = BlockKitLimits.Fit(bound.Payload), Opener = bound.Opener is { } o ? BlockKitLimits.Fit(o) : null };
    }

    /// <summary>Binds already-serialized view data (with its <c>t</c> labels), without fitting it to Slack's limits.</summary>
    public RenderedCard Bind(string cardId, JsonObject data) => BindEscaped(cardId, (JsonObject)EscapeInPlace(data.DeepClone()));

    private RenderedCard BindEscaped(string cardId, JsonObject escaped)
    {
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

    /// <summary>Replaces every string value under <paramref name="node"/> by its mrkdwn-escaped form, in place.</summary>
    private static JsonNode EscapeInPlace(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (IsString(obj[key]))
                    {
                        obj[key] = JsonValue.Create(Mrkdwn.Escape((string)obj[key]!));
                    }
                    else if (obj[key] is { } child)
                    {
                        EscapeInPlace(child);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (IsString(array[i]))
                    {
                        array[i] = JsonValue.Create(Mrkdwn.Escape((string)array[i]!));
                    }
                    else if (array[i] is { } item)
                    {
                        EscapeInPlace(item);
                    }
                }

                break;
        }

        return node;
    }

    private static bool IsString(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String;

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
