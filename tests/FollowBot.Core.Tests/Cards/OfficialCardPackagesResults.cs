using System.Globalization;
using System.Text.Json.Nodes;
using FollowBot.Core.Cards;

namespace FollowBot.Core.Tests.Cards;

/// <summary>Binds every case with our binder, then runs node once for all of them.</summary>
public sealed class OfficialCardPackagesResults
{
    private readonly Dictionary<string, JsonNode> bound = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, JsonObject> official;

    public OfficialCardPackagesResults()
    {
        var cases = new List<JsonObject>();
        foreach (var (cardId, culture) in OfficialCardPackagesTests.CardsAndCultures)
        {
            var data = CardFiles.Sample(cardId);
            data["t"] = CardRenderer.LabelsFor(CultureInfo.GetCultureInfo(culture));
            var ours = CardFiles.Load(cardId).Bind(data);
            bound[Key(cardId, culture)] = ours;
            cases.Add(new JsonObject
            {
                ["name"] = Key(cardId, culture),
                ["template"] = CardFiles.Template(cardId),
                ["data"] = data,
                ["bound"] = ours.DeepClone(),
            });
        }

        official = NodeCardChecks.Run(cases);
    }

    public JsonObject For(string cardId, string culture) => official[Key(cardId, culture)];

    public JsonNode Bound(string cardId, string culture) => bound[Key(cardId, culture)];

    private static string Key(string cardId, string culture) => $"{cardId}/{culture}";
}
