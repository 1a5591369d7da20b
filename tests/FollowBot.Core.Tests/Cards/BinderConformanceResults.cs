using System.Text.Json.Nodes;
using FollowBot.Core.Cards.Templating;

namespace FollowBot.Core.Tests.Cards;

/// <summary>Binds every corpus case with our binder, then runs the official engine once over the whole corpus.</summary>
public sealed class BinderConformanceResults
{
    public static readonly IReadOnlyList<JsonObject> Corpus = JsonNode.Parse(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cards", "Conformance", "binder-cases.json")))!
        .AsArray().Select(c => c!.AsObject()).ToList();

    public BinderConformanceResults()
    {
        foreach (var item in Corpus)
        {
            var name = (string)item["name"]!;
            try
            {
                Ours[name] = CardTemplate.Parse(item["template"]!.ToJsonString(), name).Bind(item["data"]!);
            }
            catch (CardTemplateException ex)
            {
                Ours[name] = ex;
            }
        }

        Official = NodeCardChecks.Run(Corpus.Select(c => (JsonObject)c.DeepClone()));
    }

    public Dictionary<string, object> Ours { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, JsonObject> Official { get; }
}
