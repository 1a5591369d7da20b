using System.Text.Json.Nodes;
using FollowBot.Core.Cards.Templating;

namespace FollowBot.Core.Tests.Cards;

/// <summary>The card files as the app sees them: copied by FollowBot.Core into this test's output folder.</summary>
internal static class CardFiles
{
    public static string TeamsFolder => Path.Combine(DirectoryCardTemplateSource.DefaultRoot, "teams");

    public static string TemplatePath(string cardId) => Path.Combine(TeamsFolder, cardId + ".json");

    public static string SamplePath(string cardId) => Path.Combine(DirectoryCardTemplateSource.DefaultRoot, "samples", cardId + ".data.json");

    public static JsonObject Template(string cardId) => JsonNode.Parse(File.ReadAllText(TemplatePath(cardId)))!.AsObject();

    public static JsonObject Sample(string cardId) => JsonNode.Parse(File.ReadAllText(SamplePath(cardId)))!.AsObject();

    public static CardTemplate Load(string cardId) => CardTemplate.Parse(File.ReadAllText(TemplatePath(cardId)), TemplatePath(cardId));

    /// <summary>Compact JSON that keeps non-ASCII text readable (the default escapes 跟进记录 as \uXXXX).</summary>
    public static string Text(JsonNode node) =>
        node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.SelectMany(p => Descendants(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
        }
    }
}
