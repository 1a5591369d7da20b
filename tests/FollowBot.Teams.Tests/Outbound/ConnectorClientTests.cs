using System.Net;
using FollowBot.Teams.Outbound;
using FollowBot.Teams.Protocol;
using FollowBot.Teams.Tests.Infrastructure;

namespace FollowBot.Teams.Tests.Outbound;

/// <summary>
/// teams-protocol.md §3.5 against a real HTTP connector: 429 waits for Retry-After, 412/502/503/504 back off and
/// try again, 500 and 4xx refusals are final, a 401 refreshes the token once; bodies and escaped paths as Teams wants.
/// </summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string Conversation = "19:abc@thread.tacv2;messageid=1795719254870";
    private static readonly OutgoingActivity Hello = new("message", "hello");
    private ConnectorHarness _h = null!;

    public async ValueTask InitializeAsync() => _h = await ConnectorHarness.StartAsync();

    public ValueTask DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task A_send_posts_the_activity_with_the_bot_token_to_the_escaped_conversation()
    {
        var sent = await _h.Client.SendAsync(_h.Stub.ServiceUrl, Conversation, Hello, default);

        var call = _h.Stub.Calls.Single();
        (call.Method, call.Path).ShouldBe(("POST", "/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1795719254870/activities"));
        call.Authorization.ShouldBe("Bearer " + TeamsApp.OutboundToken);
        call.Body!.ToJsonString().ShouldBe("""{"type":"message","text":"hello"}""");
        sent.Id.ShouldBe(call.Id);
    }

    [Fact]
    public async Task Throttled_429_waits_exactly_as_long_as_retry_after_says()
    {
        var first = true;
        _h.Stub.Respond = _ => first && !(first = false) ? (429, """{"error":{"code":"Throttled","message":"slow down"}}""", "3") : null;

        var send = _h.Client.SendAsync(_h.Stub.ServiceUrl, Conversation, Hello, default);
        (await _h.Clock.NextWaitAsync()).ShouldBe(TimeSpan.FromSeconds(3));
        _h.Clock.Advance(TimeSpan.FromSeconds(3));
        await send;

        var calls = _h.Stub.Calls;
        calls.Count.ShouldBe(2);
        (calls[1].At - calls[0].At).ShouldBe(TimeSpan.FromSeconds(3));
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_statuses_are_retried_with_backoff(int status)
    {
        var first = true;
        _h.Stub.Respond = _ => first && !(first = false) ? (status, "{}", null) : null;

        var send = _h.Client.SendAsync(_h.Stub.ServiceUrl, Conversation, Hello, default);
        var wait = await _h.Clock.NextWaitAsync();
        wait.ShouldBeInRange(TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(20));
        _h.Clock.Advance(wait);
        await send;

        _h.Stub.Calls.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Retries_stop_after_three_and_the_failure_says_it_was_transient()
    {
        _h.Stub.Respond = _ => (429, """{"error":{"code":"Throttled","message":"slow down"}}""", "1");

        var send = _h.Client.SendAsync(_h.Stub.ServiceUrl, Conversation, Hello, default);
        for (var i = 0; i < 3; i++)
        {
            _h.Clock.Advance(await _h.Clock.NextWaitAsync());
        }

        var failure = await Should.ThrowAsync<ConnectorException>(send);
        failure.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        failure.Transient.ShouldBeTrue();
        _h.Stub.Calls.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData(500, """{"error":{"code":"ServiceError","message":"boom"}}""", "ServiceError")]
    [InlineData(403, """{"error":{"code":"BotNotInConversationRoster","message":"not in roster"}}""", "BotNotInConversationRoster")]
    [InlineData(403, """{"error":{"code":"Forbidden","message":"{\"errorCode\":209,\"subCode\":\"MessageWritesBlocked\"}"}}""", "MessageWritesBlocked")]
    [InlineData(404, """{"error":{"code":"ConversationNotFound","message":"gone"}}""", "ConversationNotFound")]
    [InlineData(413, """{"error":{"code":"MessageSizeTooBig","message":"too big"}}""", "MessageSizeTooBig")]
    public async Task Final_refusals_are_not_retried_and_carry_the_teams_code(int status, string body, string code)
    {
        _h.Stub.Respond = _ => (status, body, null);

        var failure = await Should.ThrowAsync<ConnectorException>(_h.Client.SendAsync(_h.Stub.ServiceUrl, Conversation, Hello, default));

        ((int)failure.Status).ShouldBe(status);
        failure.Code.ShouldBe(code);
        failure.Transient.ShouldBeFalse();
        _h.Stub.Calls.Count.ShouldBe(1);
        _h.Clock.NoWaitPending.ShouldBeTrue();
    }

    [Fact]
    public async Task A_401_refreshes_the_token_once_and_tries_again()
    {
        var first = true;
        _h.Stub.Respond = _ => first && !(first = false) ? (401, """{"message":"Authorization has been denied"}""", null) : null;

        await _h.Client.UpdateAsync(_h.Stub.ServiceUrl, Conversation, "1795719178175", Hello, default);

        _h.Tokens.ForcedRefreshes.ShouldBe(1);
        _h.Stub.Calls.Select(c => c.Method).ShouldBe(["PUT", "PUT"]);
    }

    [Fact]
    public async Task A_create_conversation_sends_the_tenant_twice_as_teams_requires()
    {
        var parameters = new ConversationParameters(false, new AccountRef("28:bot"), [new AccountRef("29:user")], "tenant-1",
            new System.Text.Json.Nodes.JsonObject { ["tenant"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "tenant-1" } });

        var created = await _h.Client.CreateConversationAsync(_h.Stub.ServiceUrl, parameters, default);

        created.Id.ShouldStartWith("a:created-1on1-");
        _h.Stub.Calls.Single().Body!.ToJsonString().ShouldBe(
            """{"isGroup":false,"bot":{"id":"28:bot"},"members":[{"id":"29:user"}],"tenantId":"tenant-1","channelData":{"tenant":{"id":"tenant-1"}}}""");
    }

    [Fact]
    public async Task A_host_that_is_not_a_connector_never_gets_the_token()
    {
        var refused = await Should.ThrowAsync<ConnectorException>(_h.Client.SendAsync("https://attacker.example.com/", Conversation, Hello, default));

        refused.Code.ShouldBe("ServiceUrlNotAllowed");
        _h.Stub.Calls.ShouldBeEmpty();
    }
}
