using System.Text.Json.Nodes;
using FollowBot.Core.Cards;
using FollowBot.Teams.Rendering;
using FollowBot.Teams.Tests.Infrastructure;

namespace FollowBot.Teams.Tests.Cards;

/// <summary>
/// Every card FollowBot sends on Teams in a walk through all of them (both languages, sends, updates and invoke
/// answers) passes Microsoft's adaptivecards renderer as a 1.5 card, and every message stays under 80 KB.
/// </summary>
public sealed class SentCardsTests : IAsyncLifetime
{
    private ConnectorStub _connector = null!;
    private TeamsApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _app = new TeamsApp();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Every_card_sent_is_valid_adaptive_card_1_5_and_every_message_fits()
    {
        var cards = new List<(string Name, JsonNode Card)>();
        var seen = new HashSet<string>();

        await PostAsync(Recorded.Activity("playground-activity-installationUpdate", _connector.ServiceUrl));
        cards.Add(("help (install)", await NextCardAsync(seen, CardId.Help)));
        await PostAsync(Recorded.Message("lead", _connector.ServiceUrl));
        cards.Add(("lead-form", await NextCardAsync(seen, CardId.LeadForm)));
        await PostAsync(Recorded.Message("lead Acme value=5000 contact=Li phone=138 grade=A", _connector.ServiceUrl));
        var dealMessage = (await _connector.WaitForCallsAsync(3))[2];
        cards.Add(("deal", await NextCardAsync(seen, CardId.Deal)));
        cards.Add(("deal after advance (invoke answer)", await InvokeAsync(dealMessage, "deal.advance", seen, null)));
        cards.Add(("deal after advance (PUT)", (await _connector.WaitForCallsAsync(4))[3].Card!));

        // The Edit button sends deal.update with no fields, which Core answers "nothing to change" (reported):
        // the form comes from the typed command.
        await PostAsync(Recorded.Message("update 1", _connector.ServiceUrl));
        cards.Add(("deal-update-form", (await _connector.WaitForCallsAsync(5))[4].Card!));
        seen.Add(CardId.DealUpdateForm);
        await PostAsync(Recorded.Message("mine", _connector.ServiceUrl));
        cards.Add(("deal-list", (await _connector.WaitForCallsAsync(6))[5].Card!));
        seen.Add(CardId.DealList);

        var chinese = Recorded.Message("show 1", _connector.ServiceUrl);
        chinese["locale"] = "zh-CN";
        await PostAsync(chinese);
        cards.Add(("deal (zh-Hans)", (await _connector.WaitForCallsAsync(7))[6].Card!));
        var chineseHelp = Recorded.Message("帮助", _connector.ServiceUrl);
        chineseHelp["locale"] = "zh-CN";
        await PostAsync(chineseHelp);
        cards.Add(("help (zh-Hans)", (await _connector.WaitForCallsAsync(8))[7].Card!));
        ((string?)cards[^1].Card["body"]![0]!["text"]).ShouldBe(FollowBot.Core.Text.Texts.For("zh-Hans")["Help_Title"]);

        seen.ShouldBe(CardId.All, ignoreOrder: true);
        foreach (var (name, result) in CardValidation.Validate(cards))
        {
            result.Version.ShouldBe("1.5", name);
            result.Events.ShouldBeEmpty($"{name}: {result.Events.ToJsonString()}");
        }

        _connector.Calls.ShouldAllBe(c => System.Text.Encoding.UTF8.GetByteCount(c.Body!.ToJsonString()) < TeamsReplyRenderer.MaxBytes);
    }

    [Fact]
    public void The_renderer_check_does_report_invalid_cards()
    {
        // Guards against a check that always passes: a 1.6 card with an unknown element and duplicate ids.
        var bad = JsonNode.Parse("""
            {"type":"AdaptiveCard","version":"1.6","body":[{"type":"Carousel"},{"type":"Input.Text","id":"a"},{"type":"Input.Text","id":"a"}]}
            """)!;

        var events = CardValidation.Validate([("bad", bad)])["bad"].Events.Select(e => (string)e!["event"]!).ToList();

        events.ShouldContain("UnknownElementType");
        events.ShouldContain("UnsupportedCardVersion");
        events.ShouldContain("DuplicateId");
    }

    private async Task PostAsync(JsonObject activity) => (await _app.PostActivityAsync(activity)).EnsureSuccessStatusCode();

    private async Task<JsonNode> NextCardAsync(HashSet<string> seen, string cardId)
    {
        var calls = await _connector.WaitForCallsAsync(seen.Count + 1);
        seen.Add(cardId);
        return calls[^1].Card!;
    }

    private async Task<JsonNode> InvokeAsync(RecordedCall cardMessage, string verb, HashSet<string> seen, string? cardId)
    {
        var invoke = Recorded.Activity("playground-activity-invoke-adaptiveCard-action", _connector.ServiceUrl);
        invoke["id"] = Guid.NewGuid().ToString();
        invoke["replyToId"] = cardMessage.Id;
        var action = CardJson.Execute(cardMessage.Card!, verb).DeepClone().AsObject();
        action.Remove("fallback");
        invoke["value"] = new JsonObject { ["action"] = action, ["trigger"] = "manual" };
        var body = JsonNode.Parse(await (await _app.PostActivityAsync(invoke)).Content.ReadAsStringAsync())!;
        ((string?)body["type"]).ShouldBe("application/vnd.microsoft.card.adaptive", body.ToJsonString());
        if (cardId is not null)
        {
            seen.Add(cardId);
        }

        return body["value"]!;
    }
}
