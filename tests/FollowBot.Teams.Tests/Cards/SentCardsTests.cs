using System.Text.Json.Nodes;
using FollowBot.Core.Cards;
using FollowBot.Core.Text;
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
    private int _read;

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
        cards.Add(("help (install)", (await NextCardAsync(seen, CardId.Help)).Card!));
        await PostAsync(Recorded.Message("lead", _connector.ServiceUrl));
        cards.Add(("lead-form", (await NextCardAsync(seen, CardId.LeadForm)).Card!));
        await PostAsync(Recorded.Message("lead Acme value=5000 contact=Li phone=138 grade=A", _connector.ServiceUrl));
        var dealMessage = await NextCardAsync(seen, CardId.Deal);
        cards.Add(("deal", dealMessage.Card!));
        cards.Add(("deal after advance (invoke answer)", await InvokeAsync(dealMessage, "deal.advance")));
        cards.Add(("deal after advance (PUT)", (await NextCardAsync(seen, CardId.Deal)).Card!));

        await PostAsync(Recorded.Message("update 1", _connector.ServiceUrl));
        cards.Add(("deal-update-form", (await NextCardAsync(seen, CardId.DealUpdateForm)).Card!));
        await PostAsync(Recorded.Message("mine", _connector.ServiceUrl));
        cards.Add(("deal-list", (await NextCardAsync(seen, CardId.DealList)).Card!));

        await PostAsync(Chinese("show 1"));
        cards.Add(("deal (zh-Hans)", (await NextCardAsync(seen, CardId.Deal)).Card!));
        await PostAsync(Chinese("帮助"));
        cards.Add(("help (zh-Hans)", (await NextCardAsync(seen, CardId.Help)).Card!));
        ((string?)cards[^1].Card["body"]![0]!["text"]).ShouldBe(Texts.For("zh-Hans")["Help_Title"]);

        await PostAsync(Recorded.Message("pipeline", _connector.ServiceUrl));
        cards.Add(("pipeline-summary", (await NextCardAsync(seen, CardId.PipelineSummary)).Card!));

        // Every card a command answers with; the proactive ones (nudge, escalation, digest, weekly-review) go out
        // through the same renderer and are checked with Microsoft's packages in FollowBot.Core.Tests.
        string[] proactive = [CardId.Nudge, CardId.Escalation, CardId.Digest, CardId.WeeklyReview];
        seen.ShouldBe(CardId.All.Except(proactive), ignoreOrder: true);
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

    private JsonObject Chinese(string text)
    {
        var activity = Recorded.Message(text, _connector.ServiceUrl);
        activity["locale"] = "zh-CN";
        return activity;
    }

    private async Task PostAsync(JsonObject activity) => (await _app.PostActivityAsync(activity)).EnsureSuccessStatusCode();

    /// <summary>The next connector call that carries a card (skipping the text messages before it).</summary>
    private async Task<RecordedCall> NextCardAsync(HashSet<string> seen, string cardId)
    {
        while (true)
        {
            var call = (await _connector.WaitForCallsAsync(_read + 1))[_read++];
            if (call.Card is not null)
            {
                seen.Add(cardId);
                return call;
            }
        }
    }

    private async Task<JsonNode> InvokeAsync(RecordedCall cardMessage, string verb)
    {
        var invoke = Recorded.Activity("playground-activity-invoke-adaptiveCard-action", _connector.ServiceUrl);
        invoke["id"] = Guid.NewGuid().ToString();
        invoke["replyToId"] = cardMessage.Id;
        var action = CardJson.Execute(cardMessage.Card!, verb).DeepClone().AsObject();
        action.Remove("fallback");
        invoke["value"] = new JsonObject { ["action"] = action, ["trigger"] = "manual" };
        var body = JsonNode.Parse(await (await _app.PostActivityAsync(invoke)).Content.ReadAsStringAsync())!;
        ((string?)body["type"]).ShouldBe("application/vnd.microsoft.card.adaptive", body.ToJsonString());
        return body["value"]!;
    }
}
