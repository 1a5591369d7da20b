using System.Collections.Concurrent;
using System.Text.Json.Nodes;

[assembly: AssemblyFixture(typeof(FollowBot.Teams.Tests.Infrastructure.AllSentCards))]

namespace FollowBot.Teams.Tests.Infrastructure;

/// <summary>
/// Every card FollowBot sent in any test of this assembly (to a <see cref="ConnectorStub"/> or as an invoke answer),
/// checked once at the end with Microsoft's adaptivecards renderer as a 1.5 card; one invalid card fails the run.
/// </summary>
public sealed class AllSentCards : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<string, string> Cards = new(StringComparer.Ordinal);

    public static void Add(string where, JsonNode card) => Cards.TryAdd(card.ToJsonString(), where);

    public ValueTask DisposeAsync()
    {
        if (Cards.IsEmpty)
        {
            return ValueTask.CompletedTask;
        }

        var cards = Cards.Select((c, i) => ($"{i}: {c.Value}", JsonNode.Parse(c.Key)!)).ToList();
        var invalid = CardValidation.Validate(cards)
            .Where(r => r.Value.Version != "1.5" || r.Value.Events.Count > 0)
            .Select(r => $"{r.Key}: version {r.Value.Version}, {r.Value.Events.ToJsonString()}")
            .ToList();
        return invalid.Count == 0
            ? ValueTask.CompletedTask
            : throw new InvalidOperationException($"{invalid.Count} of {cards.Count} cards FollowBot sent are not valid Adaptive Card 1.5:\n" + string.Join("\n", invalid));
    }
}
