using System.Text.Json.Nodes;
using FollowBot.Slack.Tests.EndToEnd;
using FollowBot.Slack.Tests.Fakes;

namespace FollowBot.Slack.Tests.SocketMode;

/// <summary>Socket Mode against a local WebSocket server speaking Slack's protocol (the fake's /link).</summary>
public sealed class SocketModeTests : SlackTestBase
{
    private SlackApp _socketApp = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _socketApp = StartApp(settings: new()
        {
            ["Slack:SigningSecret"] = "",
            ["Slack:AppToken"] = "xapp-1-test",
            ["Slack:SocketConnections"] = "1",
            ["Slack:SocketIdleTimeout"] = "00:05:00",
        });
    }

    private static JsonObject Envelope(string type, JsonObject payload, bool acceptsResponse = false) => new()
    {
        ["envelope_id"] = Guid.NewGuid().ToString(),
        ["type"] = type,
        ["payload"] = payload,
        ["accepts_response_payload"] = acceptsResponse,
    };

    [Fact]
    public async Task Hello_then_an_event_envelope_is_acknowledged_by_its_id_and_handled()
    {
        var socket = await Slack.NextSocketAsync();
        var connect = Slack.CallsTo("apps.connections.open").Single();
        connect.Token.ShouldBe("xapp-1-test");
        var envelope = Envelope("events_api", SlackPayloads.Json("events/message_im.json", ("event_id", "Ev0SOCK"), ("text", "lead Acme"), ("user", Rep)));

        await socket.SendAsync(envelope);

        var ack = await socket.NextAsync();
        ((string?)ack["envelope_id"]).ShouldBe((string?)envelope["envelope_id"]);
        ack.ContainsKey("payload").ShouldBeFalse();
        await Slack.WaitForAsync("chat.postMessage");
        (await _socketApp.DealsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_redelivered_event_envelope_is_acknowledged_again_and_handled_once()
    {
        var socket = await Slack.NextSocketAsync();
        var payload = SlackPayloads.Json("events/message_im.json", ("event_id", "Ev0TWICE"), ("text", "lead Acme"), ("user", Rep));

        await socket.SendAsync(Envelope("events_api", payload));
        var retry = Envelope("events_api", payload.DeepClone().AsObject());
        retry["retry_attempt"] = 1;
        retry["retry_reason"] = "timeout";
        await socket.SendAsync(retry);

        await socket.NextAsync();
        ((string?)(await socket.NextAsync())["envelope_id"]).ShouldBe((string?)retry["envelope_id"]);
        await Slack.WaitForAsync("chat.postMessage");
        (await _socketApp.DealsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_slash_command_is_answered_in_the_acknowledgement()
    {
        var socket = await Slack.NextSocketAsync();
        var command = new JsonObject
        {
            ["token"] = "verification-token", ["team_id"] = FakeSlack.Team, ["team_domain"] = "followco", ["channel_id"] = "C0SALES",
            ["channel_name"] = "sales", ["user_id"] = Rep, ["user_name"] = "rep", ["command"] = "/follow", ["text"] = "lead Acme value=5000",
            ["api_app_id"] = "A0FOLLOW", ["response_url"] = Slack.ResponseUrl("commands/socket"), ["trigger_id"] = "1.2.socket",
        };

        await socket.SendAsync(Envelope("slash_commands", command, acceptsResponse: true));

        var ack = await socket.NextAsync();
        ((string?)ack["payload"]!["response_type"]).ShouldBe("ephemeral");
        ack["payload"]!.ToJsonString().ShouldContain("#1 Acme");
    }

    [Fact]
    public async Task A_disconnect_request_is_followed_by_a_new_connection()
    {
        var first = await Slack.NextSocketAsync();

        await first.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = "refresh_requested", ["debug_info"] = new JsonObject { ["host"] = "applink-fake" } });

        await first.Closed.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        var second = await Slack.NextSocketAsync();
        second.Number.ShouldBe(first.Number + 1);
        Slack.CallsTo("apps.connections.open").Count.ShouldBe(2, "every connection gets a fresh single-use URL");

        // The new connection works.
        var envelope = Envelope("events_api", SlackPayloads.Json("events/message_im.json", ("event_id", "Ev0AFTER"), ("text", "help"), ("user", Rep)));
        await second.SendAsync(envelope);
        ((string?)(await second.NextAsync())["envelope_id"]).ShouldBe((string?)envelope["envelope_id"]);
    }

    [Fact]
    public async Task A_connection_that_stays_silent_too_long_is_replaced()
    {
        var first = await Slack.NextSocketAsync();

        // The client restarts its idle timer when it reads "hello"; if that read lands just after the clock moved,
        // the timer counts from the new "now". So move the clock again (at most twice more) while the link stays
        // open: each move is a full idle period of silence, and one of them must close it.
        for (var moves = 0; moves < 3 && !first.Closed.IsCompleted; moves++)
        {
            _socketApp.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
            try
            {
                await first.Closed.WaitAsync(TimeSpan.FromSeconds(5), Ct);
            }
            catch (TimeoutException)
            {
                // Still open: the idle timer started after this move.
            }
        }

        await first.Closed.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        (await Slack.NextSocketAsync()).Number.ShouldBe(first.Number + 1);
    }

    [Fact]
    public async Task Link_disabled_stops_reconnecting()
    {
        var first = await Slack.NextSocketAsync();

        await first.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = "link_disabled" });
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        await _socketApp.PlaygroundAsync("alice", new { user = "alice", text = "help" }); // time for a reconnect that must not come

        Slack.CallsTo("apps.connections.open").Count.ShouldBe(1);
    }

    [Fact]
    public async Task Two_connections_are_kept_and_either_one_delivers()
    {
        var app = StartApp(settings: new() { ["Slack:SigningSecret"] = "", ["Slack:AppToken"] = "xapp-1-two", ["Slack:SocketConnections"] = "2", ["Slack:SocketStagger"] = "00:00:00" });
        var sockets = new List<FakeSocket>();
        while (sockets.Count < 3)
        {
            sockets.Add(await Slack.NextSocketAsync()); // one of the other app, two of this one
        }

        Slack.CallsTo("apps.connections.open").Count(c => c.Token == "xapp-1-two").ShouldBe(2);
        foreach (var (socket, i) in sockets.Select((s, i) => (s, i)))
        {
            var envelope = Envelope("events_api", SlackPayloads.Json("events/message_im.json", ("event_id", $"Ev0TWO{i}"), ("text", "help"), ("user", Rep)));
            await socket.SendAsync(envelope);
            ((string?)(await socket.NextAsync())["envelope_id"]).ShouldBe((string?)envelope["envelope_id"]);
        }

        app.ShouldNotBeNull();
    }
}
