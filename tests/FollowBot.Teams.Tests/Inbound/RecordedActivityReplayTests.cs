using System.Net;
using System.Text.Json.Nodes;
using FollowBot.Core.Commands;
using FollowBot.Core.Text;
using FollowBot.Teams.Tests.Infrastructure;

namespace FollowBot.Teams.Tests.Inbound;

/// <summary>
/// Contract: every activity recorded from Microsoft's Agents Playground, replayed over HTTP against FollowBot (real
/// SQLite, Development, anonymous like the Playground) — the command it became (seen in its answer), the reference
/// stored for the member, and the body of every call to the connector.
/// </summary>
public sealed class RecordedActivityReplayTests : IAsyncLifetime
{
    private static readonly Texts En = Texts.For("en");
    private ConnectorStub _connector = null!;
    private TeamsApp _app = null!;

    public static TheoryData<string> Fixtures => [.. Recorded.Names];

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

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Every_recorded_activity_becomes_its_command_stores_the_reference_and_answers(string fixture)
    {
        var activity = Recorded.Activity(fixture, _connector.ServiceUrl);
        var id = (string)activity["id"]!;
        var conversation = Uri.EscapeDataString((string)activity["conversation"]!["id"]!);

        var response = await _app.PostActivityAsync(activity);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        switch (fixture)
        {
            case "playground-activity-message-text":
                await ExpectReplyAsync($"/v3/conversations/{conversation}/activities/{id}", id, Unknown("Error_UnknownCommand", "hello"));
                break;
            case "playground-activity-message-text-card":
                await ExpectReplyAsync($"/v3/conversations/{conversation}/activities/{id}", id, Unknown("Error_UnknownCommand", "card"));
                break;
            case "playground-activity-channel-mention":
                // The bot's <at> tag is gone: the command is "hi channel"; the channel thread id is escaped in the path.
                conversation.ShouldBe("team-id%3Bmessageid%3D1795719254870");
                await ExpectReplyAsync($"/v3/conversations/{conversation}/activities/{id}", id, Unknown("Error_UnknownCommand", "hi"));
                break;
            case "playground-activity-message-submit":
                // A Submit whose data names no verb: a button FollowBot does not know, said in the thread.
                await ExpectReplyAsync($"/v3/conversations/{conversation}/activities/{id}", id, Unknown("Error_UnknownAction", ""));
                break;
            case "playground-activity-invoke-adaptiveCard-action" or "playground-activity-invoke-from-ui-click":
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                body.ToJsonString().ShouldBe(new JsonObject
                {
                    ["statusCode"] = 200,
                    ["type"] = "application/vnd.microsoft.activity.message",
                    ["value"] = Unknown("Error_UnknownAction", "doIt"),
                }.ToJsonString());
                break;
            case "playground-activity-installationUpdate" or "playground-activity-conversationUpdate":
                // The greeting: the help text, then the help card as a message of its own (so it can be replaced).
                var calls = await _connector.WaitForCallsAsync(2);
                calls.Select(c => (c.Method, c.Path)).ShouldBe([("POST", $"/v3/conversations/{conversation}/activities"), ("POST", $"/v3/conversations/{conversation}/activities")]);
                calls[0].Body!.ToJsonString().ShouldBe(new JsonObject { ["type"] = "message", ["text"] = En["Help_Intro"] }.ToJsonString());
                calls[1].Body!["text"].ShouldBeNull();
                ((string?)calls[1].Body!["attachments"]![0]!["contentType"]).ShouldBe("application/vnd.microsoft.card.adaptive");
                ((string?)calls[1].Card!["body"]![0]!["text"]).ShouldBe(En["Help_Title"]);
                break;
            default:
                throw new InvalidOperationException($"No expectation for the recorded activity {fixture}: add one.");
        }

        var reference = TeamsAddress.Parse((await _app.ReferenceAsync(Recorded.TenantId, Recorded.UserAad))!)!;
        var personal = (string?)activity["conversation"]!["conversationType"] == "personal";
        reference.ShouldBe(new TeamsAddress(_connector.ServiceUrl, Recorded.TenantId, Recorded.BotId, "user-id-0", Recorded.UserAad, personal ? Recorded.PersonalChat : null));
    }

    [Fact]
    public async Task An_install_is_greeted_once_although_teams_sends_two_activities()
    {
        (await _app.PostActivityAsync(Recorded.Activity("playground-activity-installationUpdate", _connector.ServiceUrl))).EnsureSuccessStatusCode();
        (await _app.PostActivityAsync(Recorded.Activity("playground-activity-conversationUpdate", _connector.ServiceUrl))).EnsureSuccessStatusCode();
        (await _app.PostActivityAsync(Recorded.Message("help", _connector.ServiceUrl))).EnsureSuccessStatusCode();

        // Greeting (text + card), nothing for the second activity, then the reply to help (text + card).
        var calls = await _connector.WaitForCallsAsync(4);
        calls.Count(c => c.Path.EndsWith("/activities", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task A_repeated_delivery_is_answered_once()
    {
        var activity = Recorded.Activity("playground-activity-message-text", _connector.ServiceUrl);
        (await _app.PostActivityAsync(activity)).EnsureSuccessStatusCode();
        (await _app.PostActivityAsync(activity)).EnsureSuccessStatusCode();
        (await _app.PostActivityAsync(Recorded.Message("help", _connector.ServiceUrl))).EnsureSuccessStatusCode();

        var calls = await _connector.WaitForCallsAsync(3);
        calls.Count(c => c.Path.EndsWith("/" + (string)activity["id"]!, StringComparison.Ordinal)).ShouldBe(1);
    }

    private async Task ExpectReplyAsync(string path, string replyToId, string text)
    {
        var call = (await _connector.WaitForCallsAsync(1)).Single();
        (call.Method, call.Path).ShouldBe(("POST", path));
        call.Body!.ToJsonString().ShouldBe(new JsonObject { ["type"] = "message", ["text"] = text, ["replyToId"] = replyToId }.ToJsonString());
    }

    private static string Unknown(string key, string word) => CommandEngine.Explain(ParsedCommand.Failed(null, key, word), En);
}
