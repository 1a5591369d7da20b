using System.Globalization;
using System.Text.Json.Nodes;
using FollowBot.Core.Cards;

namespace FollowBot.Core.Tests.Cards;

/// <summary>
/// Every template, bound to its sample in both languages, checked with Microsoft's own npm packages:
/// adaptivecards 3.0.6 (under jsdom) must parse and validate our output as a 1.5 card without a single
/// event, and adaptivecards-templating 2.3.1 must produce exactly what our binder produced.
/// </summary>
public class OfficialCardPackagesTests(OfficialCardPackagesResults results) : IClassFixture<OfficialCardPackagesResults>
{
    internal static readonly (string CardId, string Culture)[] CardsAndCultures =
        [.. CardId.All.SelectMany(id => new[] { (id, "en"), (id, "zh-Hans") })];

    public static TheoryData<string, string> Cases => new(CardsAndCultures);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Adaptivecards_renderer_accepts_our_card_as_version_1_5(string cardId, string culture)
    {
        var validation = results.For(cardId, culture)["validation"]!;

        ((string?)validation["version"]).ShouldBe("1.5");
        validation["events"]!.AsArray().ShouldBeEmpty(validation["events"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Our_binding_equals_adaptivecards_templating(string cardId, string culture)
    {
        var result = results.For(cardId, culture);
        result["expandError"].ShouldBeNull();

        CanonicalJson.Of(results.Bound(cardId, culture)).ShouldBe(CanonicalJson.Of(result["expanded"]));
    }

    [Fact]
    public void The_renderer_check_does_report_invalid_cards()
    {
        // Guards against a check that always passes: duplicate input ids, a required input without label,
        // an unknown element and version 1.6 must all show up.
        var card = JsonNode.Parse("""
            {"type":"AdaptiveCard","version":"1.6","body":[
              {"type":"Input.Text","id":"a","isRequired":true},{"type":"Input.Text","id":"a","label":"x"},{"type":"Carousel"}]}
            """)!;
        var events = NodeCardChecks.Run([new JsonObject { ["name"] = "bad", ["template"] = card.DeepClone(), ["data"] = new JsonObject(), ["bound"] = card }])
            ["bad"]["validation"]!["events"]!.AsArray().Select(e => (string)e!["event"]!).ToList();

        events.ShouldBe(["UnknownElementType", "RequiredInputsShouldHaveLabel", "RequiredInputsShouldHaveErrorMessage", "UnsupportedCardVersion", "DuplicateId"], ignoreOrder: true);
    }
}
