using System.Net;
using System.Text.Json.Nodes;
using FollowBot.Core.Domain;
using FollowBot.Core.Text;
using FollowBot.Teams.Tests.Infrastructure;

namespace FollowBot.Teams.Tests.Inbound;

/// <summary>
/// Buttons on the deal card, clicked in the two shapes the Playground recorded: Action.Execute (an invoke answered
/// inline with the refreshed card) and its Action.Submit fallback (a message with <c>value</c>); either way the
/// clicked card is replaced for everyone with a PUT.
/// </summary>
public sealed class CardClickTests : IAsyncLifetime
{
    private ConnectorStub _connector = null!;
    private TeamsApp _app = null!;
    private string _conversation = "";

    public async ValueTask InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _app = new TeamsApp();
        _conversation = Uri.EscapeDataString(Recorded.PersonalChat);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_click_on_execute_answers_the_refreshed_card_and_replaces_the_card_for_everyone()
    {
        var cardMessage = await CreateLeadAsync();
        var advance = CardJson.Execute(cardMessage.Card!, "deal.advance");

        var response = await _app.PostActivityAsync(Invoke(advance, cardMessage.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((int)body["statusCode"]!).ShouldBe(200);
        ((string?)body["type"]).ShouldBe("application/vnd.microsoft.card.adaptive");
        var deal = await _app.DealAsync(Recorded.TenantId, 1);
        deal.Stage.ShouldNotBe("lead");
        var put = (await _connector.WaitForCallsAsync(3))[2];
        (put.Method, put.Path).ShouldBe(("PUT", $"/v3/conversations/{_conversation}/activities/{cardMessage.Id}"));
        put.Body!.ToJsonString().ShouldBe(new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = body["value"]!.DeepClone() }),
        }.ToJsonString());
    }

    [Fact]
    public async Task A_click_on_the_submit_fallback_replaces_the_card_the_same_way()
    {
        var cardMessage = await CreateLeadAsync();
        var fallback = CardJson.Execute(cardMessage.Card!, "deal.advance")["fallback"]!;
        ((string?)fallback["type"]).ShouldBe("Action.Submit");
        var submit = Recorded.Activity("playground-activity-message-submit", _connector.ServiceUrl);
        submit["id"] = Guid.NewGuid().ToString();
        submit["replyToId"] = cardMessage.Id;
        submit["value"] = fallback["data"]!.DeepClone();

        (await _app.PostActivityAsync(submit)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var put = (await _connector.WaitForCallsAsync(3))[2];
        (put.Method, put.Path).ShouldBe(("PUT", $"/v3/conversations/{_conversation}/activities/{cardMessage.Id}"));
        (await _app.DealAsync(Recorded.TenantId, 1)).Stage.ShouldNotBe("lead");
        CardJson.Text(put.Card!).ShouldContain("#1 Acme");
        CardJson.Execute(put.Card!, "deal.advance").ShouldNotBeNull();
    }

    [Fact]
    public async Task Card_inputs_reach_the_command_under_their_argument_names()
    {
        var cardMessage = await CreateLeadAsync();
        var lost = CardJson.Execute(cardMessage.Card!, "deal.lost");
        lost["data"]!["lostReason"] = "budget cut";

        var body = JsonNode.Parse(await (await _app.PostActivityAsync(Invoke(lost, cardMessage.Id))).Content.ReadAsStringAsync())!;

        ((string?)body["type"]).ShouldBe("application/vnd.microsoft.card.adaptive");
        (await _app.DealAsync(Recorded.TenantId, 1)).Status.ShouldBe(DealStatus.Lost);
        CardJson.Text(body["value"]!).ShouldContain("budget cut");
    }

    [Fact]
    public async Task A_click_that_only_says_something_answers_a_message_and_keeps_the_card()
    {
        var cardMessage = await CreateLeadAsync();
        var note = CardJson.Execute(cardMessage.Card!, "deal.note");
        note["data"]!["text"] = "called the buyer";

        var body = JsonNode.Parse(await (await _app.PostActivityAsync(Invoke(note, cardMessage.Id))).Content.ReadAsStringAsync())!;

        ((string?)body["type"]).ShouldBe("application/vnd.microsoft.activity.message");
        ((string?)body["value"]).ShouldBe(Texts.For("en").Format("Reply_NoteAdded", 1, "Acme"));
        (await _app.PostActivityAsync(Recorded.Message("help", _connector.ServiceUrl))).EnsureSuccessStatusCode();
        (await _connector.WaitForCallsAsync(3))[2].Method.ShouldBe("POST", "no PUT: the card did not change");
    }

    [Fact]
    public async Task Opening_a_deal_from_the_list_keeps_the_list_and_posts_the_deal_card()
    {
        await CreateLeadAsync();
        (await _app.PostActivityAsync(Recorded.Message("mine", _connector.ServiceUrl))).EnsureSuccessStatusCode();
        var list = await NextCardAsync(2);
        var seen = _connector.Calls.Count;
        var open = CardJson.Execute(list.Card!, "deal.show");

        var body = JsonNode.Parse(await (await _app.PostActivityAsync(Invoke(open, list.Id))).Content.ReadAsStringAsync())!;

        ((string?)body["type"]).ShouldBe("application/vnd.microsoft.activity.message");
        var opened = (await _connector.WaitForCallsAsync(seen + 2)).Skip(seen).ToList();
        opened.Select(c => (c.Method, c.Path)).ShouldBe([("POST", $"/v3/conversations/{_conversation}/activities"), ("POST", $"/v3/conversations/{_conversation}/activities")]);
        ((string?)opened[0].Body!["text"]).ShouldBe((string?)body["value"]);
        ((string?)opened[1].Card!["body"]![0]!["text"]).ShouldBe("#1 Acme");
        _connector.Calls.ShouldNotContain(c => c.Method == "PUT");
    }

    [Fact]
    public async Task The_same_invoke_twice_changes_the_deal_once()
    {
        var cardMessage = await CreateLeadAsync();
        var invoke = Invoke(CardJson.Execute(cardMessage.Card!, "deal.advance"), cardMessage.Id);

        await _app.PostActivityAsync(invoke);
        var again = JsonNode.Parse(await (await _app.PostActivityAsync(invoke)).Content.ReadAsStringAsync())!;

        ((string?)again["value"]).ShouldBe(Texts.For("en")["Teams_AlreadyHandled"]);
        var timeline = await _app.DealAsync(Recorded.TenantId, 1);
        timeline.Stage.ShouldBe((await StageAfterOneAdvanceAsync()));
    }

    [Theory]
    [InlineData("composeExtension/query", 501)]
    [InlineData("task/fetch", 501)]
    public async Task An_invoke_we_do_not_handle_is_not_implemented(string name, int status)
    {
        var invoke = Recorded.Activity("playground-activity-invoke-adaptiveCard-action", _connector.ServiceUrl);
        invoke["name"] = name;

        ((int)(await _app.PostActivityAsync(invoke)).StatusCode).ShouldBe(status);
    }

    [Theory]
    [InlineData("""{"trigger":"manual"}""", "BadRequest")]
    [InlineData("""{"action":{"type":"Action.Submit","data":{}}}""", "NotSupported")]
    public async Task A_malformed_card_action_is_a_400_invoke_error(string value, string code)
    {
        var invoke = Recorded.Activity("playground-activity-invoke-adaptiveCard-action", _connector.ServiceUrl);
        invoke["value"] = JsonNode.Parse(value);

        var response = await _app.PostActivityAsync(invoke);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((string?)body["type"]).ShouldBe("application/vnd.microsoft.error");
        ((string?)body["value"]!["code"]).ShouldBe(code);
    }

    [Fact]
    public async Task Other_activity_types_are_accepted_and_ignored_and_broken_or_huge_bodies_are_refused()
    {
        var reaction = Recorded.Activity("playground-activity-message-text", _connector.ServiceUrl);
        reaction["type"] = "messageReaction";
        (await _app.PostActivityAsync(reaction)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var untyped = Recorded.Activity("playground-activity-message-text", _connector.ServiceUrl);
        untyped.Remove("type");
        (await _app.PostActivityAsync(untyped)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _app.CreateClient().GetAsync("/api/messages")).StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        var huge = Recorded.Message(new string('x', 300 * 1024), _connector.ServiceUrl);
        (await _app.PostActivityAsync(huge)).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        _app.StoredRows().ShouldBe(0);
    }

    private async Task<RecordedCall> CreateLeadAsync()
    {
        (await _app.PostActivityAsync(Recorded.Message("lead Acme value=5000", _connector.ServiceUrl))).EnsureSuccessStatusCode();
        // The reply's text, then its card as a message of its own: the one a click replaces.
        var calls = await _connector.WaitForCallsAsync(2);
        calls[0].Card.ShouldBeNull();
        calls[1].Card.ShouldNotBeNull();
        return calls[1];
    }

    /// <summary>The first call from index <paramref name="from"/> on that carries a card.</summary>
    private async Task<RecordedCall> NextCardAsync(int from)
    {
        for (var i = from; ; i++)
        {
            var call = (await _connector.WaitForCallsAsync(i + 1))[i];
            if (call.Card is not null)
            {
                return call;
            }
        }
    }

    private async Task<string> StageAfterOneAdvanceAsync()
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(_app.Services);
        var settings = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<FollowBot.Core.Options.WorkspaceSettings>(scope.ServiceProvider);
        return settings.Pipeline.Next("lead")!.Key;
    }

    /// <summary>The recorded invoke, clicking <paramref name="action"/> on the card message <paramref name="cardMessageId"/>.</summary>
    private JsonObject Invoke(JsonObject action, string cardMessageId)
    {
        var invoke = Recorded.Activity("playground-activity-invoke-adaptiveCard-action", _connector.ServiceUrl);
        invoke["id"] = Guid.NewGuid().ToString();
        invoke["replyToId"] = cardMessageId;
        var clicked = action.DeepClone().AsObject();
        clicked.Remove("fallback");
        invoke["value"] = new JsonObject { ["action"] = clicked, ["trigger"] = "manual" };
        return invoke;
    }
}
