using System.Text.Json.Nodes;

namespace FollowBot.Slack.Tests.Fakes;

/// <summary>One request the fake Slack received: a Web API method (or <c>response_url</c>), its token and body.</summary>
public sealed record FakeSlackCall(string Method, string? Token, string ContentType, string Body, DateTimeOffset ReceivedAt)
{
    /// <summary>The JSON body, or the form fields as a JSON object.</summary>
    public JsonObject Json => ContentType.StartsWith("application/json", StringComparison.Ordinal)
        ? JsonNode.Parse(Body)!.AsObject()
        : new JsonObject(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery("?" + Body)
            .Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value.ToString()))));

    public string? this[string field] => (string?)Json[field];

    /// <summary>Every mrkdwn/plain text in the message or view, in order, with Slack's escapes undone.</summary>
    public IReadOnlyList<string> Texts()
    {
        var texts = new List<string>();
        Collect(Json["blocks"] ?? Json["view"]?["blocks"], texts);
        return texts;
    }

    private static void Collect(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((string?)obj["type"] is "mrkdwn" or "plain_text" && obj["text"] is JsonValue t)
                {
                    texts.Add(FollowBot.Slack.Rendering.Mrkdwn.Unescape((string)t!));
                }

                foreach (var (_, child) in obj)
                {
                    Collect(child, texts);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, texts);
                }

                break;
        }
    }
}
