using System.Text.Json.Nodes;

namespace FollowBot.Teams.Tests.Infrastructure;

/// <summary>Finding buttons in a card FollowBot sent.</summary>
internal static class CardJson
{
    public static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Descendants(p.Value))),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    /// <summary>The Action.Execute button with this verb (not its fallback).</summary>
    public static JsonObject Execute(JsonNode card, string verb) =>
        Descendants(card).First(e => (string?)e["type"] == "Action.Execute" && (string?)e["verb"] == verb);

    /// <summary>Every text in the card, to look for a word.</summary>
    public static string Text(JsonNode card) => string.Join(" | ", Descendants(card).SelectMany(o => o
        .Where(p => p.Key == "text" && p.Value is JsonValue).Select(p => (string)p.Value!)));
}
