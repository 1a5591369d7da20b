using System.Text;
using System.Text.Json.Nodes;

namespace FollowBot.Teams.Tests.Infrastructure;

/// <summary>Every card in a batch through Microsoft's adaptivecards renderer (js/validate-cards.mjs), as Teams reads 1.5.</summary>
internal static class CardValidation
{
    /// <summary>Card name → the renderer's events (empty when the card is valid 1.5) and the version it read.</summary>
    public static IReadOnlyDictionary<string, (string? Version, JsonArray Events)> Validate(IEnumerable<(string Name, JsonNode Card)> cards)
    {
        var input = Path.Combine(Path.GetTempPath(), $"followbot-teams-cards-{Guid.NewGuid():N}.json");
        var list = new JsonArray([.. cards.Select(c => new JsonObject { ["name"] = c.Name, ["card"] = c.Card.DeepClone() })]);
        File.WriteAllText(input, new JsonObject { ["cards"] = list }.ToJsonString(), new UTF8Encoding(false));
        try
        {
            return Node.Run("validate-cards.mjs", input)["results"]!.AsArray()
                .ToDictionary(r => (string)r!["name"]!, r => ((string?)r!["version"], r["events"]!.AsArray()));
        }
        finally
        {
            File.Delete(input);
        }
    }
}
