using System.Text.Json.Nodes;
using FollowBot.Core.Cards.Templating;
using FollowBot.Slack.Rendering;

namespace FollowBot.Slack.Tests.Rendering;

/// <summary>The card files as the app sees them (FollowBot.Core copies cards/** next to every test).</summary>
internal static class SlackCardFiles
{
    public static string Folder(string channel) => Path.Combine(DirectoryCardTemplateSource.DefaultRoot, channel);

    public static IReadOnlyList<string> Stems(string channel) =>
        Directory.GetFiles(Folder(channel), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList();

    public static JsonObject Template(string cardId) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder("slack"), cardId + ".json")))!.AsObject();

    public static JsonObject Sample(string cardId) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(DirectoryCardTemplateSource.DefaultRoot, "samples", cardId + ".data.json")))!.AsObject();

    public static BlockKitRenderer Renderer { get; } = new(SlackCardTemplates.Default());

    public static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Descendants(p.Value))),
        JsonArray array => array.SelectMany(Descendants),
        _ => [],
    };
}
