using System.Text.Json;
using System.Text.Json.Nodes;

namespace FollowBot.Slack.Outbound;

/// <summary>
/// A modal's <c>private_metadata</c> (at most 3,000 characters, echoed back on submission): the template's fixed
/// data (e.g. the deal number) plus where the answer to the submission should go.
/// </summary>
public sealed record ModalMetadata(IReadOnlyDictionary<string, string?> Data, string? Channel, string? ResponseUrl)
{
    public string Write()
    {
        var data = new JsonObject();
        foreach (var (key, value) in Data)
        {
            data[key] = value;
        }

        var json = new JsonObject { ["d"] = data };
        if (Channel is not null)
        {
            json["c"] = Channel;
        }

        if (ResponseUrl is not null && ResponseUrl.Length < 1500)
        {
            json["r"] = ResponseUrl;
        }

        return json.ToJsonString();
    }

    /// <summary>The template's <c>private_metadata</c> object as data: numbers and booleans become text, like card data.</summary>
    public static Dictionary<string, string?> DataOf(JsonNode? templateMetadata) =>
        (templateMetadata as JsonObject ?? []).ToDictionary(p => p.Key, p => Text(p.Value), StringComparer.Ordinal);

    public static ModalMetadata Read(string? privateMetadata)
    {
        if (string.IsNullOrWhiteSpace(privateMetadata))
        {
            return new ModalMetadata(new Dictionary<string, string?>(), null, null);
        }

        try
        {
            var json = JsonNode.Parse(privateMetadata) as JsonObject ?? [];
            return new ModalMetadata(DataOf(json["d"]), (string?)json["c"], (string?)json["r"]);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return new ModalMetadata(new Dictionary<string, string?>(), null, null);
        }
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => (string?)v,
        JsonValue v => v.ToJsonString(),
        _ => node.ToJsonString(),
    };
}
